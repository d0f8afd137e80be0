import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { compareDecimals, formatDecimalVi, parseDecimalVi } from './numbers.js';

describe('parseDecimalVi', () => {
  it.each([
    ['07', '7'],
    ['7,5', '7.5'],
    ['7.5', '7.5'],
    ['1.000', '1000'],
    ['12.345.678', '12345678'],
    ['1.000,50', '1000.5'],
    ['0', '0'],
    ['00,0', '0'],
    ['100', '100'],
  ])('%s → %s', (text, value) => expect(parseDecimalVi(text)).toBe(value));

  it.each(['', 'abc', '1,2,3', '1..0', ',5'])('rejects %j', (text) => expect(parseDecimalVi(text)).toBeUndefined());
});

describe('formatDecimalVi', () => {
  it.each([
    ['1000', '1.000'],
    ['9.95', '9,95'],
    ['999', '999'],
    ['1234567.25', '1.234.567,25'],
    ['-1234.5', '-1.234,5'],
  ])('%s → %s', (value, text) => expect(formatDecimalVi(value)).toBe(text));

  it('round-trips every non-negative decimal through its Vietnamese spelling', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^\d{0,5}[1-9]$/), { nil: undefined }))
      .map(([i, f]) => (f ? `${i}.${f}` : `${i}`));
    fc.assert(fc.property(decimal, (d) => parseDecimalVi(formatDecimalVi(d)) === d));
  });
});

describe('compareDecimals', () => {
  it('orders canonical decimals exactly, as decimal.js does', () => {
    const decimal = fc.tuple(fc.nat({ max: 10 ** 6 }), fc.nat({ max: 999 })).map(([i, f]) => parseDecimalVi(`${i},${f}`)!);
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(Math.sign(compareDecimals(a, b))).toBe(new Decimal(a).comparedTo(b));
      }),
      { numRuns: 2000 },
    );
    expect(compareDecimals('7.50', '7.5')).toBe(0);
    expect(compareDecimals('10', '9.99')).toBeGreaterThan(0);
  });
});
