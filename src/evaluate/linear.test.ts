import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formFor, signAt, threshold, type ValueShape } from './linear.js';
import { compare, div, mul, ratio, sub, type Rational } from './rational.js';

const HUNDRED = ratio(100n, 1n);

/** The value each shape means, computed directly from its definition. */
function value(shape: ValueShape, a: Rational, b: Rational): Rational {
  switch (shape) {
    case 'rate':
      return div(mul(a, HUNDRED), b);
    case 'count':
    case 'compare':
      return a;
    case 'decrease':
      return div(mul(sub(b, a), HUNDRED), b);
    case 'increase':
      return div(mul(sub(a, b), HUNDRED), b);
    case 'drop':
      return sub(b, a);
    case 'rise':
      return sub(a, b);
    case 'times':
      return div(a, b);
  }
}

const arbPos = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 4n })).map(([n, d]) => ratio(n, d));
const arbShape = fc.constantFrom<ValueShape>('rate', 'count', 'decrease', 'increase', 'compare', 'drop', 'rise', 'times');

describe('linear forms', () => {
  it('the sign of each form is the sign of value − figure, for any facts with b > 0', () => {
    fc.assert(
      fc.property(arbShape, arbPos, arbPos, arbPos, (shape, a, bRaw, f) => {
        const b = bRaw.n === 0n ? ratio(1n, 1n) : bRaw;
        const figure = shape === 'compare' ? b : f;
        expect(signAt(formFor(shape, f), a, b)).toBe(compare(value(shape, a, b), figure));
      }),
    );
  });

  it('the threshold is where the form changes sign', () => {
    fc.assert(
      fc.property(fc.constantFrom<ValueShape>('rate', 'count', 'decrease', 'increase', 'drop', 'rise', 'times'), arbPos, arbPos, (shape, bRaw, f) => {
        const b = bRaw.n === 0n ? ratio(1n, 1n) : bRaw;
        const form = formFor(shape, f);
        expect(signAt(form, threshold(form, b), b)).toBe(0);
      }),
    );
  });

  it('is the integer cross-multiplication of the issue: (base − cur)·100 ≥ 7·base', () => {
    expect(formFor('decrease', ratio(7n, 1n))).toEqual({ alpha: -100n, beta: 93n, gamma: 0n });
  });
});
