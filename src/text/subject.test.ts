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
  ])('%j → %j', (input, expected) => {
    expect(normalizeSubject(input)).toBe(expected);
  });

  // The fast path skips rewrites a cheap test says cannot apply: it must never change a result.
  it('gives what the full rewrite gives, on any mix of the cases it tells apart', () => {
    const pieces = [
      'hoà', 'hoá', 'thuý', 'tuỳ', 'loại', 'quà', 'khoẻ', 'hòa', 'tỉ lệ', 'Tỉ lệ', 'TỈ LỆ', 'tỷ lệ', 'Chuyên hoá', 'Chuyên hóa',
      'CHUYÊN HÓA', 'chuyển', 'ho\u0300a', 'tu\u0301y', '“', '”', '‘', '’', '«', '»', '"', '(', ')', '()', '( )', ',', '.', ';', ':',
      '-', '–', '/', ' ', '  ', '\t', '\n', '\u00a0', 'a', 'số', 'vụ', 'Đạt',
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
});
