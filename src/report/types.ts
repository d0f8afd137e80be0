/**
 * The plan report (báo cáo kết quả thực hiện kế hoạch): what `evaluatePlan` (and the streamed
 * `checkPlanRows`) return and `renderReport` prints. Plain readonly data, so it can be
 * serialised as it is (`renderReport(report, 'json')`), diffed and rendered more than once.
 */
import type { DataWarning } from '../data/data-error.js';
import type { Lang } from '../diagnostics/types.js';
import type { ClauseKind, DecimalString } from '../ast/types.js';
import type { DeadlineCheck, Verdict, VerdictStatus } from '../evaluate/verdict.js';

/**
 * How many targets (or tasks, or evaluations) have each status.
 *
 * @example
 * ({ met: 12, exceeded: 5, not_met: 2, no_data: 1, not_due: 0 })
 */
export type StatusCounts = Readonly<Record<VerdictStatus, number>>;

/**
 * Why a target or task has no verdict of its own, though it is listed:
 * - `no_clauses`: its statement has no clause to judge (an empty statement)
 * - `evaluation_failed`: the evaluator refused it (`detail` says why)
 *
 * @example
 * entry.problem?.code === 'evaluation_failed'
 */
export type ReportProblemCode = 'no_clauses' | 'evaluation_failed';

/**
 * A target or task that could not be judged, with the reason: it stays in the report with
 * status `no_data`, never dropped.
 *
 * @example
 * ({ code: 'evaluation_failed', detail: 'clause index 26 out of range 0..25' })
 */
export interface ReportProblem {
  readonly code: ReportProblemCode;
  readonly detail?: string;
}

/**
 * One target row (chỉ tiêu) of the report: the plan's columns, and the result.
 *
 * @example
 * ({ kind: 'target', stt: '2.3', description: 'Giảm tội phạm về trật tự xã hội',
 *    statement: 'Giảm 07% so với năm 2022', lead: ['Công an thành phố'], metrics: ['2.3'],
 *    status: 'exceeded', label: 'vượt', verdict: { ... } })
 */
export interface TargetReport {
  readonly kind: 'target';
  readonly stt: string;
  readonly description: string;
  /** Chỉ tiêu thực hiện, as the author wrote it. */
  readonly statement: string;
  readonly lead: readonly string[];
  readonly coordinators: readonly string[];
  readonly note?: string;
  /** The metric ids data rows use for its clauses, in clause order. */
  readonly metrics: readonly string[];
  /** 1-based line of the target in the plan file. */
  readonly line: number;
  /** The verdict's status, or the streamed check's (the same), or `no_data` with a `problem`. */
  readonly status: VerdictStatus;
  /** Label of `status` in the report's `lang` (`đạt`, `vượt`, ...; `met`, `exceeded`, ... in English). */
  readonly label: string;
  /** The full verdict (from `evaluatePlan`). */
  readonly verdict?: Verdict;
  /**
   * Streamed check (`checkPlanRows`): its evaluation by status, one when the target has rows in
   * the period it is judged on (the one `evaluatePlan` judges it on), none otherwise.
   */
  readonly evaluations?: StatusCounts;
  /** Streamed check: the period the target was judged on, when it had rows in it. */
  readonly period?: string;
  readonly problem?: ReportProblem;
  /** What a sơ kết / tổng kết prints for each clause (from `evaluatePlan`): plan, result, share of plan, same period. */
  readonly figures?: readonly ClauseFigures[];
}

/**
 * A figure rounded half up to 2 decimals (a canonical decimal string), and whether that is its
 * exact value (print `≈` when not).
 *
 * @example
 * ({ value: '47.27', exact: false }) // 260 / 550
 */
export interface FigureValue {
  readonly value: DecimalString;
  readonly exact: boolean;
}

/**
 * What a sơ kết or tổng kết says of one clause of a target, as data:
 * - `plan`: the plan figure in words (`≥ 550 hồ sơ`, `giảm ≥ 7% so với năm 2022`);
 * - `result`: kết quả thực hiện for `period` (a rate in %, with its fraction; a count with its unit);
 *   `change`, for a change target, the change achieved, signed (negative: a fall), in % or points;
 * - `shareOfPlan`: the result as a share of the plan figure (`đạt 47,27% kế hoạch năm`), only for a
 *   floor or a level on a rate or a count; `ofYear` when an annual figure is judged on part of
 *   the year (a progress check) or before the year ends;
 * - `samePeriod`: the same period a year earlier (cùng kỳ) from the data, and the change from it
 *   (in percent for a count, in percentage points for a rate);
 * - `progress`: judged on data for part of the clause's period; `early`: a figure for a period
 *   that had not ended on the report's date (a full-year figure in a mid-year report);
 * - `evidence`: what the data rows used give as their evidence.
 *
 * @example
 * ({ index: 0, metric: '3.3', kind: 'count', plan: '≥ 550 hồ sơ', status: 'not_due', label: 'chưa đến hạn',
 *    progress: true, period: '2023-H1', result: { value: '260', exact: true, unit: 'hồ sơ' },
 *    shareOfPlan: { value: '47.27', exact: false, ofYear: true },
 *    samePeriod: { period: '2022-H1', value: '240', exact: true, row: 2, change: { value: '8.33', exact: false, unit: 'percent' } } })
 */
export interface ClauseFigures {
  readonly index: number;
  readonly metric?: string;
  readonly kind: ClauseKind;
  readonly plan?: string;
  readonly status: VerdictStatus;
  readonly label: string;
  readonly progress: boolean;
  readonly period?: string;
  readonly result?: FigureValue & { readonly numerator?: DecimalString; readonly denominator?: DecimalString; readonly unit?: string };
  readonly change?: FigureValue & { readonly unit: 'percent' | 'percentage_point' };
  readonly shareOfPlan?: FigureValue & { readonly ofYear: boolean };
  readonly samePeriod?: FigureValue & {
    readonly period: string;
    readonly row: number;
    readonly change?: FigureValue & { readonly unit: 'percent' | 'percentage_point' };
  };
  readonly early?: boolean;
  readonly evidence?: readonly string[];
}

/**
 * One key task (nhiệm vụ trọng tâm) of the report, judged against its deadlines.
 *
 * @example
 * ({ kind: 'task', id: 'II.1', stt: '1', timing: 'Quý I', status: 'met',
 *    deadlines: [{ status: 'met', due: '2023-03-31', completed: '2023-03-20', ... }] })
 */
export interface TaskReport {
  readonly kind: 'task';
  /** The id completion rows use (`{"task": "II.1", ...}`). */
  readonly id: string;
  readonly stt: string;
  readonly description: string;
  /** Thời gian thực hiện, as the author wrote it. */
  readonly timing: string;
  readonly lead: readonly string[];
  readonly coordinators: readonly string[];
  readonly note?: string;
  readonly line: number;
  readonly status: VerdictStatus;
  /** Label of `status` in the report's `lang`. */
  readonly label: string;
  /** Each delivery against its deadline (`Quý I và cả năm 2023`: two). */
  readonly deadlines: readonly DeadlineCheck[];
  readonly verdict?: Verdict;
  readonly problem?: ReportProblem;
}

/**
 * A row of the report: a target or a task.
 *
 * @example
 * const id = entry.kind === 'task' ? entry.id : entry.stt
 */
export type EntryReport = TargetReport | TaskReport;

/**
 * A section a group of entries sits in: its number as written and its title.
 *
 * @example
 * ({ number: 'II', title: 'NHIỆM VỤ TRỌNG TÂM' })
 */
export interface SectionRef {
  readonly number: string;
  readonly title: string;
}

/**
 * Consecutive entries of the plan that sit in the same sections, with those sections
 * (outermost first; empty for entries outside any section).
 *
 * @example
 * ({ sections: [{ number: 'I', title: 'MỤC TIÊU, CHỈ TIÊU' }, { number: '2', title: 'Công tác đấu tranh ...' }],
 *    entries: [{ kind: 'target', stt: '2.1', ... }, ...] })
 */
export interface ReportGroup {
  readonly sections: readonly SectionRef[];
  readonly entries: readonly EntryReport[];
}

/**
 * The results of one lead unit (đơn vị chủ trì): its targets and tasks by status. A target
 * with several lead units counts for each of them.
 *
 * @example
 * ({ unit: 'Công an thành phố', targets: { met: 9, exceeded: 4, not_met: 2, no_data: 1, not_due: 0 }, tasks: { ... } })
 */
export interface UnitSummary {
  /** The unit as the plan names it; `''` for entries that name no lead unit. */
  readonly unit: string;
  readonly targets: StatusCounts;
  readonly tasks: StatusCounts;
}

/**
 * The whole plan: every target and every task once, by status.
 *
 * @example
 * ({ targets: { met: 14, exceeded: 6, ... }, tasks: { met: 8, not_met: 2, ... } })
 */
export interface ReportTotals {
  readonly targets: StatusCounts;
  readonly tasks: StatusCounts;
  /** Streamed check: the evaluations by status, one per target with rows in its judged period. */
  readonly evaluations?: StatusCounts;
}

/**
 * The plan's header as the report prints it.
 *
 * @example
 * ({ number: '102/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Cẩm Phả', date: '2023-04-05', year: 2023, implements: ['56/KH-UBND'] })
 */
export interface ReportPlanInfo {
  readonly number?: string;
  readonly title?: string;
  readonly issuer?: string;
  readonly date?: string;
  readonly year?: number;
  /** Numbers of the higher plans it implements (`56/KH-UBND`). */
  readonly implements: readonly string[];
  /** The same references as written (`56/KH-UBND ngày 27/02/2023 của UBND tỉnh Quảng Ninh`). */
  readonly implementsText?: readonly string[];
  readonly file?: string;
}

/**
 * Which review a report is (see `reportReview`): `so_ket` (sơ kết: part of the plan year) or
 * `tong_ket` (tổng kết: the whole year). A sơ kết names its `period` (`2023-H1`, `2023-Q1`),
 * or the first `months` of the year, or the day it runs `through`.
 *
 * @example
 * ({ kind: 'so_ket', year: 2023, period: '2023-H1' }) // Sơ kết 6 tháng đầu năm 2023
 * ({ kind: 'tong_ket', year: 2023 })                  // Tổng kết năm 2023
 */
export interface ReportReview {
  readonly kind: 'so_ket' | 'tong_ket';
  readonly year: number;
  readonly period?: string;
  readonly months?: number;
  readonly through?: string;
}

/**
 * A checked plan: its targets and key tasks grouped by section, the summary per lead unit and
 * the totals. `lang` is the language the verdicts' explanations were written in.
 *
 * @example
 * const report = evaluatePlan(plan, data, { asOf: '2023-12-31' })
 * report.totals.targets.not_met // 2
 * report.units.find((u) => u.unit === 'Công an thành phố')?.targets.exceeded // 4
 */
export interface PlanReport {
  readonly kind: 'plan_report';
  readonly plan: ReportPlanInfo;
  /** The as-of date asked for; absent when each target was judged at the end of its own period. */
  readonly asOf?: string;
  /** Plan year used (the option, else the plan's own year). */
  readonly year?: number;
  /** Period asked for; absent when each target took the latest period in the data. */
  readonly period?: string;
  readonly lang: Lang;
  /** Sơ kết or tổng kết, and of what (absent when neither the options nor the verdicts say). */
  readonly review?: ReportReview;
  /** `full`: one verdict per target (`evaluatePlan`); `stream`: counts per target over periods (`checkPlanRows`). */
  readonly mode: 'full' | 'stream';
  readonly groups: readonly ReportGroup[];
  /** Lead units in order of first appearance in the plan. */
  readonly units: readonly UnitSummary[];
  readonly totals: ReportTotals;
  /** Data warnings: rows for ids no target or task uses (a typo in an id shows up here), ambiguous figures. */
  readonly warnings: readonly DataWarning[];
  /** Streamed check: how many rows were read. */
  readonly rows?: number;
}
