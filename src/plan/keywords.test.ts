import { describe, expect, it } from 'vitest';
import { editDistance, entryField, foldKeyword, foldLine, headerField, suggestField } from './keywords.js';

describe('foldKeyword', () => {
  it('folds case, diacritics, đ and NFD to one spelling', () => {
    expect(foldKeyword('Đơn vị CHỦ TRÌ')).toBe('don vi chu tri');
    expect(foldKeyword('Chu\u0309 tri\u0300')).toBe('chu tri');
    expect(foldKeyword('  Ghi   chú ')).toBe('ghi chu');
  });
});

describe('foldLine', () => {
  it('keeps the original offset of every folded unit (NFD marks fold away)', () => {
    const raw = 'Chu\u0309 tri\u0300: X';
    const folded = foldLine(raw);
    expect(folded.text).toBe('chu tri: x');
    // the `:` is folded unit 7 and sits at offset 9 of the NFD original
    expect(folded.offsets[7]).toBe(9);
    expect(folded.offsets[folded.text.length]).toBe(raw.length);
  });
});

describe('field names', () => {
  it('reads the canonical, short, unaccented and column-header spellings', () => {
    expect(entryField('Chỉ tiêu thực hiện')).toBe('statement');
    expect(entryField('Chỉ tiêu thực hiện trong năm 2023')).toBe('statement');
    expect(entryField('chi tieu')).toBe('statement');
    expect(entryField('Đơn vị chủ trì tham mưu')).toBe('lead');
    expect(entryField('Phoi hop')).toBe('coordinators');
    expect(entryField('Thời gian thực hiện')).toBe('timing');
    expect(entryField('Nội dung nhiệm vụ')).toBe('description');
    expect(entryField('Mã')).toBe('id');
  });

  it('does not take an exact-only name with extra words', () => {
    expect(entryField('Chủ trì chính')).toBeUndefined();
    expect(entryField('Ghi chú thêm')).toBeUndefined();
  });

  it('keeps header and entry names apart', () => {
    expect(headerField('Thực hiện kế hoạch')).toBe('implements');
    expect(headerField('Năm')).toBe('year');
    expect(entryField('Năm')).toBeUndefined();
    expect(headerField('Chủ trì')).toBeUndefined();
  });
});

describe('suggestField', () => {
  it('suggests the nearest canonical name for a misspelling', () => {
    expect(suggestField('Chu tr', 'entry')).toBe('Chủ trì');
    expect(suggestField('Phoi hp', 'entry')).toBe('Phối hợp');
    expect(suggestField('Co quan ban hnh', 'header')).toBe('Cơ quan ban hành');
  });

  it('suggests nothing for ordinary words', () => {
    expect(suggestField('Tuyên truyền', 'entry')).toBeUndefined();
    expect(suggestField('trong đó', 'entry')).toBeUndefined();
  });

  it('measures edit distance', () => {
    expect(editDistance('chu tri', 'chu tr')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
