/**
 * Text copied from Word and PDF: no-break and typographic spaces, Word's manual line break (VT),
 * form feeds, U+2028/U+2029, zero-width characters and soft hyphens read as what they mean
 * (src/text/space.ts). A statement means what it means with plain spaces, and its spans, error
 * lines and columns point into the text as given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn } from './helpers/line-column.js';
import { extractTargets, formatTarget, parseTarget, ParseError, safeParseTarget, type Target } from '../src/index.js';

/** What a target means, without where it is: the formatted statement and each clause's reading. */
function meaning(target: Target) {
  return {
    formatted: formatTarget(target),
    clauses: target.clauses.map((c) => ({ kind: c.kind, part: c.part, bound: 'bound' in c ? c.bound : undefined, subject: c.subject })),
  };
}

/** Word's white space as plain spaces, its invisible characters dropped. */
const asPlain = (text: string): string => text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();

function errorOf(text: string): ParseError {
  const r = safeParseTarget(text);
  if (r.success) throw new Error(`${JSON.stringify(text)} parsed`);
  return r.error;
}

describe('a comparator or a verb that touches its figure (a space lost in PDF text)', () => {
  it.each([
    ['Đạt trên91%', '> 91%'],
    ['Không quá20%', '≤ 20%'],
    ['Giảm5% so với năm 2022', 'giảm ≥ 5% so với năm 2022'],
    ['Đạt tỷ lệ từ80% trở lên', 'tỷ lệ ≥ 80%'],
  ])('%j reads as %j', (text, formatted) => {
    expect(formatTarget(parseTarget(text))).toBe(formatted);
  });

  it('a keyword followed by a letter is still a word of its own (trênđịa, giamsat)', () => {
    expect(parseTarget('Đạt 80% giamsat').clauses[0]!.subject.after).toBe('giamsat');
  });
});

describe('statements as Word and PDF write them', () => {
  it.each([
    ['Đạt\u000btrên 91%', 'Đạt trên 91%', '> 91%'],
    ['Đạt trên\u00a091%', 'Đạt trên 91%', '> 91%'],
    ['Đạt trên\u2009 91%', 'Đạt trên 91%', '> 91%'],
    ['Không\u00a0quá 20%', 'Không quá 20%', '≤ 20%'],
    ['Không quá\u000b20%', 'Không quá 20%', '≤ 20%'],
    ['Đạt tr\u00adên 91%', 'Đạt trên 91%', '> 91%'],
    ['Đạt\u200b trên 91%', 'Đạt trên 91%', '> 91%'],
    ['Đạt\u2028trên\u202f91%', 'Đạt trên 91%', '> 91%'],
    ['Không\u3000quá\u2029\u200d20%\ufeff', 'Không quá 20%', '≤ 20%'],
    ['Tỷ\u00a0lệ giải quy\u00adết đạt trên\u2007 90%', 'Tỷ lệ giải quyết đạt trên 90%', 'Tỷ lệ giải quyết > 90%'],
    ['Giảm\u00a007%\u000bso\u00a0với năm\u20092022', 'Giảm 07% so với năm 2022', 'giảm ≥ 7% so với năm 2022'],
  ])('%j reads as %j', (word, plain, formatted) => {
    const target = parseTarget(word);
    expect(meaning(target)).toStrictEqual(meaning(parseTarget(plain)));
    expect(formatTarget(target)).toBe(formatted);
    // Spans are the author's text, exotic characters and all: read plainly, the plain spans.
    const plainTarget = parseTarget(plain);
    const read = (text: string, span: { start: number; end: number }): string => asPlain(text.slice(span.start, span.end));
    expect(target.clauses.map((c) => read(word, c.span))).toStrictEqual(plainTarget.clauses.map((c) => read(plain, c.span)));
  });

  it('reads a Word line break before a bullet as a line break (each item its own clause)', () => {
    expect(meaning(parseTarget('Tỷ lệ giải quyết\u000b- đạt trên 90%\u000b- không quá 20%'))).toStrictEqual(
      meaning(parseTarget('Tỷ lệ giải quyết\n- đạt trên 90%\n- không quá 20%')),
    );
  });

  it('means the same with any of those characters for any space, and invisible ones anywhere', () => {
    const SPACES = ['\u00a0', '\u202f', '\u2007', '\u2009', '\u2002', '\u200a', '\u3000', '\u000b', '\u000c', '\u2028', '\u2029', '\t', ' ', '  '];
    const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
    // (Not a count: its unit is compared as written, see the todo below.)
    const statements = ['Đạt trên 91%', 'Không quá 20%', 'Giảm 07% so với năm 2022', 'Tỷ lệ giải quyết đạt trên 90%', 'Đạt tỷ lệ từ 80% trở lên', 'Đạt 100%', 'Tăng ít nhất 10% so với cùng kỳ'];
    const word = fc
      .tuple(fc.constantFrom(...statements), fc.infiniteStream(fc.constantFrom(...SPACES)), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 4 }))
      .map(([plain, spaces, inserts]) => {
        let text = plain.replace(/ /g, () => spaces.next().value as string);
        for (const [at, c] of inserts) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + c + text.slice(i);
        }
        return { plain, text };
      });
    fc.assert(
      fc.property(word, ({ plain, text }) => {
        expect(meaning(parseTarget(text))).toStrictEqual(meaning(parseTarget(plain)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('count units in Word text', () => {
  it('reads a count whose words are separated by Word white space', () => {
    expect(meaning(parseTarget('ít\u00a0nhất 45\u000bhồ\u2009sơ'))).toStrictEqual(meaning(parseTarget('ít nhất 45 hồ sơ')));
  });
  // src/reading/core.ts (`knownUnit`, and the unit after an explicit comparator) compares the
  // author's text with the unit's spelling as written, invisible characters included: `dropInvisible`
  // (src/text/space.ts) gives the text folding reads.
  it.todo('reads a soft hyphen or zero-width character inside a count unit (`h\u00adồ sơ`) as nothing');
});

describe('error positions in Word text', () => {
  it.each([
    // `trở` is where the range is left open; its line and column in the text as given.
    ['Đạt từ 80% trở', 1, 12],
    ['Đạt\u000btừ 80% trở', 2, 8],
    ['Đạt\u2028từ 80% trở', 2, 8],
    ['Đạt\u2029từ\u000c80% trở', 3, 5],
    ['Đạt\r\u000btừ 80% trở', 3, 8],
    ['Đạt\u00a0từ\u2009 80% trở', 1, 13],
    ['Đạt\u200b từ 80% trở', 1, 13],
    ['Đạt tr\u00adên 91%;\u000bđạt\u00a0từ 80% trở', 2, 12],
  ])('%j: line %i, column %i', (text, line, column) => {
    const error = errorOf(text);
    expect(error.code).toBe('missing_closer');
    expect({ line: error.line, column: error.column }).toStrictEqual({ line, column });
    expect({ line: error.line, column: error.column }).toStrictEqual(lineColumn(text, error.offset));
    expect(text.slice(error.offset, error.offset + 3)).toBe('trở');
    expect(error.message.startsWith(`${line}:${column}: `)).toBe(true);
  });

  it('points at the right place after any mix of Word white space', () => {
    const pieces = fc.constantFrom('Đạt', 'tỷ lệ', 'trên 91%', ';', '\u00a0', '\u2009', '\u000b', '\u2028', '\u2029', '\u000c', '\r\n', '\n', '\u200b', '\u00ad', '\ufeff', ' ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = `${parts.join('')} từ 80% trở`;
        const error = errorOf(text);
        expect({ line: error.line, column: error.column }).toStrictEqual(lineColumn(text, error.offset));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('extractTargets on Word text', () => {
  it('splits at Word line breaks as at \\n, with lines counted by them', () => {
    const word = 'Mục tiêu:\u000b- Tỷ lệ giải quyết đạt trên\u00a090%;\u000b- Số vụ tai nạn không\u00a0quá 20 vụ.\r\n\r\nNăm 2023, phấn\u200b đấu giảm 07% so với\u2028năm 2022.';
    const plain = 'Mục tiêu:\n- Tỷ lệ giải quyết đạt trên 90%;\n- Số vụ tai nạn không quá 20 vụ.\n\nNăm 2023, phấn đấu giảm 07% so với\nnăm 2022.';
    const found = extractTargets(word);
    const expected = extractTargets(plain);
    expect(found.map((f) => (f.ok ? meaning(f.target) : f.error.code))).toStrictEqual(expected.map((f) => (f.ok ? meaning(f.target) : f.error.code)));
    expect(found.map((f) => f.span.line)).toStrictEqual([2, 3, 5]);
    for (const f of found) {
      expect(f.text).toBe(word.slice(f.span.start, f.span.end));
      expect({ line: f.span.line, column: f.span.column }).toStrictEqual(lineColumn(word, f.span.start));
    }
  });
});
