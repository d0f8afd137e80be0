/**
 * The options of a plan check, and their validation: a bad period, date or year is bad input,
 * reported once for the whole plan (not once per target).
 */
import { DataError, type DataIssue } from '../data/data-error.js';
import type { Lang } from '../diagnostics/types.js';
import { isIsoDate } from '../periods/dates.js';
import { parsePeriod } from '../periods/period.js';
import { isUnitLists } from '../evaluate/context.js';
import type { UnitLists } from '../evaluate/options.js';
import type { Plan } from '../plan/types.js';
import { describeFound } from '../data/zod-issues.js';

/**
 * Options of `evaluatePlan` and `checkPlanRows`.
 *
 * @example
 * evaluatePlan(plan, data, { asOf: '2023-06-30', period: '2023-H1' }) // the mid-year review
 */
export interface EvaluatePlanOptions {
  /**
   * The day of the check (`YYYY-MM-DD`): deadlines after it have not passed, completions after
   * it are not yet known. Default: each target is judged at the end of its own period.
   */
  readonly asOf?: string;
  /** Plan year (`so với năm trước`, `Quý I`): default the plan's `Năm:`. */
  readonly year?: number;
  /** Period to judge every target on (`2023`, `2023-H1`): default the latest the data has for each. */
  readonly period?: string;
  /** Language of the verdicts' explanations: Vietnamese by default. */
  readonly lang?: Lang;
  /**
   * The units of per-unit targets (`Mỗi xã ...`), per kind of unit, over the plan's own
   * `Danh sách <loại đơn vị>:` lines (a kind given here replaces the plan's list): each listed
   * unit without data is reported, never passed unseen (see `EvaluateOptions.units`).
   */
  readonly units?: UnitLists;
  /** Called after each target or task is judged, with how many are done out of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Throw a {@link DataError} (paths `['options', key]`) when an option is malformed.
 *
 * @example
 * checkPlanOptions({ asOf: '2023-02-30' }) // throws DataError: options.asOf ... iso_date
 */
export function checkPlanOptions(o: EvaluatePlanOptions): void {
  const issues: DataIssue[] = [];
  if (o.period !== undefined && !parsePeriod(o.period)) {
    issues.push({ code: 'invalid_value', path: ['options', 'period'], expected: 'period', found: o.period });
  }
  if (o.asOf !== undefined && !isIsoDate(o.asOf)) {
    issues.push({ code: 'invalid_value', path: ['options', 'asOf'], expected: 'iso_date', found: o.asOf });
  }
  if (o.year !== undefined && !(Number.isInteger(o.year) && o.year >= 1000 && o.year <= 9999)) {
    issues.push({ code: 'invalid_value', path: ['options', 'year'], expected: 'decimal', found: String(o.year) });
  }
  if (o.units !== undefined && !isUnitLists(o.units)) {
    issues.push({ code: 'wrong_type', path: ['options', 'units'], expected: 'unit_lists', found: describeFound(o.units) });
  }
  if (issues.length > 0) throw new DataError(issues);
}

/**
 * The units a plan check uses: the plan's `Danh sách` lines, a kind given in `options.units`
 * replacing the plan's list of that kind.
 *
 * @example
 * planUnits(plan, { units: { xã: ['Cẩm Hải'] } }) // { 'đơn vị trường học': [...from the plan], xã: ['Cẩm Hải'] }
 */
export function planUnits(plan: Plan, o: EvaluatePlanOptions): UnitLists | undefined {
  if (!plan.header.units) return o.units;
  if (!o.units) return plan.header.units;
  return Object.fromEntries(new Map([...Object.entries(plan.header.units), ...Object.entries(o.units)]));
}
