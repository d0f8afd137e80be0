/**
 * An average change per year (tăng / giảm bình quân) between its baseline year and the judged
 * year: how many years apart they are, and the average itself for display. The verdict never
 * takes the n-th root: it compares `a/b` with `(1 ± f)^n` in integers (see `formFor`); the root
 * is only the figure shown, computed with decimal.js and marked approximate.
 */
import Decimal from 'decimal.js';
import type { ChangeClause, Clause } from '../ast/types.js';
import type { Period } from '../periods/period.js';
import { baselineSource } from './baseline.js';
import { fromDecimal, type Rational } from './rational.js';

/** Enough digits that the shown figure (a few decimals) is right after rounding. */
const D = Decimal.clone({ precision: 40 });

/** An average change clause (`measure: 'average'`), else undefined. */
export function averageOf(clause: Clause): ChangeClause | undefined {
  return clause.kind === 'change' && clause.measure === 'average' ? clause : undefined;
}

/**
 * The number of years an average runs over when `p` is judged: from the baseline year (the year
 * before the written period, or the baseline written) to `p`'s year. `undefined` when `p` lies
 * outside the written period or not after the baseline: an average over 2021-2025 says nothing
 * about 2026, and nothing about 2020 itself.
 *
 * @example
 * averageYears(clause, { year: 2023, unit: 'year', index: 1 }, 2023) // 3 for `giai đoạn 2021-2025`
 */
export function averageYears(clause: ChangeClause, p: Period, planYear: number | undefined): number | undefined {
  const source = baselineSource(clause.baseline, p, planYear);
  if (source === 'start') return undefined; // the reading never gives an average a start-based baseline
  const n = p.year - source.year;
  if (n < 1) return undefined;
  if (clause.period && (p.year < clause.period.from || p.year > clause.period.to)) return undefined;
  return n;
}

/**
 * The average change per year in percent, positive in the clause's direction:
 * `100·((a/b)^(1/n) − 1)` for an increase, `100·(1 − (a/b)^(1/n))` for a decrease; rounded to
 * 30 decimals (so `exact` is false unless `n` is 1).
 *
 * @example
 * averageValue('increase', { n: 1225043n, d: 1n }, { n: 1000000n, d: 1n }, 3) // ≈ 7 (1,07³ = 1,225043)
 */
export function averageValue(direction: 'increase' | 'decrease', a: Rational, b: Rational, n: number): Rational {
  const ratio = new D(a.n.toString()).times(b.d.toString()).div(new D(a.d.toString()).times(b.n.toString()));
  const root = n === 1 ? ratio : ratio.pow(new D(1).div(n));
  const value = (direction === 'increase' ? root.minus(1) : new D(1).minus(root)).times(100);
  return fromDecimal(value.toFixed(30));
}
