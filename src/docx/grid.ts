/**
 * A Word table → rows of the importer's table model, one string per column of the table's
 * grid. A cell spanning columns (`w:gridSpan`) sits in its first column, the others empty, so a
 * section row spanning the table is a row with one filled cell. A cell covered by a vertical
 * merge (`w:vMerge`) repeats the text of the merge's first cell: a lead unit merged over ten
 * rows belongs to each of them. When the STT cell itself is covered, the row continues the one
 * above, and its merged cells stay empty so nothing is written twice.
 */
import type { TableRow } from '../plan/import/table.js';
import type { DocxTable } from './read-docx.js';

/**
 * The rows of a Word table in the importer's model (`table` is the table's number, `line` the
 * row's, both from 1).
 *
 * @example
 * gridRows(table)[0] // { cells: ['STT', 'Danh mục chỉ tiêu', ...], line: 1, table: 2 }
 */
export function gridRows(table: DocxTable): TableRow[] {
  const open: (string | undefined)[] = [];
  return table.rows.map((row, i) => {
    const cells: string[] = Array.from({ length: table.columns }, () => '');
    const first = row.before === 0 ? row.cells[0] : undefined;
    const continues = first?.merge === 'continue';
    let col = row.before;
    for (const cell of row.cells) {
      if (cell.merge === 'continue') cells[col] = continues ? '' : (open[col] ?? '');
      else cells[col] = cell.text;
      open[col] = cell.merge === 'restart' ? cell.text : cell.merge === 'continue' ? open[col] : undefined;
      for (let k = 1; k < cell.span; k++) open[col + k] = undefined;
      col += cell.span;
    }
    return { cells, line: i + 1, table: table.number };
  });
}
