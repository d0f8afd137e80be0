/**
 * `chitieu import`: a table pasted from Word or Excel (tab-separated), or read from a Word file
 * (`chitieu/docx`), → a `.chitieu` plan. Both go through {@link importRows}.
 */
import { rejoinBrokenRows } from './rejoin.js';
import { draftFromRows, type BaselineFigure, type ImportWarning, type TableRow } from './table.js';
import { readTsv } from './tsv.js';
import { writePlanSource, type DraftHeader } from './write-plan.js';

/**
 * Options of {@link importTable}: header values the table itself does not hold.
 *
 * @example
 * importTable(tsv, { number: '102/KH-UBND', year: 2023, from: 'cam-pha-appendix.tsv' })
 */
export interface ImportTableOptions extends DraftHeader {
  /** Where the table came from, named in the first comment of the plan. */
  readonly from?: string;
}

/**
 * One row of the data file written from last year's column (`--baseline-out`): the shape
 * `parseObservations` reads.
 *
 * @example
 * ({ metric: '3', period: '2023', value: '11800' })
 */
export interface BaselineObservation {
  readonly metric: string;
  readonly period: string;
  readonly value: string;
}

/**
 * The plan text and what could not be placed.
 *
 * @example
 * importTable(readFileSync('cam-pha-appendix.tsv', 'utf8'), { number: '102/KH-UBND' })
 * // { source: '# ...', counts: { targets: 25, tasks: 11, sections: 5 }, warnings: [], baseline: [], observations: [] }
 */
export interface ImportTableResult {
  readonly source: string;
  readonly counts: { readonly targets: number; readonly tasks: number; readonly sections: number };
  readonly warnings: readonly ImportWarning[];
  /** Last year's figures of a resolution table, where they are in the table. */
  readonly baseline: readonly BaselineFigure[];
  /** The same figures as data rows (those whose year is known), for a data file `check` reads. */
  readonly observations: readonly BaselineObservation[];
}

/**
 * Options of {@link importRows}: those of {@link importTable}, lines for the plan's opening
 * comment, and header values read from the document (the options win over them).
 *
 * @example
 * importRows(rows, { from: 'ke-hoach.docx', read: { number: '102/KH-UBND' } })
 */
export interface ImportRowsOptions extends ImportTableOptions {
  /** Header values read from the document itself; an option given explicitly wins. */
  readonly read?: DraftHeader;
  /** What kind of source it was, for the opening comment (`bảng`, `tệp Word`). */
  readonly what?: string;
}

/**
 * Turn table rows (from a paste or a Word file) into `.chitieu` text: the importer shared by
 * {@link importTable} and `importDocx` (`chitieu/docx`).
 *
 * @example
 * importRows([{ cells: ['2.3', 'Giảm tội phạm', 'Giảm 07% so với năm 2022', 'Công an', '', ''], line: 1 }], { year: 2023 }).counts
 * // { targets: 1, tasks: 0, sections: 0 }
 */
export function importRows(rows: readonly TableRow[], options: ImportRowsOptions = {}): ImportTableResult {
  const draft = draftFromRows(rows);
  const { read = {}, what = 'bảng', from, ...given } = options;
  const year = given.year ?? draft.year ?? read.year;
  const header: DraftHeader = { ...read, ...given, ...(year !== undefined ? { year } : {}) };
  const intro = [
    `Nhập từ ${what}${from ? ` ${from}` : ''} bằng \`chitieu import\`.`,
    'Kiểm tra phần đầu; nhiều đơn vị chủ trì/phối hợp thì tách bằng dấu `;`.',
  ];
  const count = (kind: string): number => draft.items.filter((i) => i.kind === kind).length;
  const fallback = year !== undefined ? String(year - 1) : undefined;
  const observations = draft.baseline.flatMap((b) => {
    const period = b.period ?? fallback;
    return period === undefined ? [] : [{ metric: b.metric, period, value: b.value }];
  });
  return {
    source: writePlanSource(header, draft.items, intro),
    counts: { targets: count('target'), tasks: count('task'), sections: count('section') },
    warnings: draft.warnings,
    baseline: draft.baseline,
    observations,
  };
}

/**
 * Turn a pasted table into `.chitieu` text. Columns are named by the table's header row
 * (`STT`, `Danh mục chỉ tiêu`, `Chỉ tiêu thực hiện ...`, `Đơn vị chủ trì`, `Đơn vị phối hợp`,
 * `Ghi chú`; a `Thời gian thực hiện` column makes the rows key tasks; `Chỉ tiêu`, `Đơn vị
 * tính`, `Thực hiện năm trước`, `Kế hoạch năm` is the layout of a resolution, whose name, figure
 * and unit make the statement); a row with an empty STT continues the row above; headings
 * become sections; other lines become comments. A row that a line break inside a cell split
 * (Word copies without quotes) is joined back.
 *
 * @example
 * const { source } = importTable(readFileSync('bang.tsv', 'utf8'), { number: '102/KH-UBND' });
 * parsePlan(source) // parses
 */
export function importTable(text: string, options: ImportTableOptions = {}): ImportTableResult {
  return importRows(rejoinBrokenRows(readTsv(text.startsWith('\uFEFF') ? text.slice(1) : text)), options);
}
