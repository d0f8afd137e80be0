/**
 * Reading a table pasted from Word or Excel: tab-separated cells, one row a line. Excel quotes a
 * cell that holds a line break or a quote (`"a""b"` is `a"b`); Word does not quote at all, so a
 * quote only opens a quoted cell when it is the cell's first character and is closed later.
 */

/** One row of the pasted table: its cells (untrimmed) and the 1-based line it starts on. */
export interface TsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** Find the end of a quoted cell starting at `start` (on the opening quote), or -1. */
function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i += 1;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? i : -1;
  }
  return -1;
}

/**
 * Split pasted text into rows of cells.
 *
 * @example
 * readTsv('STT\tDanh mục\n1.1\t"Dòng 1\nDòng 2"\n')
 * // [{ cells: ['STT', 'Danh mục'], line: 1 }, { cells: ['1.1', 'Dòng 1\nDòng 2'], line: 2 }]
 */
export function readTsv(text: string): TsvRow[] {
  const rows: TsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      const end = closingQuote(text, i);
      if (end >= 0) {
        const inner = text.slice(i + 1, end);
        cell += inner.replace(/""/g, '"');
        line += (inner.match(/\r\n|\r|\n/g) ?? []).length;
        i = end;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
      atCellStart = true;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows;
}
