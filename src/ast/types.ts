/**
 * The target AST: plain, readonly data. Every node is a discriminated union on `kind`
 * (or a small record), so apps can serialise it, diff it and switch on it without classes.
 *
 * Figures are exact decimal strings (`"7"`, `"7.5"`, `"1000"`): never JavaScript numbers,
 * so no float ever sits between the author's text and a verdict.
 */

/**
 * A canonical decimal string: `.` as the decimal point, no leading zeros, no exponent.
 *
 * @example
 * // `Giảm 07% so với năm 2022` → '7'; `Đạt tỷ lệ 7,5%` → '7.5'; `1.000 hồ sơ` → '1000'
 * const figure: DecimalString = '7.5'
 */
export type DecimalString = string;

/**
 * Where a node came from in the author's original text (not a normalised copy).
 * `start`/`end` are UTF-16 offsets (end exclusive); `line`/`column` are 1-based.
 *
 * @example
 * parseTarget('Đạt tỷ lệ từ 80% trở lên').span // { start: 0, end: 24, line: 1, column: 1 }
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/**
 * How a figure bounds the measured value.
 * - `gte` (`từ ... trở lên`, `ít nhất`, `tối thiểu`, `không dưới`, a bare figure)
 * - `gt` (`trên`, `hơn`)
 * - `lte` (`không quá`, `không vượt quá`, `tối đa`, `từ ... trở xuống`)
 * - `lt` (`dưới`, `xuống dưới`)
 * - `eq` (a rate of exactly 100%: `Đảm bảo tiếp nhận 100%`)
 * - `approx` (`khoảng`): met within ±5% (relative) of the figure, exceeded beyond it on the good side.
 *
 * @example
 * parseTarget('Đạt trên 91%').clauses[0] // { kind: 'rate', bound: { op: 'gt', value: '91' }, ... }
 */
export type Comparator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'approx';

/**
 * A bound on a figure; `stretch` is a range's upper figure (`từ 5-10%`: floor 5, stretch 10).
 *
 * @example
 * // `Tăng từ 5-10% so với cùng kỳ`
 * ({ op: 'gte', value: '5', stretch: '10' })
 */
export interface Bound {
  readonly op: Comparator;
  readonly value: DecimalString;
  readonly stretch?: DecimalString;
}

/**
 * A length of period a frequency or a recurring report is counted in (`/năm`, `hằng quý`).
 *
 * @example
 * // `Tổ chức 02 lần/năm`
 * ({ kind: 'count', part: 'main', bound: { op: 'gte', value: '2' }, unit: 'lần', per: 'year', ... })
 */
export type PeriodUnit = 'year' | 'half' | 'quarter' | 'month';

/**
 * Baseline (mốc so sánh) of a relative change or a comparison.
 * - `year`: `so với năm 2022`
 * - `previous_year`: `so với năm trước`: the year before the plan year
 * - `same_period_last_year`: `so với cùng kỳ` (`so cùng kỳ`): the same sub-period a year earlier
 * - `current`: `so với hiện nay`: the level when the plan was issued
 * - `period_start`: nothing written (`Giảm 50% tổng số đối tượng truy nã`): the stock at the start
 *   of the period; printed as `so với đầu kỳ` so the choice is visible
 *
 * @example
 * ({ kind: 'year', year: 2022 }) // `so với năm 2022`
 * ({ kind: 'same_period_last_year' }) // `so với cùng kỳ`
 */
export type Baseline =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'previous_year' }
  | { readonly kind: 'same_period_last_year' }
  | { readonly kind: 'current' }
  | { readonly kind: 'period_start' };

/**
 * The free words of a clause, kept as written (NFC, whitespace collapsed, straight quotes,
 * modern tone placement), split around the quantitative core: `before` the core and `after` it.
 * `Truy tìm và đưa 50% đối tượng bỏ trốn` has before `Truy tìm và đưa`, after `đối tượng bỏ trốn`.
 *
 * @example
 * // `Truy tìm và đưa 50% đối tượng bỏ trốn`
 * ({ before: 'Truy tìm và đưa', after: 'đối tượng bỏ trốn' })
 */
export interface Subject {
  readonly before: string;
  readonly after: string;
}

/**
 * How a clause relates to the one before it.
 * - `main`: a target of its own (`;`, a bullet `-`, or the first clause)
 * - `of_which`: `trong đó ...`: a sub-population of the preceding main clause
 * - `specifically`: `riêng ...`: the same shape as `of_which`
 *
 * @example
 * parseTarget('Đạt tỷ lệ từ 80% trở lên, trong đó đạt từ 96% trở lên').clauses.map((c) => c.part)
 * // ['main', 'of_which']
 */
export type ClausePart = 'main' | 'of_which' | 'specifically';

interface ClauseBase {
  readonly part: ClausePart;
  readonly subject: Subject;
  /**
   * Per-unit quantifier (`Mỗi đơn vị trường học ...`, `mỗi xã ...`): the kind of unit every one of
   * which must meet the bound. Absent when the clause is about the whole.
   */
  readonly each?: string;
  readonly span: Span;
}

/**
 * A rate (tỷ lệ) in percent: `Đạt trên 91%`, `Đạt tỷ lệ từ 80% trở lên`, bare `60% địa bàn`.
 *
 * @example
 * // `Đạt tỷ lệ từ 80% trở lên`
 * ({ kind: 'rate', part: 'main', bound: { op: 'gte', value: '80' }, subject: { before: 'tỷ lệ', after: '' }, span })
 */
export interface RateClause extends ClauseBase {
  readonly kind: 'rate';
  readonly bound: Bound;
}

/**
 * A count (số lượng) in a unit: `550 hồ sơ`, `ít nhất 01 mô hình`; with `per` it is a frequency
 * (`02 lần/năm`, `01 lần hằng quý`).
 *
 * @example
 * // `Mỗi xã ít nhất 01 mô hình`
 * ({ kind: 'count', part: 'main', bound: { op: 'gte', value: '1' }, unit: 'mô hình', each: 'xã',
 *    subject: { before: 'Mỗi xã', after: '' }, span })
 */
export interface CountClause extends ClauseBase {
  readonly kind: 'count';
  readonly bound: Bound;
  /** The unit as canonically spelt (`hồ sơ`, `lần`, `mô hình`), or the word that followed the figure. */
  readonly unit: string;
  readonly per?: PeriodUnit;
}

/**
 * A relative change (giảm / tăng) in percent against a baseline: `Giảm 07% so với năm 2022`
 * means value ≤ base × (1 − 0.07). The bound is on the size of the change.
 *
 * @example
 * // `Giảm 07% so với năm 2022`
 * ({ kind: 'change', part: 'main', direction: 'decrease', bound: { op: 'gte', value: '7' },
 *    baseline: { kind: 'year', year: 2022 }, subject: { before: '', after: '' }, span })
 */
export interface ChangeClause extends ClauseBase {
  readonly kind: 'change';
  readonly direction: 'decrease' | 'increase';
  readonly bound: Bound;
  readonly baseline: Baseline;
  /**
   * What the change is measured in; absent for a relative change in percent of the baseline
   * (`Giảm 07% so với năm 2022`). See {@link ChangeMeasure}.
   */
  readonly measure?: ChangeMeasure;
  /** The unit of an `absolute` change (`tăng thêm 4 trường`: `trường`). */
  readonly unit?: string;
  /**
   * The years an `average` change is averaged over (giai đoạn), when written: `giai đoạn
   * 2021-2025`. Its baseline is then the year before the first (`{ kind: 'year', year: 2020 }`).
   */
  readonly period?: YearSpan;
}

/**
 * The years of a period (giai đoạn, thời kỳ), both included: `giai đoạn 2021-2025`.
 *
 * @example
 * parseTarget('Tốc độ tăng trưởng GRDP bình quân 7%/năm giai đoạn 2021-2025').clauses[0]
 * // { kind: 'change', measure: 'average', period: { from: 2021, to: 2025 }, baseline: { kind: 'year', year: 2020 }, ... }
 */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * How a change other than a relative percentage is measured (mức thay đổi):
 * - `points`: percentage points of a rate (`giảm 1,5 điểm phần trăm`; and `Tỷ lệ hộ nghèo giảm
 *   1,5%` under the points convention, the default): `base − value ≥ 1,5`
 * - `absolute`: in the clause's own unit (`tăng thêm 4 trường`, `có thêm 3 xã`): `value − base ≥ 4`
 * - `times`: a multiple of the baseline (`tăng gấp 2 lần so với năm 2020`): `value ≥ 2 × base`
 * - `average`: an average relative change per year (tăng bình quân, compound) from the baseline
 *   year to the judged year, n years apart (`tốc độ tăng trưởng bình quân 7%/năm giai đoạn
 *   2021-2025`): `value ≥ base × 1,07^n`, and `value ≤ base × (1 − x)^n` for a decrease
 *
 * @example
 * parseTarget('Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm').clauses[0] // { kind: 'change', measure: 'points', ... }
 */
export type ChangeMeasure = 'points' | 'absolute' | 'times' | 'average';

/**
 * A comparison with a baseline, no figure: `nhiều hơn năm 2022` (gt), `thấp hơn năm 2022` (lt).
 *
 * @example
 * // `Số vụ cháy thấp hơn năm 2022`
 * ({ kind: 'compare', part: 'main', op: 'lt', baseline: { kind: 'year', year: 2022 },
 *    subject: { before: 'Số vụ cháy', after: '' }, span })
 */
export interface CompareClause extends ClauseBase {
  readonly kind: 'compare';
  readonly op: 'gt' | 'lt' | 'gte' | 'lte';
  readonly baseline: Baseline;
}

/**
 * Zero tolerance (không để ...): the count must be 0. `Không để xảy ra` (`occur`),
 * `Không để tồn tại` (`exist`), `Không để phát sinh` (`arise`). Only when the clause opens with it.
 *
 * @example
 * // `Không để xảy ra cháy nổ lớn`
 * ({ kind: 'zero', part: 'main', verb: 'occur', subject: { before: '', after: 'cháy nổ lớn' }, span })
 */
export interface ZeroClause extends ClauseBase {
  readonly kind: 'zero';
  readonly verb: 'occur' | 'exist' | 'arise';
}

/**
 * Qualitative (định tính): no figure; judged by an assessment with evidence (`Kịp thời phát hiện ...`).
 *
 * @example
 * // `Kịp thời phát hiện, xử lý vi phạm`
 * ({ kind: 'qualitative', part: 'main', subject: { before: 'Kịp thời phát hiện, xử lý vi phạm', after: '' }, span })
 */
export interface QualitativeClause extends ClauseBase {
  readonly kind: 'qualitative';
}

/**
 * Delegated (giao chỉ tiêu): the figure lives in another body's plan.
 * `(Phòng Văn hóa ... giao chỉ tiêu cụ thể cho các cơ quan ...)`: `by` is who sets it.
 *
 * @example
 * // `(Phòng Văn hóa, Trung tâm Truyền thông-Văn hóa giao chỉ tiêu cụ thể cho các cơ quan, đơn vị, địa phương)`
 * ({ kind: 'delegated', part: 'main', by: 'Phòng Văn hóa, Trung tâm Truyền thông-Văn hóa',
 *    subject: { before: '', after: 'cho các cơ quan, đơn vị, địa phương' }, span })
 */
export interface DelegatedClause extends ClauseBase {
  readonly kind: 'delegated';
  readonly by: string;
}

/**
 * A task (nhiệm vụ) judged only by when it was completed against the target's schedule.
 *
 * @example
 * // `Hoàn thành trong Quý II/2023`: the clause; the schedule is on the target
 * ({ kind: 'task', part: 'main', subject: { before: '', after: '' }, span })
 */
export interface TaskClause extends ClauseBase {
  readonly kind: 'task';
}

/**
 * One checkable clause of a target statement.
 *
 * @example
 * for (const clause of parseTarget('Giảm 07% so với năm 2022').clauses)
 *   if (clause.kind === 'change') clause.baseline // { kind: 'year', year: 2022 }
 */
export type Clause =
  | RateClause
  | CountClause
  | ChangeClause
  | CompareClause
  | ZeroClause
  | QualitativeClause
  | DelegatedClause
  | TaskClause;

/**
 * The kinds of clause, for exhaustive switches.
 *
 * @example
 * const kinds: ClauseKind[] = parseTarget('Không để xảy ra cháy nổ lớn').clauses.map((c) => c.kind) // ['zero']
 */
export type ClauseKind = Clause['kind'];

/**
 * A period of the plan year (or of an explicit `year`): `Quý II/2023`, `Tháng 6`, `6 tháng đầu năm`.
 * `index` is 1-based (quarter 1–4, half 1–2, month 1–12) and absent for a whole year.
 *
 * @example
 * ({ unit: 'quarter', index: 2, year: 2023 }) // `Quý II/2023`
 * ({ unit: 'year' }) // `Cả năm`
 */
export type PeriodRef =
  | { readonly unit: 'year'; readonly year?: number }
  | { readonly unit: 'half' | 'quarter' | 'month'; readonly index: number; readonly year?: number };

/**
 * When a target or task is due (thời gian thực hiện).
 * - `by`: due by the last day of the period (`Quý I`, `Hoàn thành trong Quý II/2023`, `Tháng 1`)
 * - `before`: completed strictly before the date (`trước ngày 15/03/2023`), ISO `YYYY-MM-DD`
 * - `throughout`: ongoing over the period, judged at its end (`Cả năm`, `cả năm 2023`)
 * - `all`: every part is due (`Quý I và cả năm 2023`, `Tháng 1 và tháng 6`)
 * - `recurring`: a report every period of each listed length (`Định kỳ (6 tháng, 1 năm)`, `hằng quý`)
 *
 * @example
 * parseTarget('Quý I và cả năm 2023').schedule
 * // { kind: 'all', parts: [{ kind: 'by', period: { unit: 'quarter', index: 1 } }, { kind: 'throughout', period: { unit: 'year', year: 2023 } }] }
 */
export type Schedule =
  | { readonly kind: 'by'; readonly period: PeriodRef }
  | { readonly kind: 'before'; readonly date: string }
  | { readonly kind: 'throughout'; readonly period: PeriodRef }
  | { readonly kind: 'all'; readonly parts: readonly Schedule[] }
  | { readonly kind: 'recurring'; readonly every: readonly PeriodUnit[] };

/**
 * A target statement (chỉ tiêu): one or more clauses, and optionally when it is due.
 * A bare timing such as `Quý I` is a target with one `task` clause and that schedule.
 *
 * @example
 * parseTarget('Hoàn thành trong Quý II/2023')
 * // { kind: 'target', clauses: [{ kind: 'task', ... }], schedule: { kind: 'by', period: { unit: 'quarter', index: 2, year: 2023 } }, span }
 */
export interface Target {
  readonly kind: 'target';
  readonly clauses: readonly Clause[];
  readonly schedule?: Schedule;
  readonly span: Span;
}
