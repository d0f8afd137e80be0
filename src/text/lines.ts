import type { Span } from '../ast/types.js';

/**
 * Line starts of a source, for turning offsets into 1-based line and column.
 * `\r\n`, `\r` and `\n` each end a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    // Most statements are one line: find the first break natively before walking.
    const n = source.indexOf('\n');
    const r = source.indexOf('\r');
    if (n < 0 && r < 0) return;
    for (let i = n < 0 ? r : r < 0 ? n : Math.min(n, r); i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /**
   * The span of `[start, end)`.
   *
   * @example
   * new LineIndex('a\nbc').span(3, 4) // { start: 3, end: 4, line: 2, column: 2 }
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
