import { describe, expect, it } from 'vitest';
import { readDate, readDocumentNumber, readYear } from './header-values.js';

describe('readDate', () => {
  it('reads the ways documents write a date', () => {
    expect(readDate('05/04/2023')).toBe('2023-04-05');
    expect(readDate('5-4-2023')).toBe('2023-04-05');
    expect(readDate('2023-04-05')).toBe('2023-04-05');
    expect(readDate('ngày 05 tháng 4 năm 2023')).toBe('2023-04-05');
    expect(readDate('05 tháng 4 năm 2023')).toBe('2023-04-05');
  });

  it('refuses dates that do not exist', () => {
    expect(readDate('31/02/2023')).toBeUndefined();
    expect(readDate('29/02/2023')).toBeUndefined();
    expect(readDate('29/02/2024')).toBe('2024-02-29');
    expect(readDate('05/13/2023')).toBeUndefined();
    expect(readDate('hôm nay')).toBeUndefined();
  });
});

describe('readYear', () => {
  it('reads four-digit years only', () => {
    expect(readYear(' 2023 ')).toBe(2023);
    expect(readYear('23')).toBeUndefined();
    expect(readYear('năm 2023')).toBeUndefined();
    expect(readYear('1800')).toBeUndefined();
  });
});

describe('readDocumentNumber', () => {
  it('finds the number, not a date, and closes spaces around the slash', () => {
    expect(readDocumentNumber('Kế hoạch số 56/KH-UBND, ngày 27/02/2023 của UBND tỉnh')).toBe('56/KH-UBND');
    expect(readDocumentNumber('102 /KH-UBND')).toBe('102/KH-UBND');
    expect(readDocumentNumber('26/KH-BCĐ138/CP ngày 18/01/2022')).toBe('26/KH-BCĐ138/CP');
    expect(readDocumentNumber('ngày 27/02/2023')).toBeUndefined();
  });
});
