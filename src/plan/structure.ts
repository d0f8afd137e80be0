/**
 * The second pass over a `.chitieu` file: group classified lines into the header, nested
 * sections and entries with their fields. Values are still raw line pieces here; statements are
 * parsed later (parse-plan.ts). Every problem becomes a diagnostic and the pass goes on, so one
 * run reports all of them.
 */
import type { Span } from '../ast/types.js';
import type { Lang } from '../diagnostics/index.js';
import { planDiagnostic, type PlanDiagnostic } from './diagnostics.js';
import {
  ENTRY_FIELD_NAMES,
  HEADER_FIELD_NAMES,
  entryField,
  headerField,
  suggestField,
  type EntryField,
  type HeaderField,
} from './keywords.js';
import { looksLikeEntry, type LinePiece, type PlanLine } from './lines.js';

/** A field as written: its name and the pieces of its value (the first line, then continuations). */
export interface RawField {
  readonly name: LinePiece;
  readonly pieces: LinePiece[];
}

/** A target or task entry before its statements are parsed. */
export interface RawEntry {
  readonly kind: 'target' | 'task';
  readonly stt: LinePiece;
  /** `Chỉ tiêu 2.3` / `Nhiệm vụ 1` as written, for messages. */
  readonly label: string;
  readonly fields: Map<EntryField, RawField>;
  /** Numbers of the enclosing sections, outermost first. */
  readonly sections: readonly string[];
  span: Span;
}

/** A section before its entries are finished. */
export interface RawSection {
  readonly kind: 'section';
  readonly number: LinePiece;
  readonly title: RawField;
  readonly rank: number;
  readonly children: RawNode[];
  span: Span;
}

export type RawNode = RawSection | RawEntry;

/** The grouped document. */
export interface RawPlan {
  readonly header: Map<HeaderField, RawField[]>;
  readonly headerSpan: Span;
  readonly body: RawNode[];
  readonly diagnostics: PlanDiagnostic[];
}

/** Which fields each entry kind takes. */
const ALLOWED: Readonly<Record<'target' | 'task', readonly EntryField[]>> = {
  target: ['description', 'statement', 'lead', 'coordinators', 'note', 'id'],
  task: ['description', 'timing', 'lead', 'coordinators', 'note', 'id'],
};

/** What may start a line at column 1, for `unexpected_line`. */
const LINE_FORMS = ['1. <tên mục>', 'Chỉ tiêu <STT>: <danh mục>', 'Nhiệm vụ <STT>: <nội dung>', '<Trường>: <giá trị>', '# <ghi chú>'];

/**
 * The nesting rank of a section number: Roman parts hold Arabic sections, which hold deeper
 * Arabic ones (`1.2`), which hold lettered ones (`a`).
 *
 * @example
 * sectionRank('II') // 0
 * sectionRank('1.2') // 2
 * sectionRank('a') // 10
 */
export function sectionRank(number: string): number {
  if (/^[IVXLC]+$/.test(number)) return 0;
  if (/^\d/.test(number)) return number.split('.').length;
  return 10;
}

function extend(span: Span, to: Span): Span {
  return to.end > span.end ? { start: span.start, end: to.end, line: span.line, column: span.column } : span;
}

class Builder {
  readonly header = new Map<HeaderField, RawField[]>();
  headerSpan: Span | undefined;
  readonly body: RawNode[] = [];
  readonly diagnostics: PlanDiagnostic[] = [];
  private readonly stack: RawSection[] = [];
  private entry: RawEntry | undefined;
  /** The field indented text continues, if any. */
  private current: RawField | undefined;
  private inBody = false;

  constructor(private readonly lang: Lang) {}

  error(d: Omit<PlanDiagnostic, 'message' | 'severity'>): void {
    this.diagnostics.push(planDiagnostic(this.lang, { severity: 'error', ...d }));
  }

  line(l: PlanLine): void {
    switch (l.kind) {
      case 'blank':
      case 'comment':
        return;
      case 'section':
        return this.section(l.number, l.title, l);
      case 'entry':
        return this.openEntry(l.entry, l.stt, l.text, l);
      case 'keyed':
        return this.keyed(l);
      case 'text':
        return this.text(l.body, l.indented);
    }
  }

  private grow(span: Span): void {
    if (this.entry) this.entry.span = extend(this.entry.span, span);
    for (const s of this.stack) s.span = extend(s.span, span);
  }

  private attach(node: RawNode): void {
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.children : this.body).push(node);
  }

  private section(number: LinePiece, title: LinePiece, l: PlanLine): void {
    this.inBody = true;
    this.entry = undefined;
    const rank = sectionRank(number.text);
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.rank >= rank) this.stack.pop();
    const span = { start: l.offset, end: title.span.end, line: l.line, column: 1 };
    const section: RawSection = { kind: 'section', number, title: { name: number, pieces: [title] }, rank, children: [], span };
    this.attach(section);
    this.stack.push(section);
    this.current = section.title;
  }

  private openEntry(kind: 'target' | 'task', stt: LinePiece, text: LinePiece, l: PlanLine): void {
    this.inBody = true;
    const span = { start: l.offset, end: l.offset + l.raw.trimEnd().length, line: l.line, column: 1 };
    const label = l.raw.slice(0, stt.span.end - l.offset).trim();
    const description: RawField = { name: { text: label, span: stt.span }, pieces: [text] };
    const entry: RawEntry = {
      kind,
      stt,
      label,
      fields: new Map([['description', description]]),
      sections: this.stack.map((s) => s.number.text),
      span,
    };
    this.attach(entry);
    this.grow(span);
    this.entry = entry;
    this.current = description;
  }

  private keyed(l: Extract<PlanLine, { kind: 'keyed' }>): void {
    if (!this.inBody) return this.headerKeyed(l);
    const entry = this.entry;
    const field = entryField(l.name.text);
    if (entry && field) return this.entryField(entry, field, l);
    const suggestion = suggestField(l.name.text, 'entry');
    const header = headerField(l.name.text);
    if (entry && header) {
      this.current = undefined;
      const expected = ALLOWED[entry.kind].map((f) => ENTRY_FIELD_NAMES[f]);
      return this.error({ code: 'field_not_allowed', range: l.name.span, found: l.name.text, expected });
    }
    if (l.indented && this.current && !field && !suggestion) return this.text(l.body, true);
    if (!entry && field) {
      this.current = undefined;
      return this.error({ code: 'field_not_allowed', range: l.name.span, found: l.name.text, expected: ['Chỉ tiêu <STT>', 'Nhiệm vụ <STT>'] });
    }
    this.current = undefined;
    const expected = entry ? ALLOWED[entry.kind].map((f) => ENTRY_FIELD_NAMES[f]) : LINE_FORMS;
    this.error({
      code: 'unknown_field',
      range: l.name.span,
      found: l.name.text,
      expected,
      ...(suggestion ? { suggestion } : {}),
    });
  }

  private entryField(entry: RawEntry, field: EntryField, l: Extract<PlanLine, { kind: 'keyed' }>): void {
    this.grow(l.body.span);
    if (!ALLOWED[entry.kind].includes(field)) {
      this.current = undefined;
      return this.error({
        code: 'field_not_allowed',
        range: l.name.span,
        found: l.name.text,
        expected: ALLOWED[entry.kind].map((f) => ENTRY_FIELD_NAMES[f]),
      });
    }
    const existing = entry.fields.get(field);
    const isHeaderDescription = field === 'description' && existing?.pieces.every((p) => p.text === '');
    if (existing && !isHeaderDescription) {
      this.current = undefined;
      return this.error({ code: 'duplicate_field', range: l.name.span, found: l.name.text, expected: [], detail: String(existing.name.span.line) });
    }
    const raw: RawField = { name: l.name, pieces: [l.value] };
    entry.fields.set(field, raw);
    this.current = raw;
  }

  private headerKeyed(l: Extract<PlanLine, { kind: 'keyed' }>): void {
    const field = headerField(l.name.text);
    if (field) {
      const list = this.header.get(field) ?? [];
      if (list.length > 0 && field !== 'implements' && field !== 'units') {
        this.current = undefined;
        return this.error({ code: 'duplicate_field', range: l.name.span, found: l.name.text, expected: [], detail: String(list[0]!.name.span.line) });
      }
      const raw: RawField = { name: l.name, pieces: [l.value] };
      this.header.set(field, [...list, raw]);
      this.headerSpan = this.headerSpan ? extend(this.headerSpan, l.body.span) : { ...l.body.span, start: l.offset, column: 1 };
      this.current = raw;
      return;
    }
    const suggestion = suggestField(l.name.text, 'header');
    if (l.indented && this.current && !suggestion && !entryField(l.name.text)) return this.text(l.body, true);
    this.current = undefined;
    if (entryField(l.name.text)) {
      return this.error({ code: 'field_not_allowed', range: l.name.span, found: l.name.text, expected: ['Chỉ tiêu <STT>', 'Nhiệm vụ <STT>'] });
    }
    this.error({
      code: 'unknown_field',
      range: l.name.span,
      found: l.name.text,
      expected: Object.values(HEADER_FIELD_NAMES),
      ...(suggestion ? { suggestion } : {}),
    });
  }

  private text(body: LinePiece, indented: boolean): void {
    if (indented && this.current) {
      if (looksLikeEntry(body.text)) {
        // Read as the field's next line, as written; said out loud in case it was meant as an entry.
        const expected = ['Chỉ tiêu <STT>: ...', 'Nhiệm vụ <STT>: ...'];
        this.diagnostics.push(planDiagnostic(this.lang, { severity: 'warning', code: 'entry_like_line', range: body.span, found: body.text, expected }));
      }
      this.current.pieces.push(body);
      this.grow(body.span);
      if (!this.inBody && this.headerSpan) this.headerSpan = extend(this.headerSpan, body.span);
      return;
    }
    this.error({
      code: 'unexpected_line',
      range: body.span,
      found: body.text,
      expected: indented ? LINE_FORMS.slice(0, 4) : LINE_FORMS,
    });
  }
}

/**
 * Group classified lines into header, sections and entries.
 *
 * @example
 * const raw = buildStructure(eachLine(source), 'vi');
 * raw.body[0]?.kind // "section"
 */
export function buildStructure(lines: Iterable<PlanLine>, lang: Lang): RawPlan {
  const b = new Builder(lang);
  for (const l of lines) b.line(l);
  return {
    header: b.header,
    headerSpan: b.headerSpan ?? { start: 0, end: 0, line: 1, column: 1 },
    body: b.body,
    diagnostics: b.diagnostics,
  };
}
