import { describe, expect, it } from 'vitest';
import { safeParseTarget } from '../api/parse.js';

/** The error a statement gives: its code, column and suggestion (undefined when it parses). */
function errorOf(text: string) {
  const r = safeParseTarget(text);
  return r.success ? undefined : { code: r.error.code, column: r.error.column, suggestion: r.error.suggestion };
}

describe('years', () => {
  it('refuses a year that is not four digits: a NaN or 23 AD baseline or deadline is never judged', () => {
    expect(errorOf('Quý I năm 1.2.3')).toMatchObject({ code: 'invalid_year', column: 11 });
    expect(errorOf('Giảm 5% so với năm 1.2.3')).toMatchObject({ code: 'invalid_year', column: 20 });
    expect(errorOf('Giảm 5% so với năm 0')).toMatchObject({ code: 'invalid_year' });
    expect(errorOf('Đạt 5 xã, giai đoạn 2021-2350')).toMatchObject({ code: 'invalid_year' });
  });

  it('suggests this century for a two-digit year, also one a timing left behind', () => {
    expect(errorOf('Quý I năm 23')).toMatchObject({ code: 'invalid_year', suggestion: '2023' });
    expect(errorOf('Hoàn thành Quý II/23')).toMatchObject({ code: 'invalid_year', suggestion: '2023' });
    expect(errorOf('6 tháng đầu năm 23')).toMatchObject({ code: 'invalid_year', suggestion: '2023' });
  });

  it('reads years in full, and a count after a timing, as before', () => {
    for (const ok of ['Quý II/2023 đạt 5 xã', '6 tháng đầu năm 2023 đạt 5 xã', 'cả năm 5 xã', 'Giảm 5% so với năm 1990', 'tăng bình quân 7%/năm giai đoạn 2021-2025']) expect(errorOf(ok), ok).toBeUndefined();
  });
});

describe('numbers', () => {
  it('refuses a number that lost its whole part (`,5`): read as it stands it was 5', () => {
    expect(errorOf('Giảm ,5% so với năm 2022')).toMatchObject({ code: 'invalid_number', column: 6, suggestion: '0,5' });
    expect(errorOf('Đạt .5%')).toMatchObject({ code: 'invalid_number', suggestion: '0.5' });
  });

  it('keeps a comma between two figures of a list', () => {
    expect(errorOf('tăng 5%,5 xã đạt chuẩn')).toBeUndefined();
    expect(errorOf('Đạt 0,5%')).toBeUndefined();
  });
});
