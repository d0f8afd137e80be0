import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Bound, Clause } from '../ast/types.js';
import { flipOf } from './flip.js';
import { judge } from './judge.js';
import { ratio } from './rational.js';
import { signsAt } from './signs.js';
import { numericSpec, type NumericSpec } from './spec.js';

const span = { start: 0, end: 0, line: 1, column: 1 };
const subject = { before: '', after: '' };
const rate = (bound: Bound): Clause => ({ kind: 'rate', part: 'main', subject, span, bound });
const decrease = (bound: Bound): Clause => ({ kind: 'change', direction: 'decrease', part: 'main', subject, span, bound, baseline: { kind: 'year', year: 2022 } });

const meets = (spec: NumericSpec, a: bigint, b: bigint) => judge(spec.op, signsAt(spec, ratio(a, 1n), ratio(b, 1n))) !== 'not_met';

describe('flipOf', () => {
  it('the issue example: 157/200 against ≥ 80% needs 3 more', () => {
    const spec = numericSpec(rate({ op: 'gte', value: '80' }))!;
    expect(flipOf(spec, ratio(157n, 1n), ratio(200n, 1n), 'not_met')).toEqual({ delta: 3, result: '160', to: 'met' });
    expect(flipOf(spec, ratio(165n, 1n), ratio(200n, 1n), 'exceeded')).toEqual({ delta: -6, result: '159', to: 'not_met' });
  });

  it('a decrease of ≥ 7% from 412 needs the current value down to 383', () => {
    const spec = numericSpec(decrease({ op: 'gte', value: '7' }))!;
    expect(flipOf(spec, ratio(400n, 1n), ratio(412n, 1n), 'not_met')).toEqual({ delta: -17, result: '383', to: 'met' });
  });

  it('does not flip past the denominator or below zero', () => {
    expect(flipOf(numericSpec(rate({ op: 'gt', value: '100' }))!, ratio(5n, 1n), ratio(10n, 1n), 'not_met')).toBeUndefined();
    // 0 of 10 is below 5%, and no count of cases can go below 0.
    expect(flipOf(numericSpec(rate({ op: 'gte', value: '5' }))!, ratio(0n, 1n), ratio(10n, 1n), 'not_met')).toEqual({ delta: 1, result: '1', to: 'met' });
    expect(flipOf(numericSpec(rate({ op: 'lte', value: '50' }))!, ratio(0n, 1n), ratio(10n, 1n), 'exceeded')).toEqual({ delta: 6, result: '6', to: 'not_met' });
    expect(flipOf(numericSpec(rate({ op: 'gte', value: '0' }))!, ratio(0n, 1n), ratio(10n, 1n), 'met')).toBeUndefined();
  });

  const ops = ['gte', 'gt', 'lte', 'lt', 'eq', 'approx'] as const;
  it('flips the verdict, and no smaller change does (brute force)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 60 }),
        fc.nat({ max: 60 }),
        fc.boolean(),
        (op, figure, b, aRaw, asRate) => {
          const bound = { op, value: String(figure) };
          const spec = numericSpec(asRate ? rate(bound) : decrease(bound))!;
          const a = asRate ? aRaw % (b + 1) : aRaw;
          const bb = BigInt(b);
          const now = judge(spec.op, signsAt(spec, ratio(BigInt(a), 1n), ratio(bb, 1n)));
          const flip = flipOf(spec, ratio(BigInt(a), 1n), ratio(bb, 1n), now);
          const max = asRate ? b : 200;
          const was = now !== 'not_met';
          // Every whole value reachable within range, nearest first.
          const candidates = Array.from({ length: max + 1 }, (_, v) => v).sort((x, y) => Math.abs(x - a) - Math.abs(y - a));
          const firstFlip = candidates.find((v) => meets(spec, BigInt(v), bb) !== was);
          if (flip === undefined) {
            // Only when no value in range flips (for decreases, beyond the search bound is allowed).
            if (asRate) expect(firstFlip).toBeUndefined();
            return;
          }
          expect(meets(spec, BigInt(flip.result), bb)).toBe(!was);
          expect(flip.to).toBe(was ? 'not_met' : 'met');
          if (firstFlip !== undefined) expect(Math.abs(flip.delta)).toBe(Math.abs(firstFlip - a));
        },
      ),
    );
  });
});
