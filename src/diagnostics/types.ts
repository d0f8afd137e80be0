import type { Span } from '../ast/types.js';

/**
 * Stable codes of parse diagnostics; the text of a message may change, a code does not.
 *
 * @example
 * const r = safeParseTarget('Đạt từ 80% trở')
 * if (!r.success) r.error.code // 'missing_closer'
 */
export type ParseErrorCode =
  | 'empty_input'
  | 'unexpected_token'
  | 'unexpected_end'
  | 'missing_closer'
  | 'missing_baseline'
  | 'missing_figure'
  | 'invalid_number'
  | 'invalid_date'
  | 'invalid_year'
  | 'invalid_period'
  | 'inverted_range'
  | 'unbalanced_paren'
  | 'input_too_long';

/**
 * Codes of warnings: the text was read, but not as written.
 *
 * @example
 * const r = safeParseTarget('Chuyên hóa thành công 60% địa bàn') // read as `Chuyển hóa`
 * if (r.success) r.warnings.map((w) => w.code) // ['typo_corrected']
 */
export type WarningCode =
  | 'typo_corrected'
  | 'figure_in_subject'
  | 'baseline_not_read'
  | 'figure_not_read'
  | 'timing_not_read'
  | 'construct_not_read'
  | 'rate_change_points'
  | 'rate_change_relative'
  | 'baseline_unwritten'
  | 'lower_is_better'
  | 'several_measures'
  | 'change_each_year'
  | 'average_period_unwritten'
  | 'share_direction_unwritten'
  | 'percent_of_amount'
  | 'share_of_plan'
  | 'per_year_level';

/**
 * Language of rendered messages: Vietnamese by default, English on request.
 *
 * @example
 * parseTarget('Đạt từ 80% trở', { lang: 'en' }) // throws: "1:12: A range is not closed: after `từ 80%` expected ..."
 */
export type Lang = 'vi' | 'en';

/**
 * One finding about a statement, as data (Langium-style): rendering it as text is a separate
 * step (`formatDiagnostic`), so apps can translate or place it themselves.
 *
 * @example
 * // `Đạt từ 80% trở`
 * ({ severity: 'error', code: 'missing_closer', range: { start: 11, end: 14, line: 1, column: 12 },
 *    found: 'từ 80%', expected: ['trở lên', 'trở xuống', 'đến'] })
 */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: ParseErrorCode | WarningCode;
  /** Where, in the author's original text. */
  readonly range: Span;
  /** What the parser would have accepted here, in canonical spelling (`trở lên`, `so với`). */
  readonly expected: readonly string[];
  /** The likely intended text (`trở lên` for `tro le`), when one is likely. */
  readonly suggestion?: string;
  /** What was found at `range`, as written. */
  readonly found: string;
}
