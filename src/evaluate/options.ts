import type { Lang } from '../diagnostics/types.js';

/**
 * Options of `evaluateTarget` and `CompiledTarget.evaluate`.
 *
 * @example
 * evaluateTarget('Giảm 07% so với năm 2022', data, { metric: '2.3', period: '2023', asOf: '2023-12-31', lang: 'en' })
 */
export interface EvaluateOptions {
  /**
   * Period to evaluate: `2023`, `2023-H1`, `2023-Q2`, `2023-06`. Default: the latest period the
   * data has for this target (within `year` when given; a `so với năm N` target's year-N rows
   * are its baseline, not candidates), else the plan year.
   */
  readonly period?: string;
  /** Plan year: `so với năm trước` is the year before it; schedules without a year fall in it. */
  readonly year?: number;
  /**
   * The day the evaluation is made (`YYYY-MM-DD`): deadlines after it have not passed and
   * completions after it are not yet known. Default: the last day of the period (or plan year).
   */
  readonly asOf?: string;
  /**
   * The statement's metric id: rows with `metric` = this bind to the first clause, `metric.b`
   * to the second, ... (see `clauseMetricId`). Without it, rows with no `metric` bind to the
   * first clause and rows with `metric` `b`, `c`, ... to the later ones.
   */
  readonly metric?: string;
  /** Language of explanations: Vietnamese by default. */
  readonly lang?: Lang;
  /**
   * The units a per-unit target (`Mỗi xã ...`, `Mỗi đơn vị trường học ...`) is about, per kind
   * of unit (as `lintPlan` takes them): each unit listed for the clause's kind is checked, and
   * one without a row is no data (not due while its period runs), never passed unseen. Units
   * with rows that are not listed are checked too. Without a list for its kind, a per-unit
   * target checks the units that have rows.
   */
  readonly units?: UnitLists;
}

/**
 * The units of each kind (`xã`, `đơn vị trường học`), for per-unit targets: kinds are matched
 * whatever their case, Unicode form or spacing.
 *
 * @example
 * const units: UnitLists = { 'xã': ['Cẩm Hải', 'Dương Huy', 'Cộng Hòa'] }
 */
export type UnitLists = Readonly<Record<string, readonly string[]>>;
