/**
 * Writing a drafted plan as `.chitieu` text: the header, sections at column 1, one entry per
 * row with its fields indented, multi-line cells as indented continuation lines.
 */
import { ENTRY_FIELD_NAMES, entryField, headerField, type EntryField } from '../keywords.js';
import { classifyLine } from '../lines.js';
import type { DraftEntry, DraftItem } from './table.js';

/**
 * Header values of an imported plan (any may be missing; a missing one is written as a comment
 * to fill in). `date` is written as the document writes it, `dd/mm/yyyy`.
 *
 * @example
 * ({ number: '102/KH-UBND', date: '05/04/2023', year: 2023, implements: ['56/KH-UBND, ngày 27/02/2023 ...'] })
 */
export interface DraftHeader {
  readonly number?: string;
  readonly title?: string;
  readonly issuer?: string;
  readonly date?: string;
  readonly year?: number;
  /** What the plan implements: one reference, or several (one `Thực hiện kế hoạch:` line each). */
  readonly implements?: string | readonly string[];
}

const FIELD_ORDER: Readonly<Record<'target' | 'task', readonly EntryField[]>> = {
  target: ['id', 'statement', 'lead', 'coordinators', 'note'],
  task: ['id', 'lead', 'coordinators', 'timing', 'note'],
};

/**
 * Whether a continuation line would be misread as a field (`Ghi chú: ...` inside a cell), in
 * which case it is joined to the line before instead.
 */
function readsAsField(line: string): boolean {
  const l = classifyLine(`    ${line}`, 1, 0);
  return l.kind === 'keyed' && (entryField(l.name.text) !== undefined || headerField(l.name.text) !== undefined);
}

/** Lines of a value: the first after `Name: `, the rest indented under it. */
function valueLines(value: string): string[] {
  const out: string[] = [];
  for (const raw of value.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (out.length > 0 && (readsAsField(line) || line.startsWith('#'))) out[out.length - 1] += ` ${line}`;
    else out.push(line);
  }
  return out;
}

function field(name: string, value: string, indent: string): string[] {
  const [first = '', ...rest] = valueLines(value);
  return [`${indent}${name}: ${first}`.trimEnd(), ...rest.map((l) => `${indent}    ${l}`)];
}

function entryLines(entry: DraftEntry): string[] {
  const keyword = entry.kind === 'target' ? 'Chỉ tiêu' : 'Nhiệm vụ';
  const [first = '', ...rest] = valueLines(entry.cells.description ?? '');
  const lines = [`${keyword} ${entry.stt}: ${first}`.trimEnd(), ...rest.map((l) => `    ${l}`)];
  for (const f of FIELD_ORDER[entry.kind]) {
    const value = entry.cells[f];
    const required = f === (entry.kind === 'target' ? 'statement' : 'timing');
    if (value !== undefined && value !== '') lines.push(...field(ENTRY_FIELD_NAMES[f], value, '  '));
    else if (required) lines.push(`  ${ENTRY_FIELD_NAMES[f]}:`);
  }
  for (const c of entry.comments) lines.push(...c.split(/\r\n|\r|\n/).map((l) => `  # ${l}`.trimEnd()));
  return lines;
}

function headerLines(header: DraftHeader): string[] {
  const line = (name: string, value: string | number | undefined, example: string): string =>
    value === undefined || value === '' ? `# ${name}: ${example}` : `${name}: ${value}`;
  return [
    line('Số', header.number, '.../KH-...'),
    line('Tên', header.title, '...'),
    line('Cơ quan ban hành', header.issuer, '...'),
    line('Ngày', header.date, 'dd/mm/yyyy'),
    line('Năm', header.year, 'yyyy'),
    ...(typeof header.implements === 'object' && header.implements.length > 0
      ? header.implements.map((ref) => line('Thực hiện kế hoạch', ref, ''))
      : [line('Thực hiện kế hoạch', typeof header.implements === 'string' ? header.implements : undefined, '.../KH-... ngày dd/mm/yyyy của ...')]),
  ];
}

/**
 * Write a drafted plan as `.chitieu` text.
 *
 * @example
 * writePlanSource({ year: 2023 }, [{ kind: 'target', stt: '2.3', line: 1, cells: { statement: 'Giảm 07% so với năm 2022' }, comments: [] }])
 * // "...Năm: 2023\n...\nChỉ tiêu 2.3:\n  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022\n"
 */
export function writePlanSource(header: DraftHeader, items: readonly DraftItem[], intro: readonly string[] = []): string {
  const out: string[] = [...intro.map((l) => `# ${l}`), ...headerLines(header)];
  let previous: DraftItem['kind'] | undefined;
  for (const item of items) {
    if (item.kind === 'comment') {
      if (previous !== 'comment') out.push('');
      for (const l of item.text.split(/\r\n|\r|\n/)) out.push(`# ${l}`.trimEnd());
    } else if (item.kind === 'section') {
      out.push('', /^[a-zđ]$/u.test(item.number) ? `${item.number}) ${item.title}` : `${item.number}. ${item.title}`);
    } else {
      out.push('', ...entryLines(item));
    }
    previous = item.kind;
  }
  return `${out.join('\n')}\n`;
}
