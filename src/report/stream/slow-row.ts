/**
 * Full validation of one streamed row, with the data module's schema and row checks: the same
 * issues (codes, paths under `observations[i]`, lines) as `parseObservations` gives for the
 * same row in a JSON document.
 */
import type { DataIssue, DataWarning } from '../../data/data-error.js';
import type { FigureColumns } from '../../data/figure-columns.js';
import { normalizeRow } from '../../data/normalize.js';
import { observationRowSchema } from '../../data/schema.js';
import type { Observation } from '../../data/types.js';
import { describeFound, fromZodIssues } from '../../data/zod-issues.js';

/**
 * What the full validation of a row gives: the observation, or its issues.
 *
 * @example
 * ({ observation: { kind: 'value', row: 3, metric: '3.3', period: '2023', value: '561' }, warnings: [] })
 */
export type SlowRow = { readonly observation: Observation; readonly warnings: readonly DataWarning[] } | { readonly issues: readonly DataIssue[] };

/**
 * Validate row `i` (0-based) of a stream; `line` is its 1-based line in an NDJSON file.
 * `columns` reads the text figures of the whole stream, row after row, as `parseObservations`
 * reads a document's: its `finish()` gives the ambiguous ones at the end.
 *
 * @example
 * readSlowRow({ metric: '2.2', period: '2023-13', value: 1 }, 4, 5, new FigureColumns())
 * // { issues: [{ code: 'invalid_value', path: ['observations', 4, 'period'], expected: 'period', found: '"2023-13"', line: 5 }] }
 */
export function readSlowRow(row: unknown, i: number, line: number | undefined, columns: FigureColumns): SlowRow {
  const at = ['observations', i] as const;
  const withLine = (issue: DataIssue): DataIssue => (line === undefined ? issue : { ...issue, line });
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { issues: [withLine({ code: 'wrong_type', path: at, expected: 'row_object', found: describeFound(row) })] };
  }
  const parsed = observationRowSchema().safeParse(row);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues, row, at).map(withLine) };
  const result = normalizeRow(parsed.data, i, at, { columns, ...(line !== undefined && { line }) });
  if ('issues' in result) return { issues: result.issues.map(withLine) };
  return { observation: result.observation, warnings: [] };
}
