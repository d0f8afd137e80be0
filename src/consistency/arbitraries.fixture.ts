/**
 * fast-check generators of quantitative clauses and of values to try them on, for the
 * soundness properties. Only tests import this file.
 */
import fc from 'fast-check';
import type { Baseline, Clause, Comparator } from '../ast/types.js';
import { change, compare, count, rate, year, zero } from './clauses.fixture.js';
import { asConstraint } from './satisfies.js';
import { exact, toDecimalString } from './decimal.js';

/** Figures as plans write them: mostly small whole numbers, some with one or two decimals. */
export const figure = fc.oneof(
  fc.integer({ min: 0, max: 120 }).map(String),
  fc.integer({ min: 0, max: 12000 }).map((n) => toDecimalString(exact(n).div(100))),
);

const op = fc.constantFrom<Comparator>('gte', 'gt', 'lte', 'lt', 'eq', 'approx');
const baselines: readonly Baseline[] = [year(2022), year(2021), { kind: 'period_start' }];
const baseline = fc.constantFrom(...baselines);

const rateClause = fc.tuple(op, figure).map(([o, v]) => rate(o, v));
const countClause = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(op, figure, fc.constantFrom('vụ', 'hồ sơ')).map(([o, v, u]) => count(o, v, u)) },
  { weight: 1, arbitrary: fc.constant(zero()) },
);
const changeClause = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('decrease' as const, 'increase' as const), op, figure, baseline).map(([d, o, v, b]) => change(d, o, v, b)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('gt' as const, 'lt' as const, 'gte' as const, 'lte' as const), baseline).map(([o, b]) => compare(o, b)) },
);

/** Rates, counts in two units, changes against two baselines, comparisons, zero tolerance. */
export const clause: fc.Arbitrary<Clause> = fc.oneof(rateClause, countClause, changeClause);

/**
 * Two clauses, most often of the same kind (so that most pairs are comparable and the
 * properties have something to check), sometimes of any two kinds.
 */
export const clausePair: fc.Arbitrary<readonly [Clause, Clause]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(rateClause, rateClause) },
  { weight: 3, arbitrary: fc.tuple(countClause, countClause) },
  { weight: 3, arbitrary: fc.tuple(changeClause, changeClause) },
  { weight: 1, arbitrary: fc.tuple(clause, clause) },
);

/**
 * Values worth trying against a pair of clauses: every figure either clause writes, a hair
 * either side of it, and random values across the quantity's range. Boundary slips live at the figures.
 */
export function probeValues(a: Clause, b: Clause, random: readonly string[]): string[] {
  const ends = [a, b].flatMap((c) => {
    const k = asConstraint(c);
    return k ? [k.interval.lo?.value, k.interval.hi?.value].filter((v): v is string => v !== undefined) : [];
  });
  const hair = exact('0.0001');
  const near = ends.flatMap((e) => [e, toDecimalString(exact(e).minus(hair)), toDecimalString(exact(e).plus(hair)), toDecimalString(exact(e).minus(1)), toDecimalString(exact(e).plus(1))]);
  return [...near, ...random, '0', '100'];
}

/** Random values over the ranges of rates, counts and cuts. */
export const randomValues = fc.array(
  fc.oneof(
    fc.integer({ min: -300, max: 300 }).map(String),
    fc.integer({ min: -30000, max: 30000 }).map((n) => toDecimalString(exact(n).div(100))),
  ),
  { minLength: 1, maxLength: 8 },
);
