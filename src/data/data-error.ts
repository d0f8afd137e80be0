import { ChitieuError } from '../diagnostics/chitieu-error.js';
import type { Lang } from '../diagnostics/types.js';
import { boundedLines, moreLine } from '../diagnostics/bounded-list.js';
import { formatDataIssue } from './messages.js';

/**
 * What went wrong with one row or cell of observed data. Stable codes; the text is rendered
 * separately (`formatDataIssue`).
 * - `invalid_json` / `invalid_csv` / `invalid_xlsx`: the file cannot be read at all (or an
 *   xlsx has no sheet of that name)
 * - `wrong_type`: a field has the wrong JSON type
 * - `missing_field`: a needed field is absent
 * - `unknown_field`: a field (or CSV column) the format does not have: never skipped in silence
 * - `invalid_value`: right type, wrong content (a period `2023-13`, a date `2023-02-29`, ...)
 * - `conflicting_fields`: fields that cannot go together (`value` and `numerator`)
 * - `duplicate_row`: a second row for the same metric, period and unit
 * - `ambiguous_figure`: a figure such as `1.250` in a column that also writes `7.5`: 1250 by the
 *   plan's rule, 1,25 by the column's own habit; never guessed
 *
 * @example
 * parseObservations({ observations: [{ metric: '2.3', period: '2023-13', value: 380 }] })
 * // throws DataError; error.issues[0].code // 'invalid_value'
 */
export type DataIssueCode =
  | 'invalid_json'
  | 'invalid_csv'
  | 'invalid_xlsx'
  | 'wrong_type'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_value'
  | 'conflicting_fields'
  | 'duplicate_row'
  | 'ambiguous_figure';

/**
 * What was expected instead, as a stable token (rendered by `formatDataIssue`).
 * `one_measure`: exactly one of `value`, `numerator`+`denominator`, `assessment`, `completed`.
 * `observation_kind`: in a set built by hand, a row's `kind` that its fields make (`rate` for
 * `numerator`+`denominator`, ...).
 *
 * @example
 * // `{ value: 380, numerator: 1, denominator: 2 }` on one row
 * ({ code: 'conflicting_fields', path: ['observations', 0], expected: 'one_measure', found: 'value, numerator+denominator' })
 */
export type DataExpectation =
  | 'json'
  | 'csv_closed_quote'
  | 'csv_column_count'
  | 'observation_set'
  | 'observations_array'
  | 'row_object'
  | 'known_field'
  | 'text'
  | 'decimal'
  | 'exact_decimal'
  | 'period'
  | 'iso_date'
  | 'assessment'
  | 'one_measure'
  | 'numerator'
  | 'denominator'
  | 'numerator_within_denominator'
  | 'period_on_metric_row'
  | 'task_row_fields'
  | 'start_with_value'
  | 'unique_row'
  | 'observation_kind'
  | 'unit_lists'
  | 'unambiguous_figure'
  | 'xlsx'
  | 'sheet'
  | 'utf8_text';

/**
 * One bad row or cell: where it is, what was found there and what was expected.
 *
 * @example
 * parseObservationsCsv('metric,period,value\n2.3,2023,abc\n') // throws DataError with issues
 * // [{ code: 'invalid_value', path: ['observations', 0, 'value'], expected: 'decimal', found: '"abc"', line: 2 }]
 */
export interface DataIssue {
  readonly code: DataIssueCode;
  /** JSON path to the offending value: `['observations', 3, 'value']`. CSV rows use the same path. */
  readonly path: readonly (string | number)[];
  readonly expected: DataExpectation;
  /** The offending value or field name, as written (shortened). */
  readonly found?: string;
  /**
   * 1-based row as the file shows it, the header counted: a CSV file's line, a spreadsheet's
   * row number.
   */
  readonly line?: number;
  /** For a table (CSV, xlsx): the column's header as written (`Giá trị`, `value`). */
  readonly column?: string;
  /** What was probably meant, when one is likely (`3.1.b` for `3.1.B`, `2020-H1` for `6 tháng 2020`). */
  readonly suggestion?: string;
  /**
   * For `ambiguous_figure`: the cell of the same column that shows the other habit (`7.5` with
   * a decimal point), and where it is.
   */
  readonly evidence?: { readonly found: string; readonly path: readonly (string | number)[]; readonly line?: number };
}

/**
 * Data that was read but deserves a look:
 * - `unused_metric`: rows for a metric (or task) no clause being evaluated uses
 *
 * (A figure whose reading is in doubt is not a warning but an error, `ambiguous_figure`.)
 *
 * @example
 * parseObservations({ observations: [{ metric: '9.9', period: '2023', value: 1 }] }, { metrics: ['2.3'] }).warnings
 * // [{ code: 'unused_metric', path: ['observations', 0], found: '9.9', rows: [0] }]
 */
export interface DataWarning {
  readonly code: 'unused_metric';
  /** Path of the (first) row concerned. */
  readonly path: readonly (string | number)[];
  /** The metric id or figure concerned. */
  readonly found: string;
  /** Indices of every row concerned. */
  readonly rows: readonly number[];
  /** The id probably meant: one the targets use, but for case or a comma (`3.1.b` for `3.1.B`). */
  readonly suggestion?: string;
}

/**
 * Observed data that cannot be used. Thrown once with every bad row, so a data file is fixed in
 * one pass; nothing is skipped in silence. `message` is the first issue and how many more;
 * `format(lang)` renders every issue, one a line.
 *
 * @example
 * try { parseObservations(json) } catch (e) {
 *   if (e instanceof DataError) for (const i of e.issues) console.log(i.path.join('.'), i.expected)
 *   if (e instanceof DataError) console.error(e.format('en')) // "observations[0].value: wrong type `true`; ..."
 * }
 */
export class DataError extends ChitieuError<'invalid_data' | 'invalid_json' | 'invalid_csv' | 'invalid_xlsx'> {
  override readonly name = 'DataError';
  /** `invalid_json`, `invalid_csv` or `invalid_xlsx` when the file is unreadable, otherwise `invalid_data`. */
  readonly code: 'invalid_data' | 'invalid_json' | 'invalid_csv' | 'invalid_xlsx';
  /** Every problem found, in row order (the streamed check keeps only the first `maxIssues`). */
  readonly issues: readonly DataIssue[];
  /** How many problems were found: more than `issues.length` when only the first were kept. */
  readonly total: number;

  constructor(issues: readonly DataIssue[], total: number = issues.length) {
    if (issues.length === 0) throw new TypeError('DataError needs at least one issue');
    super(summary(issues, Math.max(total, issues.length)));
    this.total = Math.max(total, issues.length);
    const first = issues[0]!.code;
    this.code = first === 'invalid_json' || first === 'invalid_csv' || first === 'invalid_xlsx' ? first : 'invalid_data';
    this.issues = issues;
  }

  /**
   * The issues as lines of text, in `lang` (Vietnamese by default): the first 1000, then how
   * many more of the true `total` there are (`(và 99.000 lỗi khác)`).
   */
  format(lang: Lang = 'vi'): string {
    return boundedLines(this.issues, (i) => formatDataIssue(i, lang), { noun: 'errors', lang, total: this.total }).join('\n');
  }
}

/** First issue in Vietnamese, and how many more: the message only; the data is in `issues`. */
function summary(issues: readonly DataIssue[], total: number): string {
  const more = moreLine(total, 1, 'errors', 'vi');
  return more === undefined ? formatDataIssue(issues[0]!) : `${formatDataIssue(issues[0]!)} ${more}`;
}
