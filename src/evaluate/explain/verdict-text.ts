import type { Lang } from '../../diagnostics/types.js';
import { periodText } from './check-text.js';
import { statusWord, W } from './words.js';
import type { Verdict } from '../verdict.js';

const OK = new Set(['met', 'exceeded']);

/**
 * A statement verdict in words: a progress-check label when an annual target is judged on part
 * of the year, then the single clause's text, or the combined status and each clause's text.
 *
 * @example
 * verdictText(verdict, 'vi') // "Không đạt (1/2 vế đạt): 1) Đạt: tỷ lệ 85% (170/200), ...; 2) Không đạt: ..."
 */
export function verdictText(v: Omit<Verdict, 'explanation'>, lang: Lang): string {
  const prefix = v.progress && v.period ? W[lang].progress(periodText(v.period, lang)) : '';
  if (v.clauses.length === 1) return `${prefix}${v.clauses[0]!.explanation}`;
  const ok = v.clauses.filter((c) => OK.has(c.status)).length;
  const parts = v.clauses.map((c, i) => `${i + 1}) ${c.explanation}`).join('; ');
  return `${prefix}${statusWord(v.status, lang)} (${W[lang].clauses(ok, v.clauses.length)}): ${parts}`;
}
