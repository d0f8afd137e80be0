import { parseCsv } from './csv.js';
import { DataError, type DataIssue } from './data-error.js';
import { parseObservations, type ParseObservationsOptions } from './parse-observations.js';
import { ROW_FIELDS } from './schema.js';
import type { ObservationSet } from './types.js';

const KNOWN: ReadonlySet<string> = new Set(ROW_FIELDS);

function headerIssues(header: readonly string[], line: number): DataIssue[] {
  const seen = new Set<string>();
  return header.flatMap((raw, i): DataIssue[] => {
    const name = raw.trim();
    if (!KNOWN.has(name)) return [{ code: 'unknown_field', path: ['columns', i], expected: 'known_field', found: raw, line }];
    if (seen.has(name)) return [{ code: 'duplicate_row', path: ['columns', i], expected: 'known_field', found: raw, line }];
    seen.add(name);
    return [];
  });
}

/**
 * Validate observed data given as CSV with the JSON format's field names as columns
 * (`metric,period,unit,value,numerator,denominator,start,assessment,evidence,task,completed`,
 * any subset, any order). An empty cell is an absent field, never 0. Issues carry both the
 * row's path (`observations[3].value`) and its line in the file.
 *
 * @example
 * parseObservationsCsv('metric,period,numerator,denominator\n2.6,2023,170,200\n').observations[0]
 * // { kind: 'rate', row: 0, metric: '2.6', period: '2023', numerator: '170', denominator: '200' }
 */
export function parseObservationsCsv(text: string, options: Omit<ParseObservationsOptions, 'lines'> = {}): ObservationSet {
  const table = parseCsv(text);
  if ('issues' in table) throw new DataError(table.issues);
  const [header = [], ...rows] = table.records;
  const [headerLine = 1, ...lines] = table.lines;
  const issues = headerIssues(header, headerLine);
  if (issues.length > 0) throw new DataError(issues);
  const names = header.map((h) => h.trim());
  const objects = rows.map((cells, i) => {
    if (cells.length !== names.length) {
      issues.push({ code: 'invalid_csv', path: ['observations', i], expected: 'csv_column_count', found: `${cells.length}/${names.length}`, line: lines[i]! });
    }
    // Keys come from the validated header, so no cell can name `__proto__` or another stray key.
    return Object.fromEntries(names.flatMap((name, k) => (cells[k] ? [[name, cells[k]]] : [])));
  });
  try {
    const set = parseObservations({ observations: objects }, { ...options, lines });
    if (issues.length > 0) throw new DataError(issues);
    return set;
  } catch (e) {
    if (!(e instanceof DataError) || issues.length === 0) throw e;
    const own = new Set(issues); // a Set: `issues.includes` per issue is quadratic in a big file's errors
    const merged = [...issues, ...e.issues.filter((x) => !own.has(x))];
    throw new DataError(merged.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
}
