/**
 * Soundness of the checker through the evaluator (issue 5 acceptance): whatever the checker
 * claims about two clauses holds for every generated observation, judged by `evaluateTarget`
 * (met or exceeded counts as meeting a target).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clausePair } from './arbitraries.fixture.js';
import { compareConstraints } from './compare.js';
import { meets, observationOf, observationsFor } from './observations.fixture.js';
import { contradicts, entails } from './relation.js';

const RUNS = { numRuns: 10_000 };

/** A pair and four observation sets for it (the observations depend on the pair's figures). */
const pairWithData = clausePair.chain(([a, b]) => fc.array(observationsFor(a, b), { minLength: 4, maxLength: 4 }).map((sets) => ({ a, b, sets })));

describe('soundness through the evaluator', () => {
  it('entails(a, b): every observation meeting a meets b', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairWithData, ({ a, b, sets }) => {
        if (!entails(a, b)) return;
        for (const data of sets) {
          if (!meets(a, data)) continue;
          checked++;
          expect(meets(b, data)).toBe(true);
        }
      }),
      RUNS,
    );
    // The property must have been put to the test, not passed vacuously.
    expect(checked).toBeGreaterThan(1000);
  });

  it('contradicts(a, b): no observation meets both', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairWithData, ({ a, b, sets }) => {
        if (!contradicts(a, b).contradicts) return;
        for (const data of sets) {
          checked++;
          expect(meets(a, data) && meets(b, data)).toBe(false);
        }
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('looser: the counterexample meets the lower and fails the higher; stricter: the margin the other way', () => {
    let checked = 0;
    fc.assert(
      fc.property(clausePair, fc.constantFrom('100', '10000', '7'), ([lower, higher], base) => {
        const r = compareConstraints(lower, higher);
        if (r.strictness === 'looser') {
          checked++;
          const data = observationOf(r.counterexample!, base);
          expect(meets(lower, data)).toBe(true);
          expect(meets(higher, data)).toBe(false);
        }
        if (r.reason.code === 'subset') {
          const data = observationOf(r.reason.margin, base);
          expect(meets(higher, data)).toBe(true);
          expect(meets(lower, data)).toBe(false);
        }
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(1000);
  });
});
