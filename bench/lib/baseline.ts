/**
 * The in-process baseline the parser's throughput is compared with: the least any Vietnamese
 * tokenizer has to do to a statement (decompose it, then split it into words, figures and
 * marks). Reporting chitieu as a multiple of this pass makes the figure comparable across
 * machines, where statements/s alone is not.
 */

const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S/gu;

/**
 * How many tokens `text` splits into after NFD normalisation.
 *
 * @example
 * baselineTokenize('Giảm 07% so với năm 2022'); // → 7
 */
export function baselineTokenize(text: string): number {
  let count = 0;
  for (const _ of text.normalize('NFD').matchAll(TOKEN)) count++;
  return count;
}
