/**
 * From table rows to a draft plan: header rows name the columns, section rows open sections, a
 * row with an empty STT continues the cells of the row above (a cell broken across a page, as
 * in the Cẩm Phả appendix), and every other row is a target or a key task. Rows come from a
 * pasted table (tsv.ts) or from a Word file (`chitieu/docx`): both layouts and every rule here
 * are shared. No cell is dropped: one the importer cannot place is kept as a comment and
 * reported with its row and column.
 */
import type { DecimalString } from '../../ast/types.js';
import { foldKeyword, type EntryField } from '../keywords.js';
import { columnRole, headerRoles, headerYear, isColumnNumberRow, type ColumnRole } from './columns.js';
import { baselineCell, composeStatement } from './resolution.js';

export type { ColumnRole } from './columns.js';

/**
 * One row of a table: its cells and where it is. For pasted text, `line` is the line the row
 * starts on; for a Word file, `table` is the table (1-based, in document order) and `line` the
 * row within it.
 *
 * @example
 * ({ cells: ['2.3', 'Giảm tội phạm', 'Giảm 07% so với năm 2022'], line: 12, table: 1 })
 */
export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
  readonly table?: number;
}

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
  /** Comment lines written inside the entry: last year's result, cells kept unplaced. */
  readonly comments: string[];
}

/**
 * A figure of last year's column (the resolution layout), for the data file.
 *
 * @example
 * ({ metric: '3', period: '2023', value: '11800', line: 7, table: 2 })
 */
export interface BaselineFigure {
  /** The metric id of the row's first clause: its STT, or its `Mã`. */
  readonly metric: string;
  /** The year the column names (`Thực hiện năm 2023`), else the year before the plan year. */
  readonly period?: string;
  readonly value: DecimalString;
  readonly line: number;
  readonly table?: number;
}

/**
 * Something the importer could not place. The text is never dropped: it stays in the plan as a
 * comment. Codes:
 * - `orphan_continuation`: a row with an empty STT and no row above to continue
 * - `bad_stt`: an STT that is not a number (`*`, `a.b-c`)
 * - `unplaced_cell`: a cell in a column the header does not name, or beyond the header
 * - `not_a_figure`: a cell of last year's column that is not a figure (`khoảng 7`)
 * - `no_figure`: a row of the resolution layout whose plan-figure cell is empty
 * - `unread_table`: a table of a Word file with no header row naming its columns (not read)
 *
 * `line` is the line of pasted text, or for a Word file the row of table `table`; `column` is
 * 1-based.
 *
 * @example
 * importTable('\t\tlạc\t\t\t\n*\tX\tĐạt trên 91%\t\t\t\n').warnings
 * // [{ line: 1, code: 'orphan_continuation', text: 'lạc' }, { line: 2, code: 'bad_stt', text: '*', column: 1 }]
 */
export interface ImportWarning {
  readonly line: number;
  readonly table?: number;
  readonly column?: number;
  readonly code: 'orphan_continuation' | 'bad_stt' | 'unplaced_cell' | 'not_a_figure' | 'no_figure' | 'unread_table';
  readonly text: string;
}

/** The drafted plan. */
export interface TableDraft {
  readonly items: readonly DraftItem[];
  /** The plan year, read from a header such as `Chỉ tiêu thực hiện trong năm 2023`. */
  readonly year?: number;
  /** Last year's figures, from the resolution layout's column. */
  readonly baseline: readonly BaselineFigure[];
  readonly warnings: readonly ImportWarning[];
}

/** Column order assumed when the paste has no header row (the Cẩm Phả table I order). */
const DEFAULT_COLUMNS: readonly ColumnRole[] = ['stt', 'description', 'statement', 'lead', 'coordinators', 'note'];

const SECTION = /^((?:[IVXLC]+|\d+(?:\.\d+)*)\.|[a-zđ]\))\s+(\S.*)$/su;
const STT = /^(?:\d+|[IVXLC]+)(?:\.[0-9A-Za-z]+)*\.?$/i;
/** The STT of a sub-indicator in a resolution table: blank, a dash or a letter. */
const SUB_STT = /^(?:|[-–—+*•]|[a-zđ]\)?)$/u;

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
  return { number: m[1]!.slice(0, -1), title: m[2]!.replace(/\s+/g, ' ').trim() };
}

function appendCell(a: string | undefined, b: string): string {
  return a ? `${a} ${b}` : b;
}

/** An entry while the table is read: the cells of the resolution columns are kept apart. */
interface OpenEntry extends DraftEntry {
  readonly table?: number;
  readonly parts: Partial<Record<'unit' | 'baseline' | 'figure', string>>;
  /** The columns of `figure` and `baseline`, for warnings. */
  readonly at: Partial<Record<'baseline' | 'figure', number>>;
  readonly resolution: boolean;
}

type ByRole = Partial<Record<ColumnRole, string>>;

class Drafter {
  readonly items: DraftItem[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly baseline: BaselineFigure[] = [];
  year: number | undefined;
  private baselineYear: number | undefined;
  private columns: readonly (ColumnRole | undefined)[] = DEFAULT_COLUMNS;
  private names: readonly string[] = [];
  private kind: 'target' | 'task' = 'target';
  private last: OpenEntry | undefined;
  /** The last entry with an STT of its own, the parent of a resolution table's sub-rows. */
  private parent: { entry: OpenEntry; subs: number } | undefined;
  private roman: string | undefined;
  private readonly used = new Set<string>();
  /** The open section of each numbering style (Roman, Arabic, letter), as `number|folded title`. */
  private readonly opened: string[] = [];
  private readonly entries: OpenEntry[] = [];

  private get resolution(): boolean {
    return this.columns.includes('figure') || this.columns.includes('unit');
  }

  row(row: TableRow): void {
    const cells = row.cells.map(cleanCell);
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) return;
    if (row.cells.length === 1) return this.loose(cells[0]!, row);
    const roles = headerRoles(cells);
    if (columnRole(cells[0] ?? '') === 'stt' && roles.slice(1).some((r) => r !== undefined)) return this.header(cells, roles);
    if (isColumnNumberRow(cells)) return;
    const heading = filled.length === 1 && cells[0] !== '' ? sectionHeading(filled[0]!) : undefined;
    if (heading) return this.section(heading, row.line);
    const { byRole, unplaced } = this.byRole(cells);
    const stt = (byRole.stt ?? '').replace(/\s+/g, '');
    if (this.resolution && this.parent && SUB_STT.test(stt) && byRole.description && byRole.figure) {
      return this.subRow(stt, byRole, unplaced, row);
    }
    if (stt === '') return this.continuation(byRole, unplaced, row, filled.join(' | '));
    const letter = /^([a-zđ])[).]?$/u.exec(stt);
    if (letter && byRole.description && Object.keys(byRole).every((k) => k === 'stt' || k === 'description')) {
      return this.section({ number: letter[1]!, title: byRole.description }, row.line);
    }
    if (!STT.test(stt)) {
      this.warn(row, 'bad_stt', stt, this.columns.indexOf('stt') + 1);
      this.items.push({ kind: 'comment', text: filled.join(' | '), line: row.line });
      this.last = undefined;
      return;
    }
    if (this.isSectionRow(stt, byRole)) return this.section({ number: stt.replace(/\.$/, ''), title: byRole.description! }, row.line);
    const entry = this.open(stt.replace(/\.$/, ''), byRole, row);
    this.parent = { entry, subs: 0 };
    this.keepUnplaced(entry, unplaced, row);
  }

  /** Close the draft: compose the resolution rows' statements, read last year's figures. */
  finish(): void {
    for (const e of this.entries) if (e.resolution) this.compose(e);
  }

  private warn(row: TableRow, code: ImportWarning['code'], text: string, column?: number): void {
    this.warnings.push({
      line: row.line,
      ...(row.table !== undefined ? { table: row.table } : {}),
      code,
      text,
      ...(column !== undefined && column > 0 ? { column } : {}),
    });
  }

  private open(stt: string, byRole: ByRole, row: TableRow, comment?: string): OpenEntry {
    const { stt: _stt, unit, baseline, figure, ...fields } = byRole;
    const entry: OpenEntry = {
      kind: this.kind,
      stt,
      line: row.line,
      ...(row.table !== undefined ? { table: row.table } : {}),
      cells: fields,
      comments: comment ? [comment] : [],
      parts: { ...(unit ? { unit } : {}), ...(baseline ? { baseline } : {}), ...(figure ? { figure } : {}) },
      at: { figure: this.columns.indexOf('figure') + 1, baseline: this.columns.indexOf('baseline') + 1 },
      resolution: this.resolution,
    };
    const id = this.kind === 'task' && this.roman ? `${this.roman}.${stt}` : stt;
    if (this.used.has(id) && !fields.id) {
      const renamed = this.roman && !this.used.has(`${this.roman}.${stt}`) ? `${this.roman}.${stt}` : `${stt}.${this.entries.length + 1}`;
      entry.cells.id = renamed;
      entry.comments.push(`STT ${stt} đã có ở trên: mã ${renamed} (STT ${stt} is used above: id ${renamed})`);
      this.used.add(renamed);
    } else {
      this.used.add(fields.id ?? id);
    }
    this.items.push(entry);
    this.entries.push(entry);
    this.last = entry;
    return entry;
  }

  /** A sub-indicator of a resolution table (`- Trong đó: thu nội địa`), under the row above. */
  private subRow(stt: string, byRole: ByRole, unplaced: readonly [number, string][], row: TableRow): void {
    const parent = this.parent!;
    parent.subs += 1;
    const letter = /^[a-zđ]/u.test(stt) ? stt.replace(/\)$/, '').replace('đ', 'd') : String.fromCharCode(96 + parent.subs);
    const id = `${parent.entry.stt}.${letter}`;
    const why = `STT \`${stt || ' '}\` trong bảng: chỉ tiêu con của ${parent.entry.stt}, đặt số ${id} (a sub-indicator of ${parent.entry.stt}, numbered ${id})`;
    const entry = this.open(id, byRole, row, why);
    this.keepUnplaced(entry, unplaced, row);
  }

  /** A line without tabs: a heading outside the table, or a caption kept as a comment. */
  private loose(text: string, row: TableRow): void {
    const heading = sectionHeading(text);
    if (heading) return this.section(heading, row.line);
    this.items.push({ kind: 'comment', text, line: row.line });
    this.last = undefined;
  }

  private header(cells: readonly string[], roles: readonly (ColumnRole | undefined)[]): void {
    // The header repeated at the top of the next page: the row above may still continue.
    const repeated = roles.length === this.columns.length && roles.every((r, i) => r === this.columns[i]);
    this.columns = roles;
    this.names = cells;
    this.kind = roles.includes('timing') ? 'task' : 'target';
    const figure = roles.indexOf('figure');
    for (const [i, c] of cells.entries()) {
      const year = headerYear(c);
      if (year === undefined) continue;
      if (roles[i] === 'baseline') this.baselineYear = year;
      else if (figure < 0 || i === figure) this.year = year;
    }
    if (!repeated) {
      this.last = undefined;
      this.parent = undefined;
    }
  }

  private section(heading: { number: string; title: string }, line: number): void {
    this.last = undefined;
    this.parent = undefined;
    // The section already open, named again (a Word file's heading before a table whose part
    // the table above opened, a group row repeated on the next page): the same section.
    const style = /^[IVXLC]+$/.test(heading.number) ? 0 : /^[a-zđ]$/u.test(heading.number) ? 2 : 1;
    const key = `${heading.number}|${foldKeyword(heading.title)}`;
    if (this.opened[style] === key) return;
    this.opened[style] = key;
    this.opened.length = style + 1;
    this.items.push({ kind: 'section', ...heading, line });
    if (style === 0) this.roman = heading.number;
  }

  /** The cells by role, and the cells of columns without one (1-based column, text). */
  private byRole(cells: readonly string[]): { byRole: ByRole; unplaced: [number, string][] } {
    const byRole: ByRole = {};
    const unplaced: [number, string][] = [];
    cells.forEach((text, i) => {
      if (text === '') return;
      const role = this.columns[i];
      if (role) byRole[role] = appendCell(byRole[role], text);
      else unplaced.push([i + 1, text]);
    });
    return { byRole, unplaced };
  }

  /** Report the cells no column names, and keep them inside the entry as comments. */
  private keepUnplaced(entry: DraftEntry | undefined, unplaced: readonly [number, string][], row: TableRow): void {
    for (const [column, text] of unplaced) {
      this.warn(row, 'unplaced_cell', text, column);
      const name = this.names[column - 1];
      const label = name ? `Cột ${column} (${name.replace(/\s+/g, ' ')})` : `Cột ${column}`;
      const line = `${label}: ${text}`;
      if (entry) entry.comments.push(line);
      else this.items.push({ kind: 'comment', text: line, line: row.line });
    }
  }

  /**
   * A bare number (`3`, `II`) with a title and nothing else is a section row: a group heading
   * in a target or a task table (a task without a timing would not be one).
   */
  private isSectionRow(stt: string, byRole: ByRole): boolean {
    if (!/^(?:\d+|[IVXLC]+)\.?$/.test(stt) || !byRole.description) return false;
    return Object.keys(byRole).every((k) => k === 'stt' || k === 'description');
  }

  private continuation(byRole: ByRole, unplaced: readonly [number, string][], row: TableRow, text: string): void {
    const last = this.last;
    if (!last) {
      this.warn(row, 'orphan_continuation', text);
      this.items.push({ kind: 'comment', text, line: row.line });
      return;
    }
    for (const [role, value] of Object.entries(byRole) as [ColumnRole, string][]) {
      if (role === 'stt') continue;
      if (role === 'unit' || role === 'baseline' || role === 'figure') last.parts[role] = appendCell(last.parts[role], value);
      else last.cells[role] = appendCell(last.cells[role], value);
    }
    this.keepUnplaced(last, unplaced, row);
  }

  private compose(e: OpenEntry): void {
    const where: TableRow = { cells: [], line: e.line, ...(e.table !== undefined ? { table: e.table } : {}) };
    const statement = composeStatement(e.cells.description ?? '', e.parts.figure ?? '', e.parts.unit);
    if (statement === '' || !e.parts.figure) this.warn(where, 'no_figure', e.cells.description ?? e.stt, e.at.figure);
    else e.cells.statement = e.cells.statement ? `${e.cells.statement} ${statement}` : statement;
    if (e.parts.unit && !e.parts.figure) e.comments.push(`Đơn vị tính: ${e.parts.unit}`);
    if (e.parts.baseline === undefined) return;
    const label = this.names[(e.at.baseline ?? 0) - 1]?.replace(/\s+/g, ' ') ?? 'Thực hiện năm trước';
    e.comments.push(`${label}: ${e.parts.baseline}${e.parts.unit ? ` (${e.parts.unit})` : ''}`);
    const cell = baselineCell(e.parts.baseline);
    if (cell.kind === 'not_a_figure') this.warn(where, 'not_a_figure', cell.text, e.at.baseline);
    if (cell.kind !== 'figure') return;
    const year = this.baselineYear ?? (this.year !== undefined ? this.year - 1 : undefined);
    this.baseline.push({
      metric: e.cells.id ?? e.stt,
      ...(year !== undefined ? { period: String(year) } : {}),
      value: cell.value,
      line: e.line,
      ...(e.table !== undefined ? { table: e.table } : {}),
    });
  }
}

/**
 * Draft a plan from table rows.
 *
 * @example
 * draftFromRows(readTsv(appendix)).items.filter((i) => i.kind === 'target').length // 25
 */
export function draftFromRows(rows: readonly TableRow[]): TableDraft {
  const d = new Drafter();
  for (const row of rows) d.row(row);
  d.finish();
  return { items: d.items, ...(d.year !== undefined ? { year: d.year } : {}), baseline: d.baseline, warnings: d.warnings };
}

