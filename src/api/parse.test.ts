import { describe, expect, it } from 'vitest';
import { ParseError } from '../diagnostics/parse-error.js';
import { parseTarget, safeParseTarget } from './parse.js';

const warnings = (text: string) => {
  const r = safeParseTarget(text);
  if (!r.success) throw r.error;
  return r.warnings.map((w) => ({ code: w.code, found: w.found, suggestion: w.suggestion, column: w.range.column }));
};

describe('safeParseTarget warnings: read, but not as written', () => {
  it('the seed typo Chuyên hóa is read as Chuyển hóa, and says so', () => {
    expect(warnings('Chuyên hóa thành công 60% địa bàn')).toEqual([{ code: 'typo_corrected', found: 'Chuyên hóa', suggestion: undefined, column: 1 }]);
    // Decomposed (NFD) text says so too; `huyện` (district) is not the typo.
    expect(warnings('Chuyên hóa thành công 60% địa bàn'.normalize('NFD')).map((w) => w.code)).toEqual(['typo_corrected']);
    expect(warnings('Chuyển hóa thành công 60% địa bàn huyện')).toEqual([]);
    expect(warnings('Chuyển hóa thành công 60% địa bàn')).toEqual([]);
  });

  it('a figure after zero tolerance only describes the subject', () => {
    expect(warnings('không để xảy ra vụ cháy thiệt hại trên 100 triệu đồng')).toEqual([
      { code: 'figure_in_subject', found: '100', suggestion: undefined, column: 40 },
    ]);
  });

  it('a period named without `so với` is not silently the baseline', () => {
    expect(warnings('Giảm 7% sovới năm 2022')).toEqual([{ code: 'baseline_not_read', found: 'năm 2022', suggestion: 'so với', column: 15 }]);
    expect(warnings('Giảm 7% so với năm 2022')).toEqual([]);
    expect(warnings('Giảm 50% tổng số đối tượng truy nã')).toEqual([]);
  });
});

describe('parseTarget', () => {
  it('throws ParseError with the first error spread on it', () => {
    try {
      parseTarget('Đạt từ 80% tro le');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      const error = e as ParseError;
      expect([error.code, error.line, error.column, error.offset, error.suggestion]).toEqual(['missing_closer', 1, 12, 11, 'trở lên']);
      expect(error.messageIn('en')).toMatch(/^1:12: A range is not closed/);
    }
  });
});
