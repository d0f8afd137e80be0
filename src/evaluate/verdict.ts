import type { Baseline, Bound, ClauseKind, ClausePart, DecimalString } from '../ast/types.js';
import type { Lang } from '../diagnostics/types.js';
import type { Flip } from './flip.js';

/**
 * The verdict on a target or clause:
 * - `met` (đạt), `exceeded` (vượt: better than the bound itself, or beyond a range's stretch),
 * - `not_met` (không đạt, including late and overdue tasks),
 * - `no_data` (chưa có dữ liệu: a figure, a baseline or an assessment is missing; never read as 0),
 * - `not_due` (chưa đến hạn: the deadline has not passed and the target is not yet reached).
 *
 * @example
 * evaluateTarget('Giảm 07% so với năm 2022', data, { metric: '2.3' }).status // 'exceeded' (412 → 380)
 */
export type VerdictStatus = 'met' | 'exceeded' | 'not_met' | 'no_data' | 'not_due';

/**
 * The Vietnamese label of each status, as plans and reports write it.
 *
 * @example
 * STATUS_LABELS.not_met // 'không đạt'
 * STATUS_LABELS[verdict.status] === verdict.label // true (with the default `lang: 'vi'`)
 */
export const STATUS_LABELS: Readonly<Record<VerdictStatus, string>> = {
  met: 'đạt',
  exceeded: 'vượt',
  not_met: 'không đạt',
  no_data: 'chưa có dữ liệu',
  not_due: 'chưa đến hạn',
};

/** The English label of each status, for `lang: 'en'` explanations and reports. */
export const STATUS_LABELS_EN: Readonly<Record<VerdictStatus, string>> = {
  met: 'met',
  exceeded: 'exceeded',
  not_met: 'not met',
  no_data: 'no data',
  not_due: 'not yet due',
};

/**
 * The label of a status in `lang`: what `label` holds in verdicts and reports made with that
 * `lang` option.
 *
 * @example
 * statusLabel('not_met')       // 'không đạt'
 * statusLabel('not_met', 'en') // 'not met'
 */
export function statusLabel(status: VerdictStatus, lang: Lang = 'vi'): string {
  return (lang === 'en' ? STATUS_LABELS_EN : STATUS_LABELS)[status];
}

/**
 * Why a clause got its status, when the figures alone do not say it:
 * - `missing_value`, `missing_baseline`, `missing_start` (no `start` for a `so với đầu kỳ` baseline)
 * - `zero_baseline` (a change against 0 has no percentage), `zero_denominator`
 * - `unusable_row` (the row has the wrong kind of figure for the clause, e.g. an assessment for a rate)
 * - `rate_out_of_range` (a rate given as a percentage above 100: no rate can be, so the row is not used)
 * - `no_units` (a per-unit clause with no per-unit rows), `units_only` (a whole clause with only per-unit rows)
 * - `delegated` (the figure lives in another body's plan), `no_assessment`
 * - `unknown_period` (no period or year given, none found in the data)
 * - `outside_period` (an average over years judged on a year outside its period, or not after its baseline)
 * - `pending` (a count not yet reached before its deadline)
 * - `late`, `overdue`, `not_yet_due` (tasks)
 *
 * @example
 * // `Giảm 07% so với năm 2022` with a 2023 row and no 2022 row
 * evaluateTarget('Giảm 07% so với năm 2022', data).clauses[0]?.reason // 'missing_baseline'
 */
export type ReasonCode =
  | 'missing_value'
  | 'missing_baseline'
  | 'missing_start'
  | 'zero_baseline'
  | 'zero_denominator'
  | 'unusable_row'
  | 'rate_out_of_range'
  | 'no_units'
  | 'units_only'
  | 'delegated'
  | 'no_assessment'
  | 'unknown_period'
  | 'outside_period'
  | 'pending'
  | 'late'
  | 'overdue'
  | 'not_yet_due';

/**
 * A figure read from the data: which row, for which period (and unit).
 *
 * @example
 * ({ row: 0, period: '2023', value: '75', numerator: '75', denominator: '100' }) // a rate row 75/100
 */
export interface FigureUsed {
  readonly row: number;
  readonly period: string;
  readonly unit?: string;
  /** The figure as the clause reads it: a count or amount, or a rate in percent (exact where short, else rounded). */
  readonly value: DecimalString;
  /** For a rate given as a fraction. */
  readonly numerator?: DecimalString;
  readonly denominator?: DecimalString;
}

/**
 * The gap to the bound in the target's own unit, signed so that positive is on the good side
 * (above a floor, below a ceiling, early for a task) and negative is short of it. Rounded for
 * display (`exact` says whether it is the exact difference).
 *
 * @example
 * // `Đạt tỷ lệ từ 80% trở lên` on 75/100: 5 percentage points short
 * ({ value: '-5', unit: 'percentage_point', exact: true })
 */
export interface Gap {
  readonly value: DecimalString;
  /** `percentage_point` for rates and changes, `count` (in `unitLabel`) for counts, `day` for tasks. */
  readonly unit: 'percentage_point' | 'count' | 'day';
  readonly unitLabel?: string;
  readonly exact: boolean;
}

/**
 * One check of a clause: one unit (`Mỗi đơn vị ...`) and/or one period (`02 lần/quý` over a year).
 *
 * @example
 * // `Đạt tỷ lệ từ 80% trở lên` on 75/100
 * ({ status: 'not_met', period: '2023', value: '75', valueExact: true, current: { row: 0, period: '2023', value: '75', ... },
 *    gap: { value: '-5', unit: 'percentage_point', exact: true }, flip: { delta: 5, result: '80', to: 'met' } })
 */
export interface Check {
  readonly status: VerdictStatus;
  readonly period: string;
  readonly unit?: string;
  readonly reason?: ReasonCode;
  /** The value compared: rate in %, count, change in %, compared figure. */
  readonly value?: DecimalString;
  readonly valueExact?: boolean;
  readonly current?: FigureUsed;
  /** The baseline figure and which kind of baseline it is (`start`-based ones reuse the current row). */
  readonly baseline?: FigureUsed & { readonly kind: Baseline['kind'] };
  /** The deadline a count still has to be reached by (`pending`), or an assessment is due by (`not_yet_due`). */
  readonly due?: string;
  /** The period whose row a missing baseline was looked for in. */
  readonly baselinePeriod?: string;
  /** The assessment a qualitative or delegated clause was judged by. */
  readonly assessment?: { readonly value: 'met' | 'not_met'; readonly row: number; readonly evidence?: string };
  readonly gap?: Gap;
  readonly flip?: Flip;
}

/**
 * One delivery of a task against its deadline.
 *
 * @example
 * // `Hoàn thành trong Quý II/2023`, completed 03/07/2023
 * ({ status: 'not_met', due: '2023-06-30', completed: '2023-07-03', row: 0, daysLate: 3, reason: 'late', period: '2023-Q2' })
 */
export interface DeadlineCheck {
  readonly status: VerdictStatus;
  /** Last allowed day. */
  readonly due: string;
  readonly completed?: string;
  readonly row?: number;
  /** Days after `due` it was completed (negative: early) or, when not completed, days overdue at `asOf`. */
  readonly daysLate?: number;
  /** Days left until `due` when not yet due. */
  readonly daysLeft?: number;
  readonly reason?: ReasonCode;
  /** The period the deadline closes, canonical (`2023-Q1` for `quý I/2023`), when it closes one. */
  readonly period?: string;
}

/**
 * The verdict on one clause of a statement.
 *
 * @example
 * ({ index: 0, kind: 'rate', part: 'main', status: 'not_met', label: 'không đạt', bound: { op: 'gte', value: '80' }, checks: [...],
 *    progress: false, explanation: 'Không đạt: tỷ lệ 75% (75/100), mức ≥ 80%: còn thiếu 5 điểm phần trăm; thêm 5 trường hợp (80/100) thì đạt' })
 */
export interface ClauseVerdict {
  readonly index: number;
  /** The metric (or task) id its rows bind by; absent for the first clause of an unnamed statement. */
  readonly metric?: string;
  readonly kind: ClauseKind;
  readonly part: ClausePart;
  readonly status: VerdictStatus;
  /** Label of `status` in the `lang` option (`không đạt`; `not met` with `lang: 'en'`). */
  readonly label: string;
  readonly reason?: ReasonCode;
  /** The bound, as in the AST (absent for comparisons, zero tolerance and unquantified clauses). */
  readonly bound?: Bound;
  /** The checks behind the status: one, or one per unit / per sub-period. */
  readonly checks: readonly Check[];
  /** Units whose check is not met (`Mỗi đơn vị ...`). */
  readonly shortfall?: readonly string[];
  /** Task deliveries against their deadlines. */
  readonly deadlines?: readonly DeadlineCheck[];
  /** Who sets the figure of a delegated clause. */
  readonly by?: string;
  /** Evaluated on data for part of the clause's period (an annual target on H1 data). */
  readonly progress: boolean;
  readonly explanation: string;
}

/**
 * The verdict on a target statement.
 *
 * @example
 * evaluateTarget('Giảm 07% so với năm 2022', data, { metric: '2.3' })
 * // { status: 'exceeded', label: 'vượt', metric: '2.3', period: '2023', year: 2023, asOf: '2023-12-31',
 * //   progress: false, clauses: [{ kind: 'change', status: 'exceeded', ... }], explanation: 'Vượt: từ 412 (năm 2022) xuống 380 ...' }
 */
export interface Verdict {
  /** Worst status over the clauses (see `combineStatuses`). */
  readonly status: VerdictStatus;
  /** Label of `status` in the `lang` option (`vượt`; `exceeded` with `lang: 'en'`). */
  readonly label: string;
  readonly metric?: string;
  /** The period evaluated (`2023`, `2023-H1`), when one applies. */
  readonly period?: string;
  readonly year?: number;
  readonly asOf?: string;
  /** True when an annual target was judged on data for part of the year. */
  readonly progress: boolean;
  readonly clauses: readonly ClauseVerdict[];
  readonly explanation: string;
}

const RANK: Readonly<Record<VerdictStatus, number>> = { not_met: 0, no_data: 1, not_due: 2, met: 3, exceeded: 4 };

/**
 * The status of several checks or clauses together: the worst one, in the order
 * not_met < no_data < not_due < met < exceeded. So one failing clause fails the statement,
 * a missing figure is never hidden by the others, and a statement is `exceeded` only when
 * every clause is. `met` for an empty list.
 *
 * @example
 * combineStatuses(['exceeded', 'met'])     // "met"
 * combineStatuses(['met', 'no_data'])       // "no_data"
 * combineStatuses(['no_data', 'not_met'])   // "not_met"
 */
export function combineStatuses(statuses: readonly VerdictStatus[]): VerdictStatus {
  let worst: VerdictStatus = 'exceeded';
  if (statuses.length === 0) return 'met';
  for (const s of statuses) if (RANK[s] < RANK[worst]) worst = s;
  return worst;
}
