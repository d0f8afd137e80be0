/**
 * `chitieu import`: a table pasted from Word or Excel (tab-separated) → a `.chitieu` plan.
 */
import { draftFromRows, type ImportWarning } from './table.js';
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
 * The plan text and what could not be placed.
 *
 * @example
 * importTable(readFileSync('cam-pha-appendix.tsv', 'utf8'), { number: '102/KH-UBND' })
 * // { source: '# ...', counts: { targets: 25, tasks: 11, sections: 5 }, warnings: [] }
 */
export interface ImportTableResult {
  readonly source: string;
  readonly counts: { readonly targets: number; readonly tasks: number; readonly sections: number };
  readonly warnings: readonly ImportWarning[];
}

/**
 * Turn a pasted table into `.chitieu` text. Columns are named by the table's header row
 * (`STT`, `Danh mục chỉ tiêu`, `Chỉ tiêu thực hiện ...`, `Đơn vị chủ trì`, `Đơn vị phối hợp`,
 * `Ghi chú`; a `Thời gian thực hiện` column makes the rows key tasks); a row with an empty STT
 * continues the row above; headings become sections; other lines become comments.
 *
 * @example
 * const { source } = importTable(readFileSync('bang.tsv', 'utf8'), { number: '102/KH-UBND' });
 * parsePlan(source) // parses
 */
export function importTable(text: string, options: ImportTableOptions = {}): ImportTableResult {
  const draft = draftFromRows(readTsv(text.startsWith('\uFEFF') ? text.slice(1) : text));
  const year = options.year ?? draft.year;
  const header: DraftHeader = { ...options, ...(year !== undefined ? { year } : {}) };
  const intro = [
    `Nhập từ bảng${options.from ? ` ${options.from}` : ''} bằng \`chitieu import\`.`,
    'Kiểm tra phần đầu; nhiều đơn vị chủ trì/phối hợp thì tách bằng dấu `;`.',
  ];
  const count = (kind: string): number => draft.items.filter((i) => i.kind === kind).length;
  return {
    source: writePlanSource(header, draft.items, intro),
    counts: { targets: count('target'), tasks: count('task'), sections: count('section') },
    warnings: draft.warnings,
  };
}
