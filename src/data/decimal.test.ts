import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toDecimalString } from './decimal.js';

describe('toDecimalString', () => {
  it.each([
    ['412', '412'],
    ['0412.50', '412.5'],
    ['0.000', '0'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [1e21, undefined],
    [2 ** 53 - 1, '9007199254740991'],
    [2 ** 53, undefined],
    [-1, undefined],
    ['1,5', undefined],
    ['1e3', undefined],
    ['-2', undefined],
    [' 2', undefined],
  ])('%j → %j', (input, out) => expect(toDecimalString(input)).toBe(out));

  it('keeps every decimal string digit for digit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.nat({ max: 30 }), (n, scale) => {
        const digits = n.toString().padStart(scale + 1, '0');
        const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        const out = toDecimalString(text)!;
        const [i = '', f = ''] = out.split('.');
        // Canonical form drops trailing zeros only, so padding the fraction back gives n.
        expect(f.length).toBeLessThanOrEqual(scale);
        expect(BigInt(i + f.padEnd(scale, '0'))).toBe(n);
      }),
    );
  });

});
