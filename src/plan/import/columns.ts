/**
 * What each column of a plan table holds, named by its header cell. Two layouts share these
 * roles: the appendix of a plan (`STT | Danh mục chỉ tiêu | Chỉ tiêu thực hiện | Đơn vị chủ trì
 * | Đơn vị phối hợp | Ghi chú`, or `Thời gian thực hiện` for key tasks) and the table of a
 * socio-economic resolution (`STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm trước | Kế hoạch
 * năm`), whose name, unit and plan figure are combined into a statement (resolution.ts).
 */
import { entryField, foldKeyword, type EntryField } from '../keywords.js';

/**
 * A column's role: the STT, an entry field, or one of the resolution layout's columns (`unit`:
 * Đơn vị tính; `baseline`: last year's result; `figure`: the plan year's figure).
 */
export type ColumnRole = 'stt' | EntryField | 'unit' | 'baseline' | 'figure';

/** Resolution-layout headers, folded; `thuc hien nam 2023`, `uoc thuc hien nam truoc`, ... */
const UNIT = /^(?:don vi tinh|dvt|don vi)$/;
const BASELINE = /^(?:uoc )?(?:thuc hien|th|ket qua(?: thuc hien)?)(?: nam)? (?:\d{4}|truoc|nam truoc|ky truoc)$|^uoc (?:thuc hien|th)(?: nam)?$/;
const FIGURE = /^(?:ke hoach|kh|muc tieu)(?: nam)?(?: (?:\d{4}|nay))?$/;
/** `Chỉ tiêu năm 2024`: the plan figure, but only beside a unit column (else it is the statement). */
const TARGET_YEAR = /^chi tieu(?: ke hoach)?(?: nam)? \d{4}$/;

/**
 * The role of a column named `header`, if it is one the importer knows.
 *
 * @example
 * columnRole('Đơn vị chủ trì tham mưu') // "lead"
 * columnRole('Kế hoạch năm 2024')       // "figure"
 * columnRole('Kết quả năm trước')       // "baseline"
 */
export function columnRole(header: string): ColumnRole | undefined {
  const folded = foldKeyword(header.replace(/[()\n]/g, ' '));
  if (folded === 'stt' || folded === 'so tt' || folded === 'tt' || folded === 'so thu tu') return 'stt';
  if (UNIT.test(folded)) return 'unit';
  if (BASELINE.test(folded)) return 'baseline';
  if (FIGURE.test(folded)) return 'figure';
  return entryField(header);
}

/**
 * Whether a row names the columns: an STT cell first and at least one other known column.
 *
 * @example
 * isHeaderRow(['STT', 'Danh mục chỉ tiêu', 'Chỉ tiêu thực hiện']) // true
 */
export function isHeaderRow(cells: readonly string[]): boolean {
  return columnRole(cells[0] ?? '') === 'stt' && cells.slice(1).some((c) => columnRole(c) !== undefined);
}

/**
 * Roles of a header row. In the resolution layout (a unit or a plan-figure column), `Chỉ tiêu`
 * names the indicator, not the statement: it becomes the description, and the statement is
 * composed from it, the figure and the unit.
 *
 * @example
 * headerRoles(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024'])
 * // ['stt', 'description', 'unit', 'figure']
 */
export function headerRoles(cells: readonly string[]): (ColumnRole | undefined)[] {
  const roles = cells.map((c) => (c.trim() === '' ? undefined : columnRole(c)));
  if (roles.includes('unit')) {
    cells.forEach((c, i) => {
      if (!roles.includes('figure') && TARGET_YEAR.test(foldKeyword(c))) roles[i] = 'figure';
    });
  }
  if (roles.includes('unit') || roles.includes('figure')) {
    return roles.map((r) => (r === 'statement' && !roles.includes('description') ? 'description' : r));
  }
  return roles;
}

/**
 * The year a header cell names (`Chỉ tiêu thực hiện trong năm 2023`, `Kế hoạch năm 2024`).
 *
 * @example
 * headerYear('Ước thực hiện năm 2023') // 2023
 */
export function headerYear(cell: string): number | undefined {
  const m = /\b(?:nam )?((?:19|20|21)\d{2})\b/.exec(foldKeyword(cell));
  return m ? Number(m[1]) : undefined;
}

/**
 * A row of column numbers under the header (`(1) | (2) | (3)`, `1 | 2 | 3`, `A | B | 1 | 2`),
 * which many tables carry and which holds no data.
 *
 * @example
 * isColumnNumberRow(['(1)', '(2)', '(3)', '(4)']) // true
 * isColumnNumberRow(['1', 'Tuyên truyền', '', '']) // false
 */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim().replace(/^\((.*)\)$/, '$1')).filter((c) => c !== '');
  if (filled.length < 3 || filled.length < cells.length - 1) return false;
  const numbers = filled.filter((c) => /^\d+$/.test(c)).map(Number);
  const letters = filled.filter((c) => /^[A-Z]$/.test(c));
  if (numbers.length + letters.length !== filled.length || numbers.length < 2) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}
