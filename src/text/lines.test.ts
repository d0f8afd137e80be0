import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn } from '../../test/helpers/line-column.js';
import { LineIndex } from './lines.js';

describe('LineIndex', () => {
  it('numbers lines after \\n, \\r\\n and \\r', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    expect(lines.span(0, 1)).toEqual({ start: 0, end: 1, line: 1, column: 1 });
    expect(lines.span(2, 3)).toMatchObject({ line: 2, column: 1 });
    expect(lines.span(5, 6)).toMatchObject({ line: 3, column: 1 });
    expect(lines.span(7, 8)).toMatchObject({ line: 4, column: 1 });
  });

  it('agrees with a walk over the text at every offset', () => {
    const text = fc.array(fc.constantFrom('a', 'ễ', ' ', '\n', '\r', '\r\n'), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const lines = new LineIndex(source);
        for (let at = 0; at <= source.length; at++) expect(lines.span(at, at)).toMatchObject(lineColumn(source, at));
      }),
      { numRuns: 500 },
    );
  });
});
