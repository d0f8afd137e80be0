/**
 * Soundness of the checker against the exact meaning of a clause (`satisfies`): whatever it
 * claims must hold for every value tried. The same properties run against the evaluator in
 * `soundness-evaluator.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clausePair, probeValues, randomValues } from './arbitraries.fixture.js';
import { compareConstraints } from './compare.js';
import { contradicts, entails } from './relation.js';
import { quantityMismatch } from './quantity.js';
import { asConstraint, satisfies } from './satisfies.js';
import { clauseProblems } from './clause-checks.js';

const RUNS = { numRuns: 10_000 };

describe('soundness against the exact meaning', () => {
  it('entails(a, b): every value meeting a meets b', () => {
    fc.assert(
      fc.property(clausePair, randomValues, ([a, b], random) => {
        if (!entails(a, b)) return;
        for (const v of probeValues(a, b, random)) {
          if (satisfies(a, v)) expect(satisfies(b, v), `value ${v}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('contradicts(a, b): no value meets both', () => {
    fc.assert(
      fc.property(clausePair, randomValues, ([a, b], random) => {
        if (!contradicts(a, b).contradicts) return;
        for (const v of probeValues(a, b, random)) expect(satisfies(a, v) && satisfies(b, v), `value ${v}`).toBe(false);
      }),
      RUNS,
    );
  });

  it('looser: the counterexample meets the lower and fails the higher; stricter: the margin the other way', () => {
    fc.assert(
      fc.property(clausePair, ([lower, higher]) => {
        const r = compareConstraints(lower, higher);
        if (r.strictness === 'looser') {
          expect(r.counterexample).toBeDefined();
          expect(satisfies(lower, r.counterexample!.value)).toBe(true);
          expect(satisfies(higher, r.counterexample!.value)).toBe(false);
        }
        if (r.reason.code === 'subset') {
          expect(satisfies(higher, r.reason.margin.value)).toBe(true);
          expect(satisfies(lower, r.reason.margin.value)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('is complete on one quantity: a possible lower clause either implies the higher or has a counterexample', () => {
    fc.assert(
      fc.property(clausePair, ([lower, higher]) => {
        const cl = asConstraint(lower)!;
        const ch = asConstraint(higher)!;
        if (quantityMismatch(cl.quantity, ch.quantity) || clauseProblems(lower).some((p) => p.code === 'impossible')) return;
        const r = compareConstraints(lower, higher);
        if (r.reason.code === 'zero_baseline') {
          expect(entails(lower, higher)).toBe(false);
          return;
        }
        expect(r.strictness === 'looser').toBe(!entails(lower, higher));
      }),
      RUNS,
    );
  });
});
