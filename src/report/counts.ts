/**
 * Status counts: how many targets, tasks or evaluations have each status, and the share that
 * met the plan, computed exactly (integers), never with a float.
 */
import type { VerdictStatus } from '../evaluate/verdict.js';
import type { StatusCounts } from './types.js';

/**
 * Every status, in the order reports list them: the good ones first, then the shortfalls.
 *
 * @example
 * STATUS_ORDER.map((s) => STATUS_LABELS[s]) // ["vượt", "đạt", "không đạt", "chưa có dữ liệu", "chưa đến hạn"]
 */
export const STATUS_ORDER: readonly VerdictStatus[] = ['exceeded', 'met', 'not_met', 'no_data', 'not_due'];

/**
 * A count per status that can be added to; frozen into {@link StatusCounts} by being returned.
 *
 * @example
 * const c = emptyCounts(); c.met += 1
 */
export type MutableCounts = Record<VerdictStatus, number>;

/**
 * All zero.
 *
 * @example
 * emptyCounts() // { met: 0, exceeded: 0, not_met: 0, no_data: 0, not_due: 0 }
 */
export function emptyCounts(): MutableCounts {
  return { met: 0, exceeded: 0, not_met: 0, no_data: 0, not_due: 0 };
}

/**
 * Count a list of statuses.
 *
 * @example
 * countStatuses(['met', 'met', 'not_met']) // { met: 2, exceeded: 0, not_met: 1, no_data: 0, not_due: 0 }
 */
export function countStatuses(statuses: Iterable<VerdictStatus>): MutableCounts {
  const c = emptyCounts();
  for (const s of statuses) c[s] += 1;
  return c;
}

/**
 * The sum of the counts.
 *
 * @example
 * totalOf({ met: 2, exceeded: 1, not_met: 1, no_data: 0, not_due: 0 }) // 4
 */
export function totalOf(c: StatusCounts): number {
  return c.met + c.exceeded + c.not_met + c.no_data + c.not_due;
}

/**
 * The share of met or exceeded among all counted, in percent, rounded half up to `digits`
 * decimals, as a canonical decimal string (print it with `formatDecimalVi`); `undefined` when
 * nothing was counted. Integer arithmetic only.
 *
 * @example
 * metShare({ met: 1, exceeded: 1, not_met: 1, no_data: 0, not_due: 0 }) // "66.67"
 * metShare({ met: 4, exceeded: 0, not_met: 0, no_data: 0, not_due: 0 }) // "100"
 */
export function metShare(c: StatusCounts, digits = 2): string | undefined {
  const total = BigInt(totalOf(c));
  if (total === 0n) return undefined;
  const scale = 10n ** BigInt(digits);
  const good = BigInt(c.met + c.exceeded);
  const scaled = (good * 100n * scale * 2n + total) / (total * 2n); // round half up
  const int = scaled / scale;
  const frac = (scaled % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  return frac === '' ? int.toString() : `${int}.${frac}`;
}
