/**
 * The resolution layout (`STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm trước | Kế hoạch năm`):
 * its columns hold the parts of a statement apart, so the importer writes them together
 * (`Thu ngân sách` + `12.500` + `Tỷ đồng` → `Thu ngân sách 12.500 tỷ đồng`), and last year's
 * result is a figure for the data file, read by the rule plan text uses (`12.500` is twelve
 * thousand five hundred, `7,5` is seven and a half: `parseDecimalVi`).
 */
import type { DecimalString } from '../../ast/types.js';
import { parseDecimalVi } from '../../text/numbers.js';

/** The last figure of a text (`8 - 8,5` → `8,5`), where a unit is written after. */
const LAST_FIGURE = /(\d(?:[\d.,]*\d)?)(?!.*\d)/su;

/** Whether the figure cell already carries the unit (`trên 95%` beside `%`). */
function hasUnit(figure: string, unit: string): boolean {
  if (unit === '%') return figure.includes('%');
  return figure.toLocaleLowerCase('vi').includes(unit.toLocaleLowerCase('vi'));
}

/** `Tỷ đồng` → `tỷ đồng`, `Giảm` → `giảm`; `USD`, `GRDP` stay as written. */
function lowerFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (word.length > 1 && word === word.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * A statement from the indicator's name, its plan figure and its unit. The figure cell is kept
 * as written (a comparator or verb in it stays: `Giảm 0,5`, `Trên 95`) and the unit goes after
 * its last figure unless the cell already has it; a cell with no figure is joined as written.
 *
 * @example
 * composeStatement('Thu ngân sách nhà nước', '12.500', 'Tỷ đồng') // "Thu ngân sách nhà nước 12.500 tỷ đồng"
 * composeStatement('Tỷ lệ hộ nghèo', 'Giảm 0,5', '%')            // "Tỷ lệ hộ nghèo giảm 0,5%"
 * composeStatement('Tốc độ tăng trưởng GRDP', '8 - 8,5', '%')     // "Tốc độ tăng trưởng GRDP 8 - 8,5%"
 */
export function composeStatement(name: string, figure: string, unit: string | undefined): string {
  const cell = figure.replace(/\s+/g, ' ').trim();
  if (cell === '') return '';
  const u = unit?.replace(/\s+/g, ' ').trim() ?? '';
  let value = cell;
  if (u !== '' && !hasUnit(cell, u) && LAST_FIGURE.test(cell)) {
    value = cell.replace(LAST_FIGURE, u === '%' ? '$1%' : `$1 ${lowerFirst(u)}`);
  } else if (u !== '' && !hasUnit(cell, u)) {
    value = `${cell} (${u})`;
  }
  const subject = name.replace(/\s+/g, ' ').trim().replace(/[:;,.]+$/, '');
  return subject === '' ? value : `${subject} ${lowerFirst(value)}`;
}

/** What a cell of last year's column holds. */
export type BaselineCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'figure'; readonly value: DecimalString }
  | { readonly kind: 'not_a_figure'; readonly text: string };

/**
 * Read a cell of last year's column: a Vietnamese figure (`12.500`, `7,5`, `95%`), nothing (an
 * empty cell or a dash), or something else, which the importer reports instead of guessing.
 *
 * @example
 * baselineCell('11.800') // { kind: 'figure', value: '11800' }
 * baselineCell('7,5%')   // { kind: 'figure', value: '7.5' }
 * baselineCell('-')      // { kind: 'empty' }
 * baselineCell('khoảng 7') // { kind: 'not_a_figure', text: 'khoảng 7' }
 */
export function baselineCell(text: string): BaselineCell {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '' || /^[-–—x×/]$/i.test(t)) return { kind: 'empty' };
  const value = parseDecimalVi(t.replace(/\s*%$/, '').replace(/(?<=\d) (?=\d{3}\b)/g, '.'));
  return value === undefined ? { kind: 'not_a_figure', text: t } : { kind: 'figure', value };
}
