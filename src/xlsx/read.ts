/**
 * Observed data from an .xlsx workbook: one sheet read as a table (`parseObservationsTable`),
 * from bytes (a file, an upload, a fetch): no `node:` module, so it runs in a browser too.
 */
import { DataError } from '../data/data-error.js';
import { parseObservationsTable } from '../data/table.js';
import type { ParseObservationsOptions } from '../data/parse-observations.js';
import type { ObservationSet } from '../data/types.js';
import { foldKey } from '../text/fold.js';
import { tableCell, type TableCell } from './cells.js';
import { excel } from './exceljs.js';

/**
 * Options of `readObservationsXlsx`.
 *
 * @example
 * await readObservationsXlsx(bytes, { sheet: 'Số liệu' })
 */
export interface ReadXlsxOptions extends Omit<ParseObservationsOptions, 'lines'> {
  /** The sheet to read, by name (case and diacritics aside); default the first. */
  readonly sheet?: string;
}

/**
 * Read observed data from an .xlsx workbook: the first sheet, or `sheet`; its first non-empty
 * row is the header (English field names or Vietnamese headers, as in CSV). Numeric cells are
 * numbers whatever their format (a percentage cell's 0.075 is 7,5: the figure it shows); text
 * cells are read with the plan's number rule, column by column; date cells are `YYYY-MM-DD`.
 * Rows with nothing to judge (the template's rows left empty) are read past. Issues name the
 * row as Excel numbers it and the column by its header. An unreadable file or a missing sheet
 * is a `DataError` with code `invalid_xlsx`.
 *
 * @example
 * const data = await readObservationsXlsx(await readFile('so-lieu.xlsx'))
 * evaluatePlan(plan, data, { asOf: '2023-12-31' })
 */
export async function readObservationsXlsx(bytes: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<ObservationSet> {
  const { Workbook } = await excel();
  const book = new Workbook();
  try {
    // exceljs takes a Uint8Array or an ArrayBuffer (its types say Buffer, a Uint8Array in Node).
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (e) {
    throw new DataError([{ code: 'invalid_xlsx', path: [], expected: 'xlsx', found: e instanceof Error ? e.message.slice(0, 80) : String(e) }]);
  }
  const sheets = book.worksheets;
  const { sheet: wanted, ...rest } = options;
  const sheet = wanted === undefined ? sheets[0] : sheets.find((s) => s.name === wanted) ?? sheets.find((s) => foldKey(s.name) === foldKey(wanted));
  if (sheet === undefined) {
    const names = sheets.map((s) => s.name).join(', ');
    throw new DataError([{ code: 'invalid_xlsx', path: ['sheet'], expected: 'sheet', found: wanted === undefined ? '' : `${wanted} (${names})` }]);
  }
  const records: TableCell[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = tableCell(cell);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) return;
    records.push(cells);
    lines.push(number);
  });
  if (records.length === 0) return { observations: [], warnings: [] };
  return parseObservationsTable(records, { ...rest, lines, skipEmptyRows: true });
}
