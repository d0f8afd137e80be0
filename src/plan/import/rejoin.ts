/**
 * Rows that a line break inside a cell split in two. Word copies a table as tab-separated text
 * without quotes, so a cell holding two paragraphs ends its row early: the row is short of
 * cells, and the next line starts with the cell's second paragraph and carries the rest of the
 * row (its lead unit, ...). Short rows whose cells add up to exactly the table's width are
 * joined back into one row, the split cell's lines kept as lines.
 */
import { isHeaderRow } from './columns.js';
import type { TableRow } from './table.js';

/** The most frequent cell count of the rows with at least three cells: the width of a table pasted without a header. */
function usualWidth(rows: readonly TableRow[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.cells.length >= 3) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const [width, n] of counts) if (!best || n > best[1] || (n === best[1] && width > best[0])) best = [width, n];
  return best?.[0];
}

/**
 * Join the rows an unquoted line break split (see above).
 *
 * @example
 * rejoinBrokenRows(readTsv('STT\tChỉ tiêu\tChủ trì\n1.1\tDòng 1\nDòng 2\tCông an\n'))
 * // [{ cells: ['STT', 'Chỉ tiêu', 'Chủ trì'], line: 1 }, { cells: ['1.1', 'Dòng 1\nDòng 2', 'Công an'], line: 2 }]
 */
export function rejoinBrokenRows(rows: readonly TableRow[]): TableRow[] {
  const out: TableRow[] = [];
  let width = usualWidth(rows);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (isHeaderRow(row.cells.map((c) => c.trim()))) width = row.cells.length;
    const n = row.cells.length;
    if (width === undefined || n < 2 || n >= width) {
      out.push(row);
      continue;
    }
    let total = n;
    let j = i + 1;
    while (total < width && j < rows.length) total += rows[j++]!.cells.length - 1;
    if (total !== width) {
      out.push(row);
      continue;
    }
    const cells = [...row.cells];
    for (const next of rows.slice(i + 1, j)) {
      const [first = '', ...rest] = next.cells;
      cells[cells.length - 1] = `${cells[cells.length - 1]}\n${first}`;
      cells.push(...rest);
    }
    out.push({ ...row, cells });
    i = j - 1;
  }
  return out;
}
