/**
 * Import warnings as text, in Vietnamese (the default) or English, with where they are: the
 * line of a pasted table, or the table and row of a Word file, and the column.
 */
import type { Lang } from '../../diagnostics/types.js';
import type { ImportWarning } from './table.js';

const WHAT: Readonly<Record<ImportWarning['code'], Readonly<Record<Lang, string>>>> = {
  orphan_continuation: { vi: 'dòng nối tiếp không có dòng nào ở trên', en: 'a continuation row with no row above' },
  bad_stt: { vi: 'STT không phải số thứ tự', en: 'the STT is not a number' },
  unplaced_cell: { vi: 'ô ở cột không có tên trong hàng tiêu đề', en: 'a cell in a column the header row does not name' },
  not_a_figure: { vi: 'ô kết quả năm trước không phải con số (không ghi vào tệp số liệu)', en: "last year's cell is not a figure (not written to the data file)" },
  no_figure: { vi: 'hàng không có số kế hoạch: chỉ tiêu thực hiện để trống', en: 'the row has no plan figure: its statement is left empty' },
  unread_table: { vi: 'bảng không có hàng tiêu đề (STT | Danh mục chỉ tiêu | ...): không đọc', en: 'a table without a header row (STT | Danh mục chỉ tiêu | ...): not read' },
};

const KEPT: Readonly<Record<Lang, string>> = { vi: 'giữ lại dưới dạng ghi chú', en: 'kept as a comment' };

/**
 * One import warning as a line: where, what, and the text concerned.
 *
 * @example
 * formatImportWarning({ line: 5, table: 1, column: 4, code: 'unplaced_cell', text: '89%' }, 'en', 'ke-hoach.docx')
 * // 'ke-hoach.docx: table 1, row 5, column 4: warning: a cell in a column the header row does not name; kept as a comment: 89%'
 */
export function formatImportWarning(w: ImportWarning, lang: Lang = 'vi', file?: string): string {
  const vi = lang === 'vi';
  const where =
    w.table !== undefined
      ? `${file ? `${file}: ` : ''}${vi ? 'bảng' : 'table'} ${w.table}, ${vi ? 'hàng' : 'row'} ${w.line}${w.column !== undefined ? `, ${vi ? 'cột' : 'column'} ${w.column}` : ''}`
      : `${file ?? ''}:${w.line}${w.column !== undefined ? `:${w.column}` : ''}`;
  const kept = w.code === 'not_a_figure' || w.code === 'no_figure' || w.code === 'unread_table' ? '' : `; ${KEPT[lang]}`;
  return `${where}: ${vi ? 'cảnh báo' : 'warning'}: ${WHAT[w.code][lang]}${kept}: ${w.text}`;
}
