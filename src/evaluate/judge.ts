import type { Comparator } from '../ast/types.js';

/**
 * The status a figure comparison can give (data and deadlines add `no_data` and `not_due`).
 *
 * @example
 * const decide = compileTarget(parseTarget('Đạt trên 91%')).clauses[0]!.decide!
 * decide(95, 100) // 'met': 95% is above 91%
 */
export type Judgement = 'met' | 'exceeded' | 'not_met';

/** Comparators of clauses: a bound's, a comparison's, or zero tolerance (`= 0`). */
export type JudgeOp = Comparator | 'zero';

/**
 * The signs of `value − figure` a judgement needs: `f` against the bound's figure, `stretch`
 * against a range's upper figure, `lo`/`hi` against the edges of an `approx` band (95%, 105%).
 */
export interface Signs {
  readonly f: number;
  readonly stretch?: number;
  readonly lo?: number;
  readonly hi?: number;
}

/**
 * Decide a comparison from signs alone (so the fast path and the full path share one rule):
 * - `gte`/`lte` (inclusive): met on the figure, exceeded strictly beyond it; with a `stretch`
 *   (`từ 5-10%`) exceeded only strictly beyond the stretch;
 * - `gt`/`lt` (strict): met or not met, never exceeded;
 * - `eq` (a rate of 100%) and `zero`: met or not met only: they cannot be beaten;
 * - `approx`: met within [95%, 105%] of the figure, exceeded above, not met below.
 *
 * @example
 * judge('gte', { f: 1 })          // "exceeded"
 * judge('gte', { f: 1, stretch: 0 }) // "met": beyond the floor, not beyond the stretch
 * judge('gt', { f: 1 })           // "met"
 */
export function judge(op: JudgeOp, s: Signs): Judgement {
  switch (op) {
    case 'gte':
      if (s.f < 0) return 'not_met';
      return (s.stretch ?? s.f) > 0 ? 'exceeded' : 'met';
    case 'lte':
      return s.f > 0 ? 'not_met' : s.f < 0 ? 'exceeded' : 'met';
    case 'gt':
      return s.f > 0 ? 'met' : 'not_met';
    case 'lt':
      return s.f < 0 ? 'met' : 'not_met';
    case 'eq':
    case 'zero':
      return s.f === 0 ? 'met' : 'not_met';
    case 'approx':
      if ((s.lo ?? s.f) < 0) return 'not_met';
      return (s.hi ?? s.f) > 0 ? 'exceeded' : 'met';
  }
}
