/**
 * `chitieu import ke-hoach.docx`: the tables of a Word plan → a `.chitieu` plan, through the
 * same importer as a pasted table (`importRows`): both layouts, section rows, continuation rows
 * and every warning are shared. The header comes from the document's first lines; the heading
 * right before a table (`II. NHIỆM VỤ TRỌNG TÂM`) opens its section. Prose outside the tables
 * is not copied: the importer reads tables.
 */
import { readHeaderLines } from '../plan/import/header-lines.js';
import { importRows, type ImportTableOptions, type ImportTableResult } from '../plan/import/import-table.js';
import { isHeaderRow } from '../plan/import/columns.js';
import { sectionHeading, type TableRow } from '../plan/import/table.js';
import type { DraftHeader } from '../plan/import/write-plan.js';
import { gridRows } from './grid.js';
import { readDocx, type DocxBlock, type DocxTable } from './read-docx.js';

/**
 * Options of {@link importDocx}: header values to set (they win over what the document's first
 * lines say), and the file's name for the plan's opening comment.
 *
 * @example
 * importDocx(bytes, { from: 'ke-hoach.docx', number: '102/KH-UBND' })
 */
export type ImportDocxOptions = ImportTableOptions;

/**
 * What {@link importDocx} gives: the plan text, counts, warnings and last year's figures as
 * for a pasted table, plus the header read from the document and how many tables were read.
 *
 * @example
 * const r = importDocx(bytes);
 * r.header.number // '102/KH-UBND'
 * r.tables        // 2
 */
export interface ImportDocxResult extends ImportTableResult {
  /** The header values read from the document's first lines. */
  readonly header: DraftHeader;
  /** How many tables were read as plan tables (layout tables such as the header's are not). */
  readonly tables: number;
}

/** A borderless layout table: the header (issuer | motto) or the signature (`Nơi nhận`). */
function isLayout(rows: readonly TableRow[]): boolean {
  const text = rows.flatMap((r) => r.cells).join('\n');
  return /CỘNG HÒA XÃ HỘI CHỦ NGHĨA|Nơi nhận|^Số\s*[:.]/imu.test(text);
}

const STT_CELL = /^(?:\d+|[IVXLC]+)(?:\.\d+)*\.?$/;

/** Whether the rows are a plan table: a header row names its columns, or STT rows fill three or more columns. */
function isPlanTable(table: DocxTable, rows: readonly TableRow[]): boolean {
  if (rows.some((r) => isHeaderRow(r.cells))) return true;
  return !isLayout(rows) && table.columns >= 3 && rows.some((r) => STT_CELL.test(r.cells[0] ?? ''));
}

/** Headings right before a table (after its caption lines): `II. NHIỆM VỤ TRỌNG TÂM`. */
function headingsBefore(blocks: readonly DocxBlock[], end: number, start: number): string[] {
  const found: string[] = [];
  let captions = 0;
  for (let i = end - 1; i >= start; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') break;
    const text = b.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const heading = sectionHeading(text);
    if (heading) {
      found.unshift(text);
      if (/^[IVXLC]+$/.test(heading.number)) break;
      continue;
    }
    if (found.length > 0 || text.length > 160 || /^phụ lục\b/iu.test(text) || ++captions > 3) break;
  }
  return found;
}

/**
 * Import the tables of a Word (.docx) plan: the appendix layout (`STT | Danh mục chỉ tiêu |
 * Chỉ tiêu thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú`), the key-task table
 * (`Thời gian thực hiện`) and the resolution layout (`STT | Chỉ tiêu | Đơn vị tính | Thực hiện
 * năm trước | Kế hoạch năm`), with merged cells, multi-paragraph cells, Roman-numbered section
 * rows and header rows repeated across pages. Takes the file's bytes (it runs in browsers
 * too); throws {@link DocxError} for a file that is not a Word document.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { importDocx } from 'chitieu/docx';
 * const r = importDocx(readFileSync('ke-hoach.docx'), { from: 'ke-hoach.docx' });
 * r.counts   // { targets: 25, tasks: 11, sections: 5 }
 * r.source   // '# Nhập từ tệp Word ke-hoach.docx ...\nSố: 102/KH-UBND\n...'
 */
export function importDocx(bytes: Uint8Array, options: ImportDocxOptions = {}): ImportDocxResult {
  const { blocks } = readDocx(bytes);
  const rows: TableRow[] = [];
  const headLines: string[] = [];
  let inHead = true;
  let previous = 0;
  let tables = 0;
  const unread: TableRow[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') {
      if (inHead && /^[IVXLC]+\.\s/.test(b.text.trim())) inHead = false;
      if (inHead) headLines.push(b.text);
      return;
    }
    const table = gridRows(b);
    if (!isPlanTable(b, table)) {
      if (inHead) headLines.push(...table.flatMap((r) => r.cells));
      else if (!isLayout(table)) unread.push({ cells: [table.flatMap((r) => r.cells).filter((c) => c !== '').join(' | ')], line: 1, table: b.number });
      return;
    }
    inHead = false;
    tables += 1;
    for (const h of headingsBefore(blocks, i, previous)) rows.push({ cells: [h], line: 0 });
    rows.push(...table);
    previous = i + 1;
  });
  const header = readHeaderLines(headLines);
  const result = importRows(rows, { ...options, read: header, what: 'tệp Word' });
  const warnings = [...result.warnings, ...unread.map((u) => ({ line: 1, table: u.table!, code: 'unread_table' as const, text: u.cells[0]!.slice(0, 200) }))];
  return { ...result, warnings, header, tables };
}
