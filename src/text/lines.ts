import type { Span } from '../ast/types.js';
import { isLineBreak } from './space.js';

/** The offset of the first line break (see `isLineBreak`), or -1: `indexOf` beats a regex search on short text. */
function firstBreak(source: string): number {
  let first = -1;
  for (const c of BREAKS) {
    const at = source.indexOf(c);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}
const BREAKS = ['\n', '\r', '\u000b', '\u000c', '\u2028', '\u2029'];

/** A line break as `LineIndex` counts one: `\r\n` is one. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u2028\u2029]/;

/**
 * The lines of a text, split where `LineIndex` ends them: line `n` of a span is `splitLines(source)[n - 1]`.
 *
 * @example
 * splitLines('a\r\nb\u000bc') // ['a', 'b', 'c']
 */
export function splitLines(source: string): string[] {
  return source.split(LINE_BREAK);
}

/**
 * Line starts of a source, for turning offsets into 1-based line and column.
 *
 * A line ends where folding (./fold.ts) puts a line break, so the line of an error is the line
 * the lexer saw: `\r\n`, `\r` and `\n`, and VT (U+000B, Word's manual line break), FF (U+000C,
 * a page break), U+2028 and U+2029 (./space.ts), each one break. That is where Word, which the
 * text was copied from, shows a new line (an editor that breaks lines only at `\r` and `\n`
 * shows a VT inside a line instead). NEL (U+0085) ends no line, and folding leaves it alone.
 * A column counts UTF-16 units from the line's start, zero-width characters included.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    // Most statements are one line: look for a break natively before walking.
    const first = firstBreak(source);
    if (first < 0) return;
    for (let i = first; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c > 13 && c < 0x2028) continue; // most units: one test
      if (isLineBreak(c) && (c !== 13 || source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /**
   * The span of `[start, end)`.
   *
   * @example
   * new LineIndex('a\nbc').span(3, 4) // { start: 3, end: 4, line: 2, column: 2 }
   * new LineIndex('a\u000bbc').span(3, 4) // { start: 3, end: 4, line: 2, column: 2 }: VT ends a line
   */
  span(start: number, end: number): Span {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    return { start, end, line: lo + 1, column: start - this.starts[lo]! + 1 };
  }
}
