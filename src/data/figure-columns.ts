/**
 * Figures written as text in observed data (CSV and TSV cells, text cells of a spreadsheet,
 * JSON strings), read with the plan's own rule (`readFigureVi`) and judged per column: a cell
 * whose marks an English writer would read otherwise (`1.250`, `1,250`) is taken the Vietnamese
 * way unless its column shows the other habit, and then it is an error that says so, never a
 * guess.
 */
import type { DecimalString } from '../ast/types.js';
import { readFigureVi } from '../text/numbers.js';
import type { DataIssue } from './data-error.js';

type Path = readonly (string | number)[];

/** Where a cell is: its path, and for a table its line and column header. */
interface Cell {
  readonly found: string;
  readonly path: Path;
  readonly line?: number;
  readonly column?: string;
}

interface Column {
  /** The first cell written the English way (`7.5`: a dot before other than three digits). */
  english?: Cell;
  /** The first cell only a Vietnamese writer writes (`7,5`, `1.000.000`, `12.500,75`). */
  vietnamese?: Cell;
  /** Cells with one dot before three digits (`1.250`): 1250 here, 1,25 to an English writer. */
  readonly dotGroups: Cell[];
  /** Cells with one comma before three digits (`1,250`): 1,25 here, 1250 to an English writer. */
  readonly commaGroups: Cell[];
}

/** The spelling of an English figure (`1,250.75`, `1,000,000`) under the shared rule, or undefined. */
function englishFigure(text: string): string | undefined {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) && !/^\d{1,3}(,\d{3}){2,}$/.test(text)) return undefined;
  const [int = '', frac] = text.split('.');
  return `${int.replace(/,/g, '.')}${frac === undefined ? '' : `,${frac}`}`;
}

/**
 * Reads text figures column by column, row by row, and at the end reports the cells that are
 * ambiguous in their column. The in-memory and the streamed readers both feed rows in file
 * order to one of these, so they report the same cells.
 *
 * The rule, per column (the same field in every row):
 * - `1.250` (one dot, three digits) is 1250, as in the plan's text; `1,250` (one comma, three
 *   digits) is 1,25;
 * - unless the column also has a cell written the English way (`7.5`): then each `1.250` and
 *   `1,250` of the column is an `ambiguous_figure` error;
 * - and a column with both `1.250` and `1,250` and no cell only a Vietnamese writer writes
 *   (`7,5`, `1.000.000`) is ambiguous too: the two habits each read it consistently.
 *
 * @example
 * const columns = new FigureColumns()
 * columns.read('value', '44.200', ['observations', 0, 'value']) // '44200'
 * columns.read('value', '7.5', ['observations', 1, 'value'])    // '7.5'
 * columns.finish() // [{ code: 'ambiguous_figure', path: ['observations', 0, 'value'], found: '44.200', ... }]
 */
export class FigureColumns {
  private readonly columns = new Map<string, Column>();

  /**
   * The canonical decimal of a text figure in column `field`, or the issue that refuses it
   * (not a figure, or written with English grouping, with the Vietnamese spelling suggested).
   */
  read(field: string, text: string, path: Path, where: { line?: number; column?: string } = {}): DecimalString | DataIssue {
    const found = text.trim();
    const cell: Cell = { found, path, ...where };
    const r = readFigureVi(found);
    if (r === undefined) {
      const vi = englishFigure(found);
      return { code: 'invalid_value', path, expected: 'decimal', found: text, ...where, ...(vi !== undefined && { suggestion: vi }) };
    }
    if (r.kind === 'plain') return r.value;
    const col = this.column(field);
    if (r.kind === 'dot_decimal') col.english ??= cell;
    else if (r.kind === 'comma_decimal' || r.kind === 'grouped') col.vietnamese ??= cell;
    else if (r.kind === 'dot_group') col.dotGroups.push(cell);
    else col.commaGroups.push(cell);
    return r.value;
  }

  /** The `ambiguous_figure` issues of every column, in the order the cells were read. */
  finish(): DataIssue[] {
    const out: (DataIssue & { readonly order: number })[] = [];
    for (const col of this.columns.values()) {
      const mixed = col.vietnamese === undefined && col.dotGroups.length > 0 && col.commaGroups.length > 0;
      if (col.english === undefined && !mixed) continue;
      const against = (other: Cell | undefined) => (c: Cell) => {
        const by = col.english ?? other!;
        out.push({
          code: 'ambiguous_figure',
          path: c.path,
          expected: 'unambiguous_figure',
          found: c.found,
          ...(c.line !== undefined && { line: c.line }),
          ...(c.column !== undefined && { column: c.column }),
          evidence: { found: by.found, path: by.path, ...(by.line !== undefined && { line: by.line }) },
          order: rowOf(c.path),
        });
      };
      col.dotGroups.forEach(against(col.commaGroups[0]));
      col.commaGroups.forEach(against(col.dotGroups[0]));
    }
    return out.sort((a, b) => a.order - b.order).map(({ order: _, ...issue }) => issue);
  }

  private column(field: string): Column {
    let col = this.columns.get(field);
    if (col === undefined) this.columns.set(field, (col = { dotGroups: [], commaGroups: [] }));
    return col;
  }
}

function rowOf(path: Path): number {
  return typeof path[1] === 'number' ? path[1] : -1;
}
