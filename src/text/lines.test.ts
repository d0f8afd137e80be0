import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn } from '../../test/helpers/line-column.js';
import { foldText } from './fold.js';
import { LineIndex, splitLines } from './lines.js';

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

  it('ends a line at VT (Word’s manual line break), FF, U+2028 and U+2029, as folding does', () => {
    const source = 'a\u000bb\u000cc\u2028d\u2029e\r\u000bf';
    const lines = new LineIndex(source);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((ch) => lines.span(source.indexOf(ch), source.indexOf(ch) + 1).line)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(lines.span(source.indexOf('f'), source.indexOf('f') + 1).column).toBe(1);
    // NEL, the no-break and zero-width spaces do not end a line.
    const same = new LineIndex('a\u0085b\u00a0c\u200bd');
    expect(same.span(6, 7)).toMatchObject({ line: 1, column: 7 });
  });

  it('counts as line breaks exactly the units that fold to a line break', () => {
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (ch === '\r') continue; // a line break that folds to itself (one with a following \n)
      const breaks = new LineIndex(`a${ch}b`).span(2, 3).line === 2;
      if (breaks !== (foldText(`a${ch}b`).text === 'a\nb')) disagree.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
    expect(disagree).toEqual([]);
  });

  it('agrees with a walk over the text at every offset, with every kind of line break', () => {
    const text = fc
      .array(fc.constantFrom('a', 'ễ', ' ', '\n', '\r', '\r\n', '\u000b', '\u000c', '\u2028', '\u2029', '\u0085', '\u00a0', '\u200b'), { maxLength: 20 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const lines = new LineIndex(source);
        for (let at = 0; at <= source.length; at++) expect(lines.span(at, at)).toMatchObject(lineColumn(source, at));
      }),
      { numRuns: 500 },
    );
  });

  it('splitLines gives the line each span is on', () => {
    const text = fc
      .array(fc.constantFrom('a', 'ễ', ' ', '\n', '\r', '\r\n', '\u000b', '\u000c', '\u2028', '\u2029', '\u0085'), { maxLength: 20 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const lines = new LineIndex(source);
        const split = splitLines(source);
        for (let at = 0; at < source.length; at++) {
          const { line, column } = lines.span(at, at + 1);
          // A unit is on its line, or is the line break that ends it.
          const onLine = split[line - 1]!;
          if (column <= onLine.length) expect(onLine[column - 1]).toBe(source[at]);
          else expect('\n\r\u000b\u000c\u2028\u2029').toContain(source[at]);
        }
        expect(split).toHaveLength(lines.span(source.length, source.length).line);
      }),
      { numRuns: 500 },
    );
  });
});
