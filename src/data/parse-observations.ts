import { DataError, type DataIssue, type DataWarning } from './data-error.js';
import { duplicateRows } from './duplicates.js';
import { FigureColumns } from './figure-columns.js';
import { normalizeRow } from './normalize.js';
import { observationRowSchema } from './schema.js';
import { parseJsonExact } from './exact-json.js';
import { trustedSet } from './trusted.js';
import type { Observation, ObservationSet } from './types.js';
import { unusedMetricWarnings } from './unused.js';
import { describeFound, fromZodIssues } from './zod-issues.js';

/**
 * Options of `parseObservations` and `parseObservationsCsv`.
 *
 * @example
 * parseObservations(json, { metrics: ['2.3'] }).warnings
 * // [{ code: 'unused_metric', path: ['observations', 1], found: '9.9', rows: [1] }] for a row of metric 9.9
 */
export interface ParseObservationsOptions {
  /**
   * The metric/task ids the targets being evaluated use (`undefined` for rows with no id); when
   * given, rows for any other id are reported as `unused_metric` warnings.
   */
  readonly metrics?: Iterable<string | undefined>;
  /** 1-based line of each row, for CSV input (`line` in issues). */
  readonly lines?: readonly number[];
}

/** What a table reader (CSV, xlsx) adds: each field's header as written, for messages. */
export interface TableRowsOptions extends ParseObservationsOptions {
  readonly headers?: Readonly<Record<string, string>>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys the document may have: the rows, `$schema` for editors, `_note` as a comment. */
const ROOT_KEYS = new Set(['observations', '$schema', '_note']);

function rootIssues(json: unknown): DataIssue[] {
  if (!isPlainObject(json)) return [{ code: 'wrong_type', path: [], expected: 'observation_set', found: describeFound(json) }];
  const issues: DataIssue[] = Object.keys(json)
    .filter((k) => !ROOT_KEYS.has(k))
    .map((k) => ({ code: 'unknown_field', path: [k], expected: 'known_field', found: k }));
  if (!Object.hasOwn(json, 'observations')) issues.push({ code: 'missing_field', path: ['observations'], expected: 'observations_array' });
  else if (!Array.isArray(json['observations'])) {
    issues.push({ code: 'wrong_type', path: ['observations'], expected: 'observations_array', found: describeFound(json['observations']) });
  }
  return issues;
}

/**
 * Validate observed data (`{"observations": [...]}`, already decoded from JSON) into an
 * `ObservationSet`. Throws one `DataError` listing every bad row with its path and what was
 * expected; nothing is skipped. Figures may be JSON numbers or strings written the Vietnamese
 * way (`"7,5"`, `"12.500"`), read by the plan's own rule; a string figure that is ambiguous in its
 * field (`"1.250"` where another row writes `"7.5"`) is an `ambiguous_figure` error. Warnings
 * (unused metrics) come back in `warnings`.
 *
 * @example
 * const data = parseObservations({ observations: [
 *   { metric: '2.3', period: '2022', value: 412 },
 *   { metric: '2.3', period: '2023', value: 380 },
 * ] })
 * data.observations[0] // { kind: 'value', row: 0, metric: '2.3', period: '2022', value: '412' }
 */
export function parseObservations(json: unknown, options: ParseObservationsOptions = {}): ObservationSet {
  return parseObservationRows(json, options);
}

/** `parseObservations` with the headers of a table, for CSV and xlsx readers. */
export function parseObservationRows(json: unknown, options: TableRowsOptions = {}): ObservationSet {
  const root = rootIssues(json);
  if (root.length > 0) throw new DataError(root);
  const rows = (json as { observations: unknown[] }).observations;
  const issues: DataIssue[] = [];
  const observations: Observation[] = [];
  const columns = new FigureColumns();
  rows.forEach((row, i) => {
    const at = ['observations', i] as const;
    const line = options.lines?.[i];
    const withLine = (issue: DataIssue): DataIssue => locate(issue, line, options.headers);
    if (!isPlainObject(row)) {
      issues.push(withLine({ code: 'wrong_type', path: at, expected: 'row_object', found: describeFound(row) }));
      return;
    }
    const parsed = observationRowSchema().safeParse(row);
    if (!parsed.success) {
      for (const issue of fromZodIssues(parsed.error.issues, row, at)) issues.push(withLine(issue));
      return;
    }
    const ctx = { columns, ...(line !== undefined && { line }), ...(options.headers !== undefined && { headers: options.headers }) };
    const result = normalizeRow(parsed.data, i, at, ctx);
    if ('issues' in result) for (const issue of result.issues) issues.push(withLine(issue));
    else observations.push(result.observation);
  });
  for (const issue of columns.finish()) issues.push(issue);
  // A loop, not push(...all): a spread of ~130,000 duplicates overflows the stack.
  for (const d of duplicateRows(observations, ['observations'])) {
    const line = options.lines?.[d.path[1] as number];
    issues.push(line === undefined ? d : { ...d, line });
  }
  if (issues.length > 0) throw new DataError(sortByRow(issues));
  const set: ObservationSet = trustedSet({ observations, warnings: [] });
  if (options.metrics === undefined) return set;
  return trustedSet({ observations, warnings: unusedMetricWarnings(set, options.metrics) });
}

/** An issue with the row's line and, in a table, its field's header (`Giá trị` for `value`). */
export function locate(issue: DataIssue, line: number | undefined, headers: Readonly<Record<string, string>> | undefined): DataIssue {
  const field = issue.path[2];
  const column = typeof field === 'string' && headers !== undefined && Object.hasOwn(headers, field) ? headers[field] : undefined;
  if (line === undefined && column === undefined) return issue;
  // In a table a cell is shown as written, not as a JSON string (`6 tháng 2023`, not `"6 tháng 2023"`).
  const found = headers !== undefined && issue.found?.startsWith('"') ? unquote(issue.found) : issue.found;
  return { ...issue, ...(found !== undefined && { found }), ...(line !== undefined && { line }), ...(column !== undefined && issue.column === undefined && { column }) };
}

function unquote(text: string): string {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'string' ? v : text;
  } catch {
    return text; // shortened (`"..."` cut at 60 characters): keep it as it is
  }
}

/** Row order (duplicates are found after the row pass): the order a person fixes them in. */
function sortByRow(issues: DataIssue[]): DataIssue[] {
  const row = (i: DataIssue) => (typeof i.path[1] === 'number' ? i.path[1] : -1);
  return issues.map((issue, k) => ({ issue, k })).sort((a, b) => row(a.issue) - row(b.issue) || a.k - b.k).map((x) => x.issue);
}

/**
 * Decode JSON text and validate it; unreadable JSON is a `DataError` with code `invalid_json`.
 *
 * @example
 * parseObservationsJson('{"observations": [{"period": "2023", "value": 2}]}').observations.length // 1
 */
export function parseObservationsJson(text: string, options: ParseObservationsOptions = {}): ObservationSet {
  let json: unknown;
  try {
    // A UTF-8 byte order mark (Notepad, Excel's "CSV UTF-8") is not part of the JSON, as plans, CSV and NDJSON already skip it.
    // Numbers read as written: JSON.parse alone rounds 80.000000000000001 to 80 (exact-json.ts).
    json = parseJsonExact(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new DataError([{ code: 'invalid_json', path: [], expected: 'json', found: e instanceof Error ? e.message : String(e) }]);
  }
  return parseObservations(json, options);
}
