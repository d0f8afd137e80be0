/**
 * Observations for the soundness properties against the evaluator: rows that the data layer
 * accepts and that a real quantity can produce (a rate as a fraction with numerator ≤
 * denominator or a percentage in [0, 100]; counts and values ≥ 0), chosen both at random and
 * right at the figures the clauses write, where off-by-one slips live. Only tests import this file.
 */
import fc from 'fast-check';
import type { Baseline, Clause, DecimalString } from '../ast/types.js';
import type { ObservationSet, ValueObservation, RateObservation } from '../data/types.js';
import { evaluateTarget } from '../evaluate/index.js';
import { target } from './clauses.fixture.js';
import { asConstraint } from './satisfies.js';
import { exact, toDecimalString } from './decimal.js';
import type { Witness } from './compare.js';

const PLAN_YEAR = 2023;
const PERIOD = String(PLAN_YEAR);

type Row = Omit<ValueObservation, 'row'> | Omit<RateObservation, 'row'>;

function set(rows: readonly Row[]): ObservationSet {
  return { observations: rows.map((r, row) => ({ ...r, row })), warnings: [] };
}

/** Whether the evaluator says the single-clause target is met or exceeded (đạt or vượt). */
export function meets(clause: Clause, data: ObservationSet): boolean {
  const status = evaluateTarget(target(clause), data, { period: PERIOD, year: PLAN_YEAR }).status;
  return status === 'met' || status === 'exceeded';
}

/** The figures two clauses write, in their quantity's measure (a cut for changes). */
function figures(a: Clause, b: Clause): ExactDecimal[] {
  return [a, b].flatMap((c) => {
    const k = asConstraint(c);
    return k ? [k.interval.lo?.value, k.interval.hi?.value].filter((v): v is string => v !== undefined).map((v) => exact(v)) : [];
  });
}
type ExactDecimal = ReturnType<typeof exact>;

const nonNegative = (d: ExactDecimal) => (d.isNegative() ? exact(0) : d);
const str = (d: ExactDecimal) => toDecimalString(d);

/** A value near a figure: on it, a hair either side, or one either side. */
const nudge = fc.constantFrom('0', '0.0001', '-0.0001', '1', '-1', '0.5');

/** Rows giving a rate: a percentage row or a fraction row, near a figure or anywhere. */
function rateRows(figs: readonly ExactDecimal[]): fc.Arbitrary<Row[]> {
  const percent = fc.oneof(
    fc.tuple(fc.constantFrom(...(figs.length ? figs : [exact(50)])), nudge).map(([f, n]) => f.plus(n)),
    fc.integer({ min: 0, max: 10000 }).map((n) => exact(n).div(100)),
  ).filter((p) => p.gte(0) && p.lte(100));
  const asValue = percent.map((p): Row[] => [{ kind: 'value', period: PERIOD, value: str(p) }]);
  const asFraction = fc
    .tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }))
    .map(([d, n]): Row[] => [{ kind: 'rate', period: PERIOD, numerator: String(Math.min(n, d)), denominator: String(d) }]);
  // A fraction exactly on a figure: figure/100 = n/10000.
  const onFigure = percent.map((p): Row[] => [{ kind: 'rate', period: PERIOD, numerator: str(p.times(100)), denominator: '10000' }]);
  return fc.oneof(asValue, asFraction, onFigure);
}

/** Rows giving a count: near a figure or anywhere, never negative. */
function countRows(figs: readonly ExactDecimal[]): fc.Arbitrary<Row[]> {
  const value = fc.oneof(
    fc.tuple(fc.constantFrom(...(figs.length ? figs : [exact(5)])), nudge).map(([f, n]) => nonNegative(f.plus(n))),
    fc.integer({ min: 0, max: 2000 }).map((n) => exact(n)),
    fc.integer({ min: 0, max: 20000 }).map((n) => exact(n).div(100)),
  );
  return value.map((v) => [{ kind: 'value', period: PERIOD, value: str(v) }]);
}

/**
 * Rows giving a change against every baseline the generators use (2021, 2022, the period's
 * start): a base and a current value. Cuts near a figure on a base of 100 or 10,000; random
 * bases and values; and a base of 0, where a percentage is undefined but a comparison is not.
 */
function changeRows(figs: readonly ExactDecimal[]): fc.Arbitrary<Row[]> {
  const nearFigure = fc
    .tuple(fc.constantFrom(...(figs.length ? figs : [exact(5)])), nudge, fc.constantFrom(100, 10000))
    .map(([f, n, base]) => ({ base: exact(base), current: nonNegative(exact(base).times(exact(1).minus(f.plus(n).div(100)))) }));
  const random = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 1000 })).map(([base, current]) => ({ base: exact(base), current: exact(current) }));
  const zeroBase = fc.integer({ min: 0, max: 3 }).map((current) => ({ base: exact(0), current: exact(current) }));
  return fc.oneof({ weight: 4, arbitrary: nearFigure }, { weight: 4, arbitrary: random }, { weight: 1, arbitrary: zeroBase }).map(({ base, current }) => [
    { kind: 'value', period: '2021', value: str(base) },
    { kind: 'value', period: '2022', value: str(base) },
    { kind: 'value', period: PERIOD, value: str(current), start: str(base) },
  ]);
}

/**
 * Observation sets worth trying against two clauses of the same kind of quantity (for clauses
 * of different kinds the checker claims nothing, and any data will do).
 */
export function observationsFor(a: Clause, b: Clause): fc.Arbitrary<ObservationSet> {
  const k = asConstraint(a)?.quantity.kind;
  const figs = figures(a, b);
  const rows = k === 'rate' ? rateRows(figs) : k === 'count' ? countRows(figs) : changeRows(figs);
  return rows.map(set);
}

/** The observations of a witness value: a rate or count as a row, a cut on a base of 100 (and 2021/2022/start alike). */
export function observationOf(w: Witness, base: DecimalString = '100'): ObservationSet {
  if (w.quantity.kind !== 'change') return set([{ kind: 'value', period: PERIOD, value: w.value }]);
  const current = str(exact(base).times(exact(1).minus(exact(w.value).div(100))));
  return set([
    { kind: 'value', period: '2021', value: base },
    { kind: 'value', period: '2022', value: base },
    { kind: 'value', period: PERIOD, value: current, start: base },
  ]);
}

/** Baselines the clause generators use; the rows above cover each. */
export const BASELINES: readonly Baseline[] = [{ kind: 'year', year: 2021 }, { kind: 'year', year: 2022 }, { kind: 'period_start' }];
