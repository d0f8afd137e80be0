import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formFor, signAt, threshold, type ValueShape } from './linear.js';
import { compare, div, mul, neg, ratio, sub, type Rational } from './rational.js';

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
    case 'shrink': // over one year (formFor's default) an average is the change itself
      return div(mul(sub(b, a), HUNDRED), b);
    case 'increase':
    case 'grow':
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
const arbShape = fc.constantFrom<ValueShape>('rate', 'count', 'decrease', 'increase', 'compare', 'drop', 'rise', 'times', 'grow', 'shrink');

/** `x^n` for a rational and a whole `n ≥ 1`, exactly. */
function pow(x: Rational, n: number): Rational {
  let r = ratio(1n, 1n);
  for (let i = 0; i < n; i++) r = mul(r, x);
  return r;
}

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

  it('an average over n years meets f exactly when a/b reaches (1 ± f/100)^n', () => {
    let beyond = 0;
    fc.assert(
      fc.property(fc.constantFrom<'grow' | 'shrink'>('grow', 'shrink'), arbPos, arbPos, fc.integer({ min: 1, max: 12 }), (shape, a, bRaw, n) => {
        const b = bRaw.n === 0n ? ratio(1n, 1n) : bRaw;
        const f = ratio(a.n % 3000n, 100n); // below 30% a year, hundredths included
        const step = div(shape === 'grow' ? sub(HUNDRED, neg(f)) : sub(HUNDRED, f), HUNDRED); // 1 ± f/100
        const growth = div(a, b);
        // grow: a/b ≥ (1 + f)^n is met; shrink: a/b ≤ (1 − f)^n is met.
        const expected = shape === 'grow' ? compare(growth, pow(step, n)) : compare(pow(step, n), growth);
        if (expected !== 0) beyond++;
        expect(signAt(formFor(shape, f, n), a, b)).toBe(expected);
      }),
    );
    expect(beyond).toBeGreaterThan(50); // not only the boundary
  });

  it('a cut of more than 100% a year is never met, whatever the facts', () => {
    fc.assert(
      fc.property(arbPos, arbPos, fc.integer({ min: 1, max: 12 }), (a, b, n) => {
        expect(signAt(formFor('shrink', ratio(121n, 1n), n), a, b.n === 0n ? ratio(1n, 1n) : b)).toBe(-1);
      }),
    );
  });

  it('1,07³ = 1,225043: a 7% average over three years, exactly at the figure', () => {
    const form = formFor('grow', ratio(7n, 1n), 3);
    expect(signAt(form, ratio(1225043n, 1n), ratio(1000000n, 1n))).toBe(0);
    expect(signAt(form, ratio(1225042n, 1n), ratio(1000000n, 1n))).toBe(-1);
  });

  it('the threshold is where the form changes sign', () => {
    fc.assert(
      fc.property(fc.constantFrom<ValueShape>('rate', 'count', 'decrease', 'increase', 'drop', 'rise', 'times', 'grow'), arbPos, arbPos, (shape, bRaw, f) => {
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
