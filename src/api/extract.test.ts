import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences } from './extract.js';

/** A line break and white space within a line, as `BOUNDARY` reads them. */
const NL = String.raw`(?:\r\n|\r(?!\n)|[\n\v\f\u2028\u2029])`;
const H = String.raw`[^\S\n\r\v\f\u2028\u2029]`;

/**
 * The sentence splitter as one regex with the end of the text as its last alternative: the
 * definition `sentences` keeps, in linear time. Quadratic on long runs of dots or white space
 * before the end, so it is only run on short text here.
 */
const DEFINITION = new RegExp(
  String.raw`\.(?:\/\.)?(?=\s+(?:[\p{Lu}\d(+\-–"“]|$))|${NL}${H}*${NL}|${NL}(?=${H}*(?:[-+•]\s|[a-zđ]\)\s|\d+\.\s|[IVX]+\.\s))|[\s.]*$`,
  'gu',
);

/** The splitter as it was before line breaks other than `\n` counted: the same on `\n`-only text. */
const FIRST_WRITTEN = /\.(?:\/\.)?(?=\s+(?:[\p{Lu}\d(+\-–"“]|$))|\n[ \t]*\n|\n(?=[ \t]*(?:[-+•]\s|[a-zđ]\)\s|\d+\.\s|[IVX]+\.\s))|[\s.]*$/gu;

function splitBy(regex: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push([start, end]);
  };
  let from = 0;
  for (const m of text.matchAll(regex)) {
    push(from, m.index + (m[0].startsWith('.') ? m[0].length : 0));
    from = m.index + m[0].length;
    if (m[0].length === 0) break;
  }
  return out;
}

/** What the boundaries of `\n`-only text are made of, and what sits around them. */
const PIECES = [
  '.', '.', '..', './.', ' ', ' ', '  ', '\n', '\n\n', '\n \n', '\t', 'A', 'Đ', 'đạt', 'a', 'b) ', '1', '3. ', 'II. ', 'IV.', '- ',
  '+ ', '• ', '(', '"', '“', '–', '/', '%', 'x', 'Giảm 5%',
];
/** And the line breaks and spaces of text copied from Word and PDF. */
const WORD_PIECES = [...PIECES, '\r\n', '\r', '\r\n\r\n', '\u00a0', '\u2009', '\u2028', '\u2029', '\u000b', '\u000c', '\ufeff', '\u200b', '\u0085'];

describe('sentences', () => {
  it('splits as the one-regex definition does, on any mix of boundaries, dots and white space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORD_PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(sentences(text)).toStrictEqual(splitBy(DEFINITION, text));
      }),
      { numRuns: 5000 },
    );
  });

  it('splits text with \n line breaks and ASCII spaces as it first did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(sentences(text)).toStrictEqual(splitBy(FIRST_WRITTEN, text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads \r\n, \r, VT, FF, U+2028 and U+2029 as line breaks, and no-break spaces as spaces', () => {
    for (const nl of ['\n', '\r\n', '\r', '\u000b', '\u000c', '\u2028', '\u2029']) {
      // A blank line, and a line break before a list marker.
      expect(sentences(`a${nl}${nl}b`), JSON.stringify(nl)).toStrictEqual([[0, 1], [1 + 2 * nl.length, 2 + 2 * nl.length]]);
      expect(sentences(`a${nl}- b`), JSON.stringify(nl)).toStrictEqual([[0, 1], [1 + nl.length, 4 + nl.length]]);
      expect(sentences(`a${nl}b`), JSON.stringify(nl)).toStrictEqual([[0, 2 + nl.length]]);
    }
    expect(sentences('a\n\u00a0\u2009\nb')).toStrictEqual([[0, 1], [5, 6]]);
    expect(sentences('a\n\u00a0- b')).toStrictEqual([[0, 1], [3, 6]]);
    // NEL is not a line break.
    expect(sentences('a\u0085\u0085b')).toStrictEqual([[0, 4]]);
  });

  it('splits at full stops, blank lines and list markers; keeps a closing run of dots', () => {
    expect(sentences('Giảm 5%. Đạt 91%.')).toStrictEqual([[0, 8], [9, 17]]);
    expect(sentences('a\n\nb\n- c')).toStrictEqual([[0, 1], [3, 4], [5, 8]]);
    expect(sentences('đạt 91%...  ')).toStrictEqual([[0, 10]]);
    expect(sentences('đạt 91%  ...')).toStrictEqual([[0, 7]]);
    expect(sentences('.  . ')).toStrictEqual([[0, 4]]);
    expect(sentences(' .  . ')).toStrictEqual([]);
    expect(sentences('')).toStrictEqual([]);
    expect(sentences(' \n\t ')).toStrictEqual([]);
  });

  it('reads a long run of dots or white space in one pass (here 1 MB: quadratic would not finish)', () => {
    const run = 1_000_000;
    expect(sentences(`${'.'.repeat(run)}x`)).toStrictEqual([[0, run + 1]]);
    expect(sentences(`Đạt 91%.${' '.repeat(run)}Không quá 20%.`)).toStrictEqual([[0, 8], [run + 8, run + 22]]);
    expect(sentences(`${'. '.repeat(run / 2)}x`)).toStrictEqual([[0, run + 1]]);
    expect(sentences('.'.repeat(run))).toStrictEqual([[0, run]]);
    expect(sentences(' '.repeat(run))).toStrictEqual([]);
  });
});
