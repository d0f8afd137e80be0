/**
 * The first pass over a `.chitieu` file: split it into lines and say what each line looks like,
 * with the columns of its parts. Which fields are allowed where is decided later (structure.ts);
 * this pass only knows the shapes.
 */
import type { Span } from '../ast/types.js';
import { foldLine } from './keywords.js';

/** A piece of a line: its text (trimmed) and where it sits in the file. */
export interface LinePiece {
  readonly text: string;
  readonly span: Span;
}

interface LineBase {
  /** 1-based line number. */
  readonly line: number;
  /** Offset of the line's first character in the file. */
  readonly offset: number;
  /** The whole line as written (no line break). */
  readonly raw: string;
  /** True when the line starts with a space or a tab. */
  readonly indented: boolean;
}

/**
 * What one line of a `.chitieu` file looks like.
 * - `blank`, `comment` (`# ...` as the first non-space character)
 * - `section`: `1. Công tác ...`, `II. NHIỆM VỤ ...`, `a) ...` at column 1
 * - `entry`: `Chỉ tiêu 2.3: ...` / `Nhiệm vụ 1: ...` at column 1; `text` is the rest (may be empty)
 * - `keyed`: `Name: value` where Name is short; it may still turn out to be plain text
 * - `text`: anything else
 */
export type PlanLine =
  | (LineBase & { readonly kind: 'blank' | 'comment' })
  | (LineBase & { readonly kind: 'section'; readonly number: LinePiece; readonly title: LinePiece })
  | (LineBase & { readonly kind: 'entry'; readonly entry: 'target' | 'task'; readonly stt: LinePiece; readonly text: LinePiece })
  | (LineBase & { readonly kind: 'keyed'; readonly name: LinePiece; readonly value: LinePiece; readonly body: LinePiece })
  | (LineBase & { readonly kind: 'text'; readonly body: LinePiece });

const SECTION = /^((?:[IVXLC]+|\d+(?:\.\d+)*)\.|[a-zđ]\))[ \t]+(\S.*)$/u;
/** `Chỉ tiêu` / `Nhiệm vụ` (`trọng tâm`), then an STT, then `:`, `.`, a dash or a space. */
const ENTRY = /^(chi tieu|nhiem vu(?: trong tam)?)[ \t]+((?:\d+|[ivxlc]+)(?:\.[0-9a-z]+)*)\.?(?=[ \t:–-]|$)[ \t]*(?:[:–-][ \t]*)?/;
/** How much of a line can hold `Nhiệm vụ trọng tâm <STT>:`: enough for any real STT. */
const ENTRY_PREFIX = 80;
/** A field name: up to 40 characters without sentence punctuation, then a colon. */
const KEYED = /^([^:.;,()%\-–+]{1,40}?)[ \t]*:[ \t]*/u;

/**
 * Classify the lines of a file one at a time (a large plan never holds all its line objects at
 * once). Line breaks may be `\n`, `\r\n` or `\r`. Reading starts at `from` (1 after a byte
 * order mark): offsets still index `source`, so spans point into the caller's own string.
 *
 * @example
 * for (const l of eachLine(source)) if (l.kind === 'entry') console.log(l.stt.text)
 */
export function* eachLine(source: string, from = 0): Generator<PlanLine> {
  const pattern = /\r\n|\r|\n/g;
  pattern.lastIndex = from;
  let offset = from;
  let number = 1;
  for (;;) {
    const match = pattern.exec(source);
    const end = match ? match.index : source.length;
    yield classifyLine(source.slice(offset, end), number, offset);
    if (!match) return;
    offset = match.index + match[0].length;
    number += 1;
  }
}

/**
 * Split a file into classified lines.
 *
 * @example
 * classifyLines('Chỉ tiêu 2.3: Giảm tội phạm\n  Chủ trì: Công an thành phố').map((l) => l.kind)
 * // ["entry", "keyed"]
 */
export function classifyLines(source: string): PlanLine[] {
  return [...eachLine(source)];
}

/** Space, tab, or another Unicode space (what `String#trim` removes, for the usual ones). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0xfeff;
}

/** Make a piece from columns `[from, to)` of a line (0-based), trimmed of spaces. */
function piece(raw: string, line: number, offset: number, from: number, to = raw.length): LinePiece {
  let a = from;
  let b = to;
  while (a < b && isSpace(raw.charCodeAt(a))) a += 1;
  while (b > a && isSpace(raw.charCodeAt(b - 1))) b -= 1;
  return { text: raw.slice(a, b), span: { start: offset + a, end: offset + b, line, column: a + 1 } };
}

/**
 * Classify one line.
 *
 * @example
 * classifyLine('1. Công tác tuyên truyền', 4, 120).kind // "section"
 */
export function classifyLine(raw: string, line: number, offset: number): PlanLine {
  // Objects are built field by field, not spread: this runs once per line of large plans, and
  // object spread costs microseconds on Node 20.
  const indented = raw.charCodeAt(0) === 32 || raw.charCodeAt(0) === 9;
  const trimmed = raw.trim();
  if (trimmed === '') return { line, offset, raw, indented, kind: 'blank' };
  if (trimmed.startsWith('#')) return { line, offset, raw, indented, kind: 'comment' };
  if (!indented) {
    const section = SECTION.exec(raw);
    if (section) {
      const number = piece(raw, line, offset, 0, section[1]!.length - 1);
      const title = piece(raw, line, offset, raw.length - section[2]!.length);
      return { line, offset, raw, indented, kind: 'section', number, title };
    }
    const entry = entryLine(raw, line, offset, 0);
    if (entry) return { line, offset, raw, indented, kind: 'entry', entry: entry.entry, stt: entry.stt, text: entry.text };
  }
  const indent = raw.length - raw.trimStart().length;
  // An indented `Nhiệm vụ 1:` still starts an entry: read as the previous field's next line, it
  // was merged into that statement, and the task was gone without a word.
  if (indented) {
    const entry = entryLine(raw, line, offset, indent);
    if (entry) return { line, offset, raw, indented, kind: 'entry', entry: entry.entry, stt: entry.stt, text: entry.text };
  }
  const body = piece(raw, line, offset, indent);
  const keyed = KEYED.exec(indent === 0 ? raw : raw.slice(indent));
  if (keyed) {
    const name = piece(raw, line, offset, indent, indent + keyed[1]!.length);
    const value = piece(raw, line, offset, indent + keyed[0].length);
    return { line, offset, raw, indented, kind: 'keyed', name, value, body };
  }
  return { line, offset, raw, indented, kind: 'text', body };
}

/**
 * Whether a line's text begins as an entry does (`Nhiệm vụ 2 Triển khai ...`) although it was
 * not read as one (indented, with no `:` after the STT): the plan reports it, since it is read as
 * the next line of the field above.
 *
 * @example
 * looksLikeEntry('Nhiệm vụ 2 Triển khai cao điểm') // true
 */
export function looksLikeEntry(text: string): boolean {
  return ENTRY.test(foldLine(text.slice(0, ENTRY_PREFIX)).text);
}

/**
 * The entry a line starts, if any. Indented (`indent` > 0), the STT must be followed by `:` or a
 * dash, as in `  Nhiệm vụ 1: ...`: a wrapped statement's next line may begin with `nhiệm vụ 2 năm`.
 */
function entryLine(
  raw: string,
  line: number,
  offset: number,
  indent: number,
): { entry: 'target' | 'task'; stt: LinePiece; text: LinePiece } | undefined {
  // The keyword and the STT sit in the first few dozen characters: fold only those.
  const folded = foldLine(raw.slice(indent, indent + ENTRY_PREFIX));
  const match = ENTRY.exec(folded.text);
  if (!match) return undefined;
  if (indent > 0 && !/[:–-]/.test(match[0].slice(match[1]!.length + 1))) return undefined;
  const at = (i: number): number => (folded.offsets[i] === undefined ? raw.length : indent + folded.offsets[i]!);
  const sttStart = match[0].indexOf(match[2]!, match[1]!.length);
  const stt = piece(raw, line, offset, at(sttStart), at(sttStart + match[2]!.length));
  return {
    entry: match[1] === 'chi tieu' ? 'target' : 'task',
    stt,
    text: piece(raw, line, offset, at(match[0].length)),
  };
}
