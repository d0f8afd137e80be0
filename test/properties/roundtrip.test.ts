/**
 * parse ∘ format is the identity on canonical ASTs (see test/helpers/arbitraries.ts for what
 * canonical means): the canonical text loses nothing the AST says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget, safeParseTarget } from '../../src/api/index.js';
import { EACH_WORDS, SUBJECT_WORDS, target } from '../helpers/arbitraries.js';
import { fragmentSoup, mutationOf } from '../helpers/mutations.js';
import { inputOf, loadCorpus } from '../helpers/corpus.js';
import { withoutSpans } from '../helpers/without-spans.js';

describe('the subject word pool is plain words', () => {
  it.each([...SUBJECT_WORDS, ...EACH_WORDS])('%s parses as a qualitative clause of itself', (word) => {
    expect(withoutSpans(parseTarget(word))).toStrictEqual({
      kind: 'target',
      clauses: [{ kind: 'qualitative', part: 'main', subject: { before: word, after: '' } }],
    });
  });
});

describe('parse ∘ format', () => {
  it('gives back every generated target', () => {
    fc.assert(
      fc.property(target, (ast) => {
        const text = formatTarget(ast);
        expect(withoutSpans(parseTarget(text)), text).toStrictEqual(withoutSpans(ast));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints a fixed point: formatting the re-parsed target gives the same text', () => {
    fc.assert(
      fc.property(target, (ast) => {
        const text = formatTarget(ast);
        expect(formatTarget(parseTarget(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('format ∘ parse on what authors write', () => {
  // The canonical text of a statement means what the statement means: a plan saved in
  // canonical form keeps every target.
  const cases = loadCorpus().filter((c) => c.kind === 'ok');
  it.each(cases.map((c) => [`${c.folder}/${c.name}`, inputOf(c)] as const))('%s', (_name, input) => {
    const read = parseTarget(input);
    const text = formatTarget(read);
    expect(withoutSpans(parseTarget(text)), text).toStrictEqual(withoutSpans(read));
  });
});

/**
 * The canonical form of whatever parses, fuzzed input included, parses back to the same AST
 * (issue 10). Not yet everywhere: a timing written between a figure and its unit (`07 quý IV
 * lần/năm`) is printed at the end, where the two meet. The counts are ratchets measured at a
 * fixed seed (goal 0): a change that breaks more round trips fails here and lists them. The
 * edits are drawn from the corpus, so a new corpus case changes the sample: re-measured at 5 with
 * the two cases of ec6e250 (a leading timing or a lone combining mark, classes known before).
 */
describe('format ∘ parse on fuzzed input', () => {
  const corpus = loadCorpus().map(inputOf).filter((s) => s.length < 2000);
  const broken = (inputs: readonly string[]): { parsed: number; broken: string[] } => {
    let parsed = 0;
    const out: string[] = [];
    for (const s of inputs) {
      const r = safeParseTarget(s);
      if (!r.success) continue;
      parsed++;
      const text = formatTarget(r.target);
      const again = safeParseTarget(text);
      if (!again.success || JSON.stringify(withoutSpans(again.target)) !== JSON.stringify(withoutSpans(r.target))) out.push(`${JSON.stringify(s)} → ${text}`);
    }
    return { parsed, broken: out };
  };

  it.each([
    ['random edits of the corpus statements', () => fc.sample(mutationOf(corpus), { numRuns: 4000, seed: 20261207 }), 5],
    ['soups of the language’s words and figures', () => fc.sample(fragmentSoup, { numRuns: 4000, seed: 20261207 }), 58],
  ] as const)('%s: at most the measured count fails', (_name, inputs, ceiling) => {
    const r = broken(inputs());
    expect(r.parsed, 'the sample must hold inputs that parse').toBeGreaterThan(2000);
    expect(r.broken.length, r.broken.join('\n')).toBeLessThanOrEqual(ceiling);
  });
});
