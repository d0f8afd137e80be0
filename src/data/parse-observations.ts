import { DataError, type DataIssue, type DataWarning } from './data-error.js';
import { looksLikeThousands } from './decimal.js';
import { duplicateRows } from './duplicates.js';
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

function thousandsWarnings(rows: readonly unknown[]): DataWarning[] {
  const out: DataWarning[] = [];
  rows.forEach((row, i) => {
    if (!isPlainObject(row)) return;
    for (const key of ['value', 'numerator', 'denominator', 'start']) {
      const v = Object.hasOwn(row, key) ? row[key] : undefined;
      if ((typeof v === 'string' || typeof v === 'number') && looksLikeThousands(v)) {
        out.push({ code: 'ambiguous_thousands', path: ['observations', i, key], found: String(v), rows: [i] });
      }
    }
  });
  return out;
}

/**
 * Validate observed data (`{"observations": [...]}`, already decoded from JSON) into an
 * `ObservationSet`. Throws one `DataError` listing every bad row with its path and what was
 * expected; nothing is skipped. Warnings (unused metrics, `"1.000"`-like figures) come back in
 * `warnings`.
 *
 * @example
 * const data = parseObservations({ observations: [
 *   { metric: '2.3', period: '2022', value: 412 },
 *   { metric: '2.3', period: '2023', value: 380 },
 * ] })
 * data.observations[0] // { kind: 'value', row: 0, metric: '2.3', period: '2022', value: '412' }
 */
export function parseObservations(json: unknown, options: ParseObservationsOptions = {}): ObservationSet {
  const root = rootIssues(json);
  if (root.length > 0) throw new DataError(root);
  const rows = (json as { observations: unknown[] }).observations;
  const issues: DataIssue[] = [];
  const observations: Observation[] = [];
  rows.forEach((row, i) => {
    const at = ['observations', i] as const;
    const line = options.lines?.[i];
    const withLine = (issue: DataIssue): DataIssue => (line === undefined ? issue : { ...issue, line });
    if (!isPlainObject(row)) {
      issues.push(withLine({ code: 'wrong_type', path: at, expected: 'row_object', found: describeFound(row) }));
      return;
    }
    const parsed = observationRowSchema().safeParse(row);
    if (!parsed.success) {
      for (const issue of fromZodIssues(parsed.error.issues, row, at)) issues.push(withLine(issue));
      return;
    }
    const result = normalizeRow(parsed.data, i, at);
    if ('issues' in result) for (const issue of result.issues) issues.push(withLine(issue));
    else observations.push(result.observation);
  });
  // A loop, not push(...all): a spread of ~130,000 duplicates overflows the stack.
  for (const d of duplicateRows(observations, ['observations'])) {
    const line = options.lines?.[d.path[1] as number];
    issues.push(line === undefined ? d : { ...d, line });
  }
  if (issues.length > 0) throw new DataError(sortByRow(issues));
  const set: ObservationSet = trustedSet({ observations, warnings: thousandsWarnings(rows) });
  if (options.metrics === undefined) return set;
  return trustedSet({ observations, warnings: [...set.warnings, ...unusedMetricWarnings(set, options.metrics)] });
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
