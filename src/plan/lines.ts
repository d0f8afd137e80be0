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
/** A field name: up to 40 characters without sentence punctuation, then a colon. */
const KEYED = /^([^:.;,()%\-–+]{1,40}?)[ \t]*:[ \t]*/u;

/**
 * Split a file into classified lines. Line breaks may be `\n`, `\r\n` or `\r`.
 *
 * @example
 * classifyLines('Chỉ tiêu 2.3: Giảm tội phạm\n  Chủ trì: Công an thành phố').map((l) => l.kind)
 * // ["entry", "keyed"]
 */
export function classifyLines(source: string): PlanLine[] {
  const lines: PlanLine[] = [];
  const pattern = /\r\n|\r|\n/g;
  let offset = 0;
  let number = 1;
  for (;;) {
    const match = pattern.exec(source);
    const end = match ? match.index : source.length;
    lines.push(classifyLine(source.slice(offset, end), number, offset));
    if (!match) break;
    offset = match.index + match[0].length;
    number += 1;
  }
  return lines;
}

/** Make a piece from columns `[from, to)` of a line (0-based), trimmed of spaces. */
function piece(raw: string, line: number, offset: number, from: number, to = raw.length): LinePiece {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(raw[a]!)) a += 1;
  while (b > a && /\s/.test(raw[b - 1]!)) b -= 1;
  return { text: raw.slice(a, b), span: { start: offset + a, end: offset + b, line, column: a + 1 } };
}

/**
 * Classify one line.
 *
 * @example
 * classifyLine('1. Công tác tuyên truyền', 4, 120).kind // "section"
 */
export function classifyLine(raw: string, line: number, offset: number): PlanLine {
  const base = { line, offset, raw, indented: /^[ \t]/.test(raw) };
  const trimmed = raw.trim();
  if (trimmed === '') return { ...base, kind: 'blank' };
  if (trimmed.startsWith('#')) return { ...base, kind: 'comment' };
  if (!base.indented) {
    const section = SECTION.exec(raw);
    if (section) {
      const marker = section[1]!;
      return {
        ...base,
        kind: 'section',
        number: piece(raw, line, offset, 0, marker.length - 1),
        title: piece(raw, line, offset, raw.length - section[2]!.length),
      };
    }
    const entry = entryLine(raw, line, offset);
    if (entry) return { ...base, ...entry };
  }
  const indent = raw.length - raw.trimStart().length;
  const body = piece(raw, line, offset, indent);
  const keyed = KEYED.exec(raw.slice(indent));
  if (keyed) {
    const name = piece(raw, line, offset, indent, indent + keyed[1]!.length);
    const value = piece(raw, line, offset, indent + keyed[0].length);
    return { ...base, kind: 'keyed', name, value, body };
  }
  return { ...base, kind: 'text', body };
}

function entryLine(
  raw: string,
  line: number,
  offset: number,
): { kind: 'entry'; entry: 'target' | 'task'; stt: LinePiece; text: LinePiece } | undefined {
  const folded = foldLine(raw);
  const match = ENTRY.exec(folded.text);
  if (!match) return undefined;
  const at = (i: number): number => folded.offsets[i] ?? raw.length;
  const sttStart = match[0].indexOf(match[2]!, match[1]!.length);
  const stt = piece(raw, line, offset, at(sttStart), at(sttStart + match[2]!.length));
  return {
    kind: 'entry',
    entry: match[1] === 'chi tieu' ? 'target' : 'task',
    stt,
    text: piece(raw, line, offset, at(match[0].length)),
  };
}
