import type { Baseline, Bound, ChangeMeasure, Clause, DecimalString, PeriodUnit, YearSpan } from '../ast/types.js';
import { exact, toDecimalString } from './decimal.js';
import { interval, negate, type Domain, type Interval } from './interval.js';

/**
 * The named quantity a clause bounds.
 * - `rate`: a rate in percent (numerator / denominator × 100), in `[0, 100]`
 * - `count`: a number of `unit`, `≥ 0` (per `per` when a frequency); not only whole numbers,
 *   since an amount (`triệu đồng`) is a count clause too; `unit` is absent for a zero-tolerance
 *   clause (`Không để xảy ra`), whose 0 is 0 in any unit
 * - `change`: the cut in percent against `baseline`, `(base − value) / base × 100`: a decrease
 *   of 7% is a cut of 7, an increase of 5% a cut of −5. At most 100 (the value cannot go below 0).
 *   A relative change needs a positive base: against a base of 0 it is undefined. With a
 *   `measure`, the cut is `base − value` in percentage points (`points`, within ±100) or in the
 *   clause's `unit` (`absolute`); a `times` change bounds the multiple `value / base` itself;
 *   an `average` change bounds the average yearly cut in percent (a compound rate), over `period`.
 *
 * `each` is the per-unit quantifier (`mỗi xã`): every unit of that kind must meet the bound.
 *
 * @example
 * ({ kind: 'change', baseline: { kind: 'year', year: 2022 } }) // `Giảm 07% so với năm 2022`
 * ({ kind: 'count', unit: 'mô hình' }) // `ít nhất 01 mô hình`
 */
export type Quantity =
  | { readonly kind: 'rate'; readonly each?: string }
  | { readonly kind: 'count'; readonly unit?: string; readonly per?: PeriodUnit; readonly each?: string }
  | {
      readonly kind: 'change';
      readonly baseline: Baseline;
      readonly measure?: ChangeMeasure;
      readonly unit?: string;
      /** The years an `average` change is averaged over: averages over different years differ. */
      readonly period?: YearSpan;
      readonly each?: string;
    };

/**
 * Which side of the quantity is better: `higher` (a floor: `từ 80% trở lên`, `khoảng X`, a cut
 * of at least 7%), `lower` (a ceiling: `không quá`, zero tolerance, a required increase read as
 * a cut), or `exact` (`= X`).
 *
 * @example
 * constraintOf(parseTarget('Đạt tỷ lệ từ 80% trở lên').clauses[0]!) // { checkable: true, constraint: { direction: 'higher', ... } }
 */
export type Direction = 'higher' | 'lower' | 'exact';

/**
 * A quantitative clause as a set of values: the values of `quantity` that meet it.
 * `interval` is the set as written (`trên 100%` stays `(100, ∞)`, which is why it is impossible).
 *
 * @example
 * constraintOf(parseTarget('Đạt tỷ lệ từ 80% trở lên').clauses[0]!)
 * // { checkable: true, constraint: { quantity: { kind: 'rate' }, interval: { lo: { value: '80', closed: true } }, direction: 'higher', source } }
 */
export interface Constraint {
  readonly quantity: Quantity;
  readonly interval: Interval;
  readonly direction: Direction;
  /** A range's stretch figure (`từ 5-10%`: 10), in the quantity's own measure. */
  readonly stretch?: DecimalString;
  /** The clause it was read from, for messages. */
  readonly source?: Clause;
  /**
   * Set for a comparison with the baseline (`nhiều hơn năm 2022`): it compares the value with the
   * base, so it is defined when the base is 0, where a percentage change (`giảm 7%`) is not.
   */
  readonly signOnly?: true;
}

/**
 * Why a clause yields no constraint: it is judged by an assessment, another body, or a date.
 *
 * @example
 * constraintOf(parseTarget('Hoàn thành tốt nhiệm vụ được giao').clauses[0]!) // { checkable: false, kind: 'qualitative' }
 */
export type UncheckableKind = 'qualitative' | 'delegated' | 'task';

/**
 * A clause read as a constraint, or the reason it cannot be.
 *
 * @example
 * constraintOf(parseTarget('Đạt tỷ lệ từ 80% trở lên').clauses[0]!)
 * // { checkable: true, constraint: { quantity: { kind: 'rate' }, interval: { lo: { value: '80', closed: true } }, direction: 'higher', source } }
 * constraintOf(parseTarget('Hoàn thành tốt nhiệm vụ được giao').clauses[0]!) // { checkable: false, kind: 'qualitative' }
 */
export type ConstraintResult =
  | { readonly checkable: true; readonly constraint: Constraint }
  | { readonly checkable: false; readonly kind: UncheckableKind };

/** Rates live in `[0, 100]`. */
export const RATE_DOMAIN: Domain = { interval: interval(['0', true], ['100', true]) };
/** Counts (and amounts) are `≥ 0`. */
export const COUNT_DOMAIN: Domain = { interval: interval(['0', true]) };
/** A cut is at most 100% (down to 0); an increase has no ceiling. */
export const CHANGE_DOMAIN: Domain = { interval: interval(undefined, ['100', true]) };
/** A rate moves by at most 100 points either way. */
export const POINTS_DOMAIN: Domain = { interval: interval(['-100', true], ['100', true]) };
/** An absolute change in a unit may be any amount. */
export const ANY_DOMAIN: Domain = { interval: interval() };

/**
 * Where a quantity can live at all.
 *
 * @example
 * domainOf({ kind: 'rate' }) // [0, 100]
 */
export function domainOf(q: Quantity): Domain {
  switch (q.kind) {
    case 'rate':
      return RATE_DOMAIN;
    case 'count':
      return COUNT_DOMAIN;
    case 'change':
      return q.measure === undefined || q.measure === 'average' ? CHANGE_DOMAIN : q.measure === 'points' ? POINTS_DOMAIN : q.measure === 'times' ? COUNT_DOMAIN : ANY_DOMAIN;
  }
}

const APPROX_FLOOR = exact('0.95');

/**
 * The values a bound admits (meets or exceeds: đạt or vượt), on the measure it is written in.
 * `khoảng X` is met from `0.95X` (within ±5% is đạt, above the band is vượt, both meet it), so
 * it admits `[0.95X, ∞)`; a range (`stretch`) is met from its floor, so only `op` and `value` count.
 *
 * @example
 * boundInterval({ op: 'gt', value: '75' })     // (75, ∞)
 * boundInterval({ op: 'approx', value: '80' }) // [76, ∞)
 */
export function boundInterval(bound: Bound): Interval {
  const v = bound.value;
  switch (bound.op) {
    case 'gte':
      return interval([v, true]);
    case 'gt':
      return interval([v, false]);
    case 'lte':
      return interval(undefined, [v, true]);
    case 'lt':
      return interval(undefined, [v, false]);
    case 'eq':
      return interval([v, true], [v, true]);
    case 'approx':
      return interval([toDecimalString(exact(v).times(APPROX_FLOOR)), true]);
  }
}

function boundDirection(bound: Bound): Direction {
  if (bound.op === 'gte' || bound.op === 'gt' || bound.op === 'approx') return 'higher';
  if (bound.op === 'lte' || bound.op === 'lt') return 'lower';
  return 'exact';
}

function flip(d: Direction): Direction {
  return d === 'higher' ? 'lower' : d === 'lower' ? 'higher' : 'exact';
}

function withEach<Q extends Quantity>(q: Q, each: string | undefined): Q {
  return each === undefined ? q : { ...q, each };
}

/**
 * Read one clause as a constraint on its quantity. Qualitative, delegated and task clauses
 * have no figure to check and come back as `checkable: false`.
 *
 * @example
 * const r = constraintOf(giam7) // `Giảm 07% so với năm 2022`
 * r.checkable && r.constraint.interval // [7, ∞) on the cut against 2022
 */
export function constraintOf(clause: Clause): ConstraintResult {
  const make = (c: Omit<Constraint, 'source'>): ConstraintResult => ({ checkable: true, constraint: { ...c, source: clause } });
  switch (clause.kind) {
    case 'rate':
      return make({ quantity: withEach({ kind: 'rate' }, clause.each), ...fromBound(clause.bound, false) });
    case 'count': {
      const q = { kind: 'count' as const, unit: clause.unit, ...(clause.per ? { per: clause.per } : {}) };
      return make({ quantity: withEach(q, clause.each), ...fromBound(clause.bound, false) });
    }
    case 'change': {
      const measured = {
        ...(clause.measure !== undefined && { measure: clause.measure }),
        ...(clause.unit !== undefined && { unit: clause.unit }),
        ...(clause.period !== undefined && { period: clause.period }),
      };
      const q = withEach({ kind: 'change' as const, baseline: clause.baseline, ...measured }, clause.each);
      // A multiple bounds `value / base` itself; every other change is read as a cut.
      return make({ quantity: q, ...fromBound(clause.bound, clause.direction === 'increase' && clause.measure !== 'times') });
    }
    case 'compare':
      return make({ quantity: withEach({ kind: 'change', baseline: clause.baseline }, clause.each), ...fromCompare(clause.op), signOnly: true });
    case 'zero':
      return make({ quantity: withEach({ kind: 'count' }, clause.each), interval: interval(['0', true], ['0', true]), direction: 'lower' });
    case 'qualitative':
    case 'delegated':
    case 'task':
      return { checkable: false, kind: clause.kind };
  }
}

/** A bound's interval, direction and stretch; `negated` reads an increase as a negative cut. */
function fromBound(bound: Bound, negated: boolean): Pick<Constraint, 'interval' | 'direction' | 'stretch'> {
  const i = boundInterval(bound);
  const d = boundDirection(bound);
  const stretch = bound.stretch === undefined ? {} : { stretch: negated ? toDecimalString(exact(bound.stretch).neg()) : bound.stretch };
  return negated ? { interval: negate(i), direction: flip(d), ...stretch } : { interval: i, direction: d, ...stretch };
}

/**
 * A comparison with a baseline on the cut: `> năm 2022` (more than the base) is a cut below 0,
 * `< năm 2022` a cut above 0.
 */
function fromCompare(op: 'gt' | 'lt' | 'gte' | 'lte'): Pick<Constraint, 'interval' | 'direction'> {
  switch (op) {
    case 'gt':
      return { interval: interval(undefined, ['0', false]), direction: 'lower' };
    case 'gte':
      return { interval: interval(undefined, ['0', true]), direction: 'lower' };
    case 'lt':
      return { interval: interval(['0', false]), direction: 'higher' };
    case 'lte':
      return { interval: interval(['0', true]), direction: 'higher' };
  }
}

/**
 * Whether `a` can be met where `b` cannot even be judged: `a` compares with the baseline
 * (`nhiều hơn năm 2022`, `không cao hơn năm 2022`), `b` is a percentage change, and a base of 0
 * meets `a` (a value above 0, or equal to it) while leaving `b`'s percentage undefined. Then
 * `a` never implies `b`, whatever their cuts say. `thấp hơn năm 2022` cannot be met at a base of
 * 0 (no value is below 0), so it is exempt.
 *
 * @example
 * partsAtZeroBase(nhieuHon2022, tang0) // true
 * partsAtZeroBase(thapHon2022, giam0)  // false
 */
export function partsAtZeroBase(a: Constraint, b: Constraint): boolean {
  if (!a.signOnly || b.signOnly || b.quantity.kind !== 'change') return false;
  // At base 0 a value of 0 reads as a cut of 0 and a value above 0 as a cut below 0: `a` is met
  // there unless its floor lies above 0 (or at 0, open).
  const lo = a.interval.lo;
  return !lo || exact(lo.value).isNegative() || (exact(lo.value).isZero() && lo.closed);
}
