import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTarget } from '../api/index.js';
import type { ChangeClause } from '../ast/types.js';
import { averageValue, averageYears } from './average.js';
import { formFor, signAt } from './linear.js';
import { compare, fromDecimal, ratio, sub, toDecimal } from './rational.js';

const clause = (text: string): ChangeClause => parseTarget(text).clauses[0] as ChangeClause;
const year = (y: number) => ({ year: y, unit: 'year' as const, index: 1 });

describe('averageYears', () => {
  const over = clause('Tốc độ tăng trưởng GRDP bình quân 7%/năm giai đoạn 2021-2025');

  it('counts from the year before the period to the judged year', () => {
    expect([2021, 2023, 2025].map((y) => averageYears(over, year(y), 2023))).toEqual([1, 3, 5]);
  });

  it('says nothing outside the period, nor for the baseline year itself', () => {
    expect([2020, 2026].map((y) => averageYears(over, year(y), 2023))).toEqual([undefined, undefined]);
  });

  it('is one year without a period (each year against the one before), and from a written baseline year', () => {
    expect(averageYears(clause('Ngân sách tăng bình quân 7%/năm'), year(2024), 2024)).toBe(1);
    expect(averageYears(clause('Ngân sách tăng bình quân 7%/năm so với năm 2020'), year(2024), 2024)).toBe(4);
  });
});

describe('averageValue', () => {
  it('is the n-th root: 1,07³ over three years is 7%, a fall to 0,9² over two is 10%', () => {
    expect(toDecimal(averageValue('increase', ratio(1225043n, 1n), ratio(1000000n, 1n), 3), 6).text).toBe('7');
    expect(toDecimal(averageValue('decrease', ratio(81n, 1n), ratio(100n, 1n), 2), 6).text).toBe('10');
  });

  it('lies on the side of the figure the exact verdict says, wherever the two are apart', () => {
    let apart = 0;
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 3000 }), (a, b, n, hundredths) => {
        const f = ratio(BigInt(hundredths), 100n); // 0% to 30% a year
        const exact = signAt(formFor('grow', f, n), ratio(a, 1n), ratio(b, 1n));
        const diff = sub(averageValue('increase', ratio(a, 1n), ratio(b, 1n), n), f);
        // The shown value is rounded at 30 decimals: only a difference beyond that is compared.
        if (compare(diff, fromDecimal('0.00000000000000000001')) <= 0 && compare(diff, fromDecimal('-0.00000000000000000001')) >= 0) return;
        apart++;
        expect(compare(diff, ratio(0n, 1n))).toBe(exact);
      }),
    );
    expect(apart).toBeGreaterThan(50);
  });
});
