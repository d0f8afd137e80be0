/**
 * Observed data as a table (CSV, TSV, a spreadsheet's sheet): a header row naming the columns,
 * in English (the JSON field names) or in Vietnamese as an official writes them (`Mã chỉ tiêu`,
 * `Kỳ`, `Giá trị`, `Tử số`, `Mẫu số`, `Ghi chú` ...), then one row per observation. Columns that
 * describe a row for the person filling it (`Tên chỉ tiêu`, `Chỉ tiêu kế hoạch`, `Đơn vị tính`,
 * `Đơn vị chủ trì`: the template's) are read past.
 */
import { foldKey } from '../text/fold.js';
import { DataError, type DataIssue } from './data-error.js';
import { parseObservationRows, type ParseObservationsOptions } from './parse-observations.js';
import { ROW_FIELDS, type ObservationRowInput } from './schema.js';
import type { ObservationSet } from './types.js';

type Field = keyof ObservationRowInput;

/**
 * The Vietnamese headers of each field (folded: no diacritics, lower case), beside the field's
 * own name. `Ghi chú`, `Nguyên nhân` and the like all go to `evidence`, joined when several.
 */
const VI_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  metric: ['ma chi tieu', 'ma so', 'chi tieu so', 'metric'],
  period: ['ky', 'ky so lieu', 'ky bao cao', 'ky danh gia', 'thoi ky'],
  unit: ['don vi', 'don vi thuc hien', 'don vi bao cao'],
  value: ['gia tri', 'so lieu', 'ket qua', 'ket qua thuc hien', 'thuc hien'],
  numerator: ['tu so'],
  denominator: ['mau so'],
  start: ['dau ky', 'so dau ky', 'gia tri dau ky'],
  assessment: ['danh gia', 'ket qua danh gia'],
  evidence: ['ghi chu', 'nguyen nhan', 'minh chung', 'can cu', 'giai trinh'],
  task: ['ma nhiem vu', 'nhiem vu so'],
  completed: ['ngay hoan thanh', 'hoan thanh ngay'],
};

/** The template's columns for the person filling the sheet: never data. */
const INFO_HEADERS = new Set([
  'ten chi tieu',
  'danh muc chi tieu',
  'chi tieu ke hoach',
  'don vi tinh',
  'don vi chu tri',
  'can nhap',
  'noi dung nhiem vu',
  'thoi han',
]);

const FIELD_BY_HEADER: ReadonlyMap<string, Field> = new Map(
  ROW_FIELDS.flatMap((f): [string, Field][] => [[f, f], ...VI_HEADERS[f].map((h): [string, Field] => [h, f])]),
);

/** Vietnamese judgements of a qualitative target, as `assessment` takes them. */
const ASSESSMENTS: ReadonlyMap<string, string> = new Map([
  ['dat', 'met'],
  ['khong dat', 'not_met'],
  ['chua dat', 'not_met'],
]);

/**
 * A table's header mapped to fields: for each column, its field (or `null` for a column read
 * past), or the issues of an unknown or repeated header.
 */
function headerFields(header: readonly string[], line: number): { fields: (Field | null)[]; issues: DataIssue[] } {
  const seen = new Set<Field>();
  const issues: DataIssue[] = [];
  const fields = header.map((raw, i): Field | null => {
    const name = raw.trim();
    const key = foldKey(name.replace(/\s*\(.*\)\s*$/, ''));
    if (key === '' || INFO_HEADERS.has(key)) return null;
    const field = FIELD_BY_HEADER.get(name) ?? FIELD_BY_HEADER.get(key);
    if (field === undefined) {
      issues.push({ code: 'unknown_field', path: ['columns', i], expected: 'known_field', found: raw, line });
      return null;
    }
    if (seen.has(field) && field !== 'evidence') issues.push({ code: 'duplicate_row', path: ['columns', i], expected: 'known_field', found: raw, line });
    seen.add(field);
    return field;
  });
  return { fields, issues };
}

/**
 * Options of `parseObservationsTable`.
 *
 * @example
 * parseObservationsTable(rows, { lines: [1, 2, 3], skipEmptyRows: true })
 */
export interface ObservationsTableOptions extends Omit<ParseObservationsOptions, 'lines'> {
  /** The row number of each record as the file shows it (the header's first), 1-based; default 1, 2, 3 ... */
  readonly lines?: readonly number[];
  /**
   * Read past rows with no figure, judgement or date (a template's rows left to fill): no data
   * for that metric, not an error. Off for CSV, where such a row is a mistake to report.
   */
  readonly skipEmptyRows?: boolean;
}

const MEASURE_FIELDS: ReadonlySet<Field> = new Set(['value', 'numerator', 'denominator', 'start', 'assessment', 'completed']);

/**
 * Validate observed data given as a table: its first record is the header (English field names
 * or Vietnamese headers, any subset, any order), each next one an observation. Cells are text
 * (an empty cell is an absent field, never 0) or numbers (a spreadsheet's numeric cells, taken
 * as they are). Text figures are read by the plan's rule, column by column (see
 * `parseObservations`). Issues name the row as the file shows it and the column by its header.
 *
 * @example
 * parseObservationsTable([['Mã chỉ tiêu', 'Kỳ', 'Giá trị'], ['2.3', '2023', '1.250']]).observations[0]
 * // { kind: 'value', row: 0, metric: '2.3', period: '2023', value: '1250' }
 */
export function parseObservationsTable(records: readonly (readonly (string | number)[])[], options: ObservationsTableOptions = {}): ObservationSet {
  const [header = [], ...rows] = records;
  const [headerLine = 1, ...given] = options.lines ?? records.map((_, i) => i + 1);
  const { fields, issues } = headerFields(header.map(String), headerLine);
  if (issues.length > 0) throw new DataError(issues);
  const headers: Record<string, string> = {};
  fields.forEach((f, i) => {
    if (f !== null && !Object.hasOwn(headers, f)) headers[f] = String(header[i]).trim();
  });
  const lines: number[] = [];
  const objects: Record<string, unknown>[] = [];
  rows.forEach((cells, r) => {
    const line = given[r] ?? headerLine + r + 1;
    if (cells.length > fields.length && cells.slice(fields.length).some((c) => String(c).trim() !== '')) {
      issues.push({ code: 'invalid_csv', path: ['observations', objects.length], expected: 'csv_column_count', found: `${cells.length}/${fields.length}`, line });
    }
    const row = rowObject(cells, fields);
    if (options.skipEmptyRows && !Object.keys(row).some((k) => MEASURE_FIELDS.has(k as Field))) return;
    objects.push(row);
    lines.push(line);
  });
  const { skipEmptyRows: _, ...rest } = options;
  try {
    const set = parseObservationRows({ observations: objects }, { ...rest, lines, headers });
    if (issues.length > 0) throw new DataError(issues);
    return set;
  } catch (e) {
    if (!(e instanceof DataError) || issues.length === 0) throw e;
    const own = new Set(issues); // a Set: `issues.includes` per issue is quadratic in a big file's errors
    const merged = [...issues, ...e.issues.filter((x) => !own.has(x))];
    throw new DataError(merged.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
}

/** One record as a row object: keys from the validated header only (no cell can name `__proto__`). */
function rowObject(cells: readonly (string | number)[], fields: readonly (Field | null)[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  fields.forEach((field, k) => {
    const cell = cells[k];
    if (field === null || cell === undefined) return;
    if (typeof cell === 'number') {
      row[field] = field === 'metric' || field === 'period' || field === 'unit' || field === 'task' || field === 'evidence' ? String(cell) : cell;
      return;
    }
    const text = cell.trim();
    if (text === '') return;
    if (field === 'evidence' && typeof row['evidence'] === 'string') row['evidence'] = `${row['evidence']}; ${text}`;
    else if (field === 'assessment') row[field] = ASSESSMENTS.get(foldKey(text)) ?? text;
    else row[field] = text;
  });
  return row;
}
