/**
 * From pasted table rows to a draft plan: header rows name the columns, section rows open
 * sections, a row with an empty STT continues the cells of the row above (a cell broken across a
 * page, as in the Cẩm Phả appendix), and every other row is a target or a key task.
 */
import { entryField, foldKeyword, type EntryField } from '../keywords.js';
import type { TsvRow } from './tsv.js';

/** A column's role: the STT, or an entry field. */
export type ColumnRole = 'stt' | EntryField;

/** One item of the drafted plan, in table order. */
export type DraftItem =
  | { readonly kind: 'section'; readonly number: string; readonly title: string; readonly line: number }
  | { readonly kind: 'comment'; readonly text: string; readonly line: number }
  | DraftEntry;

/** A target or task row, its cells joined across page breaks. */
export interface DraftEntry {
  readonly kind: 'target' | 'task';
  readonly stt: string;
  readonly line: number;
  /** Cell text per field (`description`, `statement`, `lead`, ...). */
  readonly cells: Partial<Record<EntryField, string>>;
}

/**
 * Something the importer could not place; the row is kept as a comment.
 *
 * @example
 * importTable('\t\tlạc\t\t\t\n*\tX\tĐạt trên 91%\t\t\t\n').warnings
 * // [{ line: 1, code: 'orphan_continuation', text: 'lạc' }, { line: 2, code: 'bad_stt', text: '*' }]
 */
export interface ImportWarning {
  readonly line: number;
  readonly code: 'orphan_continuation' | 'bad_stt';
  readonly text: string;
}

/** The drafted plan. */
export interface TableDraft {
  readonly items: readonly DraftItem[];
  /** The plan year, read from a header such as `Chỉ tiêu thực hiện trong năm 2023`. */
  readonly year?: number;
  readonly warnings: readonly ImportWarning[];
}

/** Column order assumed when the paste has no header row (the Cẩm Phả table I order). */
const DEFAULT_COLUMNS: readonly ColumnRole[] = ['stt', 'description', 'statement', 'lead', 'coordinators', 'note'];

const SECTION = /^((?:[IVXLC]+|\d+(?:\.\d+)*)\.|[a-zđ]\))\s+(\S.*)$/u;
const STT = /^(?:\d+|[IVXLC]+)(?:\.[0-9A-Za-z]+)*\.?$/i;

/**
 * Remove the markup a paste or a converter leaves (`<b>...</b>`, `**...**`, `## ` heading marks)
 * and surrounding spaces.
 *
 * @example
 * cleanCell('<b>1. Công tác tuyên truyền</b>') // "1. Công tác tuyên truyền"
 */
export function cleanCell(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:b|i|u|strong|em|span)[^>]*>/gi, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .trim();
}

/**
 * A section heading (`1. Công tác ...`, `II. NHIỆM VỤ TRỌNG TÂM`, `a) ...`), if the text is one.
 *
 * @example
 * sectionHeading('II. NHIỆM VỤ TRỌNG TÂM') // { number: 'II', title: 'NHIỆM VỤ TRỌNG TÂM' }
 */
export function sectionHeading(text: string): { number: string; title: string } | undefined {
  const m = SECTION.exec(text);
  if (!m) return undefined;
  return { number: m[1]!.slice(0, -1), title: m[2]!.trim() };
}

function columnRole(header: string): ColumnRole | undefined {
  const folded = foldKeyword(header);
  if (folded === 'stt' || folded === 'so tt' || folded === 'tt' || folded === 'so thu tu') return 'stt';
  return entryField(header);
}

function isHeaderRow(cells: readonly string[]): boolean {
  return columnRole(cells[0] ?? '') === 'stt' && cells.slice(1).some((c) => columnRole(c) !== undefined);
}

function appendCell(a: string | undefined, b: string): string {
  return a ? `${a} ${b}` : b;
}

class Drafter {
  readonly items: DraftItem[] = [];
  readonly warnings: ImportWarning[] = [];
  year: number | undefined;
  private columns: readonly (ColumnRole | undefined)[] = DEFAULT_COLUMNS;
  private kind: 'target' | 'task' = 'target';
  private last: { cells: Partial<Record<EntryField, string>> } | undefined;

  row(row: TsvRow): void {
    const cells = row.cells.map(cleanCell);
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) return;
    if (row.cells.length === 1) return this.loose(cells[0]!, row.line);
    if (isHeaderRow(cells)) return this.header(cells);
    const heading = filled.length === 1 ? sectionHeading(filled[0]!) : undefined;
    if (heading) return this.section(heading, row.line);
    const byRole = this.byRole(cells);
    const stt = byRole.stt ?? '';
    if (stt === '') return this.continuation(byRole, row.line, filled.join(' | '));
    if (!STT.test(stt)) {
      this.warnings.push({ line: row.line, code: 'bad_stt', text: stt });
      this.items.push({ kind: 'comment', text: filled.join(' | '), line: row.line });
      this.last = undefined;
      return;
    }
    if (this.isSectionRow(stt, byRole)) return this.section({ number: stt.replace(/\.$/, ''), title: byRole.description! }, row.line);
    const { stt: _stt, ...fields } = byRole;
    const entry: DraftEntry = { kind: this.kind, stt: stt.replace(/\.$/, ''), line: row.line, cells: fields };
    this.items.push(entry);
    this.last = entry;
  }

  /** A line without tabs: a heading outside the table, or a caption kept as a comment. */
  private loose(text: string, line: number): void {
    const heading = sectionHeading(text);
    if (heading) return this.section(heading, line);
    this.items.push({ kind: 'comment', text, line });
    this.last = undefined;
  }

  private header(cells: readonly string[]): void {
    this.columns = cells.map(columnRole);
    this.kind = this.columns.includes('timing') ? 'task' : 'target';
    for (const c of cells) {
      const year = /\bnam (\d{4})\b/.exec(foldKeyword(c));
      if (year) this.year = Number(year[1]);
    }
    this.last = undefined;
  }

  private section(heading: { number: string; title: string }, line: number): void {
    this.items.push({ kind: 'section', ...heading, line });
    this.last = undefined;
  }

  private byRole(cells: readonly string[]): Partial<Record<ColumnRole, string>> {
    const out: Partial<Record<ColumnRole, string>> = {};
    cells.forEach((text, i) => {
      const role = this.columns[i];
      if (role && text !== '') out[role] = appendCell(out[role], text);
    });
    return out;
  }

  /** In a target table, a bare number with a title and nothing else is a section row. */
  private isSectionRow(stt: string, byRole: Partial<Record<ColumnRole, string>>): boolean {
    if (this.kind !== 'target' || !/^(?:\d+|[IVXLC]+)\.?$/.test(stt) || !byRole.description) return false;
    return Object.keys(byRole).every((k) => k === 'stt' || k === 'description');
  }

  private continuation(byRole: Partial<Record<ColumnRole, string>>, line: number, text: string): void {
    const last = this.last;
    if (!last) {
      this.warnings.push({ line, code: 'orphan_continuation', text });
      this.items.push({ kind: 'comment', text, line });
      return;
    }
    for (const [role, value] of Object.entries(byRole) as [EntryField, string][]) {
      last.cells[role] = appendCell(last.cells[role], value);
    }
  }
}

/**
 * Draft a plan from pasted rows.
 *
 * @example
 * draftFromRows(readTsv(appendix)).items.filter((i) => i.kind === 'target').length // 25
 */
export function draftFromRows(rows: readonly TsvRow[]): TableDraft {
  const d = new Drafter();
  for (const row of rows) d.row(row);
  return { items: d.items, ...(d.year !== undefined ? { year: d.year } : {}), warnings: d.warnings };
}
