import type { Baseline } from '../ast/types.js';
import { inYear, type Period } from '../periods/period.js';

/**
 * Where a baseline's figure comes from for the evaluated period `p`:
 * - `so với năm N`: the same sub-period of year N, so periods of equal length are compared
 *   (H1 2023 against H1 2022 when H1 is evaluated);
 * - `so với năm trước`: the same, in the year before the plan year;
 * - `so với cùng kỳ`: the same sub-period a year before `p`;
 * - `so với đầu kỳ` (nothing written) and `so với hiện nay`: the `start` figure of the
 *   evaluated row itself (the stock at the start of the period), hence `'start'`.
 *
 * @example
 * baselineSource({ kind: 'year', year: 2022 }, { year: 2023, unit: 'half', index: 1 }, 2023)
 * // { year: 2022, unit: 'half', index: 1 }
 */
export function baselineSource(b: Baseline, p: Period, planYear: number | undefined): Period | 'start' {
  switch (b.kind) {
    case 'year':
      return inYear(p, b.year);
    case 'previous_year':
      return inYear(p, (planYear ?? p.year) - 1);
    case 'same_period_last_year':
      return inYear(p, p.year - 1);
    case 'current':
    case 'period_start':
      return 'start';
  }
}
