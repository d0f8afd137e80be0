import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSubject, rewriteSubject, trimPunctuation } from './subject.js';

describe('normalizeSubject', () => {
  it.each([
    ['  Chuyên  hoá “thành công” ', 'Chuyển hóa "thành công"'],
    ['Tỉ lệ hoà giải thành', 'Tỷ lệ hòa giải thành'],
    ['các loại tội phạm', 'các loại tội phạm'],
    ['quà tặng', 'quà tặng'],
    ['số vụ\tán\n mới', 'số vụ án mới'],
    ['Phòng Văn hóa () giao', 'Phòng Văn hóa giao'],
    [', tổng số án khởi tố.', 'tổng số án khởi tố'],
    ['(Phòng Văn hóa giao', 'Phòng Văn hóa giao'],
    ['', ''],
    ['Tỷ\u00a0lệ giải quy\u00adết\u000bán', 'Tỷ lệ giải quyết án'],
    ['\ufeffsố\u200b vụ\u2009\u2009mới\u2060', 'số vụ mới'],
    ['ho\u00adà giải', 'hòa giải'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSubject(input)).toBe(expected);
  });

  // The fast path skips rewrites a cheap test says cannot apply: it must never change a result.
  it('gives what the full rewrite gives, on any mix of the cases it tells apart', () => {
    const pieces = [
      'hoà', 'hoá', 'thuý', 'tuỳ', 'loại', 'quà', 'khoẻ', 'hòa', 'tỉ lệ', 'Tỉ lệ', 'TỈ LỆ', 'tỷ lệ', 'Chuyên hoá', 'Chuyên hóa',
      'CHUYÊN HÓA', 'chuyển', 'ho\u0300a', 'tu\u0301y', '“', '”', '‘', '’', '«', '»', '"', '(', ')', '()', '( )', ',', '.', ';', ':',
      '-', '–', '/', ' ', '  ', '\t', '\n', '\u00a0', 'a', 'số', 'vụ', 'Đạt', '\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '\u2009',
      '\u000b', '\u2028', 'ho\u00ada\u0300',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeSubject(text)).toBe(rewriteSubject(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('trimPunctuation', () => {
  it('keeps text whose edges are words, and trims separators and unpaired brackets', () => {
    expect(trimPunctuation('số vụ (án)')).toBe('số vụ (án)');
    expect(trimPunctuation(' - số vụ; ')).toBe('số vụ');
    expect(trimPunctuation('số vụ)')).toBe('số vụ');
  });

  /** The regex definition `trimPunctuation` keeps (quadratic on long runs, so on short text only). */
  function definition(text: string): string {
    if (text === '' || (!/[\s,.;:\-–—/()]/u.test(text[0]!) && !/[\s,.;:\-–—/()]/u.test(text[text.length - 1]!))) return text;
    const edges = /^[\s,.;:\-–—]+|[\s,.;:\-–—/]+$/gu;
    let s = text.replace(edges, '');
    if (s.startsWith('(') && !s.includes(')')) s = s.slice(1).trimStart();
    if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1).trimEnd();
    return s.replace(edges, '');
  }

  it('trims as the regex definition does, on any mix of separators, brackets and words', () => {
    const pieces = [' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', ',', '.', ';', ':', '-', '–', '—', '/', '(', ')', 'a', 'số vụ', '%', '\ud800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(trimPunctuation(text)).toBe(definition(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long run of dots inside the text in one pass', () => {
    const run = '.'.repeat(1_000_000);
    expect(trimPunctuation(`a${run}b.`)).toBe(`a${run}b`);
    expect(trimPunctuation(`. a${run} ${run}b ${run}`)).toBe(`a${run} ${run}b`);
  });
});
