import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ceil, compare, floor, fromDecimal, isInteger, ratio, toDecimal } from './rational.js';

const arbRatio = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n })).map(([n, d]) => ratio(n, d));

describe('rational', () => {
  it('reads decimal strings exactly', () => {
    expect(fromDecimal('7.25')).toEqual({ n: 725n, d: 100n });
    expect(fromDecimal('-0.5')).toEqual({ n: -5n, d: 10n });
    expect(compare(fromDecimal('0.1'), ratio(1n, 10n))).toBe(0);
  });

  it('floor ≤ x < floor + 1 and ceil − 1 < x ≤ ceil, for negatives too', () => {
    fc.assert(
      fc.property(arbRatio, (x) => {
        const f = floor(x);
        const c = ceil(x);
        expect(compare(ratio(f, 1n), x)).toBeLessThanOrEqual(0);
        expect(compare(ratio(f + 1n, 1n), x)).toBe(1);
        expect(compare(ratio(c, 1n), x)).toBeGreaterThanOrEqual(0);
        expect(compare(ratio(c - 1n, 1n), x)).toBe(-1);
        expect(c - f).toBe(isInteger(x) ? 0n : 1n);
      }),
    );
  });

  it('rounds half away from zero for display and says when it is exact', () => {
    expect(toDecimal(ratio(170n, 2n), 2)).toEqual({ text: '85', exact: true });
    expect(toDecimal(ratio(200n, 3n), 2)).toEqual({ text: '66.67', exact: false });
    expect(toDecimal(ratio(-1n, 8n), 2)).toEqual({ text: '-0.13', exact: false });
    expect(toDecimal(ratio(1n, 1000n), 2)).toEqual({ text: '0', exact: false });
    expect(toDecimal(ratio(-1n, 1000n), 2)).toEqual({ text: '0', exact: false });
    expect(toDecimal(ratio(5n, 1000n), 2)).toEqual({ text: '0.01', exact: false });
  });

  it('the display value is within half a unit of the last digit', () => {
    fc.assert(
      fc.property(arbRatio, fc.integer({ min: 0, max: 6 }), (x, digits) => {
        const shown = fromDecimal(toDecimal(x, digits).text);
        const diff = ratio((shown.n * x.d - x.n * shown.d) * 2n * 10n ** BigInt(digits), shown.d * x.d);
        expect(compare(diff, ratio(1n, 1n))).toBeLessThanOrEqual(0);
        expect(compare(diff, ratio(-1n, 1n))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
