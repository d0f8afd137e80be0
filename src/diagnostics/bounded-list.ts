import type { Lang } from './types.js';

/**
 * How many items of a list of errors or warnings are printed; the rest are counted in one
 * closing line. The streamed check keeps as many issues (`maxIssues`), so every path prints
 * the same.
 *
 * @example
 * boundedLines(findings, render, { noun: 'findings', lang: 'vi', limit: PRINT_LIMIT })
 */
export const PRINT_LIMIT = 1000;

/**
 * What the closing line counts.
 *
 * @example
 * moreLine(1500, 1000, 'findings', 'vi') // "(và 500 lỗi, cảnh báo khác)"
 */
export type ListNoun = 'errors' | 'warnings' | 'findings';

const MORE: Record<Lang, Record<ListNoun, (n: string) => string>> = {
  vi: { errors: (n) => `(và ${n} lỗi khác)`, warnings: (n) => `(và ${n} cảnh báo khác)`, findings: (n) => `(và ${n} lỗi, cảnh báo khác)` },
  en: { errors: (n) => `(and ${n} more errors)`, warnings: (n) => `(and ${n} more warnings)`, findings: (n) => `(and ${n} more errors and warnings)` },
};

/** A count with its thousands grouped: `99.999` in Vietnamese, `99,999` in English. */
function grouped(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}

/**
 * The closing line of a bounded list: `(và 99.999 lỗi khác)`, or undefined when nothing is left out.
 *
 * @example
 * moreLine(100_000, 1000, 'errors', 'vi') // "(và 99.000 lỗi khác)"
 * moreLine(3, 3, 'errors', 'vi')          // undefined
 */
export function moreLine(total: number, shown: number, noun: ListNoun, lang: Lang): string | undefined {
  return total > shown ? MORE[lang][noun](grouped(total - shown, lang)) : undefined;
}

/**
 * The lines to print for a list: the first `limit` items rendered, then one line with how many
 * more there are out of the true `total` (which may exceed `items.length` when only the first
 * ones were kept, as the streamed check does). One rule for every list of errors and warnings.
 *
 * @example
 * boundedLines(issues, (i) => formatDataIssue(i), { noun: 'errors', lang: 'vi' })
 * // ["observations[0].value: …", …(1000 lines), "(và 99.000 lỗi khác)"] for 100,000 issues
 */
export function boundedLines<T>(
  items: readonly T[],
  render: (item: T, index: number) => string,
  options: { readonly noun: ListNoun; readonly lang: Lang; readonly total?: number; readonly limit?: number },
): string[] {
  const limit = options.limit ?? PRINT_LIMIT;
  const shown = Math.min(items.length, limit);
  const lines: string[] = [];
  for (let i = 0; i < shown; i++) lines.push(render(items[i]!, i));
  const more = moreLine(Math.max(options.total ?? items.length, items.length), shown, options.noun, options.lang);
  if (more !== undefined) lines.push(more);
  return lines;
}
