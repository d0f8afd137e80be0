import type { DecimalString } from '../ast/types.js';
import { exact, toDecimalString, type ExactDecimal } from './decimal.js';

/**
 * One end of an interval: the figure and whether the figure itself belongs to the interval.
 *
 * @example
 * ({ value: '80', closed: true })  // the floor of `từ 80% trở lên`: 80 meets it
 * ({ value: '70', closed: false }) // the ceiling of `dưới 70%`: 70 does not
 */
export interface Endpoint {
  readonly value: DecimalString;
  readonly closed: boolean;
}

/**
 * A set of values on the real line, with exact decimal ends; a missing end is unbounded.
 * `{ lo: { value: '80', closed: true } }` is `[80, ∞)`, the values meeting `≥ 80%`.
 *
 * @example
 * ({ lo: { value: '70', closed: false } }) // (70, ∞): the values meeting `trên 70%`
 */
export interface Interval {
  readonly lo?: Endpoint;
  readonly hi?: Endpoint;
}

/**
 * Where a quantity can live at all: a rate in `[0, 100]`, a count `≥ 0`, a cut `≤ 100`.
 * Values are exact decimals, not only whole numbers: data may carry `549.5` (an amount in
 * `triệu đồng` is a count clause too) and the evaluator judges it, so reading `> 5` as `≥ 6`
 * would be unsound.
 */
export interface Domain {
  readonly interval: Interval;
}

/** The whole real line. */
export const EVERYTHING: Interval = {};

/** No value at all (`(0, 0)`). */
export const NOTHING: Interval = { lo: { value: '0', closed: false }, hi: { value: '0', closed: false } };

/**
 * Build an interval from its ends (`undefined` = unbounded).
 *
 * @example
 * interval(['80', true], undefined) // [80, ∞)
 */
export function interval(lo?: readonly [DecimalString, boolean], hi?: readonly [DecimalString, boolean]): Interval {
  return {
    ...(lo ? { lo: { value: lo[0], closed: lo[1] } } : {}),
    ...(hi ? { hi: { value: hi[0], closed: hi[1] } } : {}),
  };
}

function cmp(a: DecimalString, b: DecimalString): number {
  return exact(a).cmp(exact(b));
}

/**
 * Whether no value lies in the interval.
 *
 * @example
 * isEmpty(interval(['5', false], ['5', true])) // true: (5, 5]
 */
export function isEmpty(i: Interval): boolean {
  if (!i.lo || !i.hi) return false;
  const c = cmp(i.lo.value, i.hi.value);
  return c > 0 || (c === 0 && !(i.lo.closed && i.hi.closed));
}

/**
 * Whether `value` lies in the interval, exactly.
 *
 * @example
 * contains(interval(['75', false]), '75') // false: `trên 75%` excludes 75
 */
export function contains(i: Interval, value: DecimalString): boolean {
  const v = exact(value);
  if (i.lo) {
    const c = v.cmp(exact(i.lo.value));
    if (c < 0 || (c === 0 && !i.lo.closed)) return false;
  }
  if (i.hi) {
    const c = v.cmp(exact(i.hi.value));
    if (c > 0 || (c === 0 && !i.hi.closed)) return false;
  }
  return true;
}

/** The tighter of two lower ends (the larger figure; at a tie, the open one). */
function tighterLo(a?: Endpoint, b?: Endpoint): Endpoint | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = cmp(a.value, b.value);
  if (c !== 0) return c > 0 ? a : b;
  return a.closed ? b : a;
}

/** The tighter of two upper ends (the smaller figure; at a tie, the open one). */
function tighterHi(a?: Endpoint, b?: Endpoint): Endpoint | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = cmp(a.value, b.value);
  if (c !== 0) return c < 0 ? a : b;
  return a.closed ? b : a;
}

/**
 * The values in both intervals (may be empty: check with `isEmpty`).
 *
 * @example
 * intersect(interval(['80', true]), interval(undefined, ['100', true])) // [80, 100]
 */
export function intersect(a: Interval, b: Interval): Interval {
  const lo = tighterLo(a.lo, b.lo);
  const hi = tighterHi(a.hi, b.hi);
  // Most intersections are one of the two (a bound inside its domain): reuse it.
  if (lo === a.lo && hi === a.hi) return a;
  if (lo === b.lo && hi === b.hi) return b;
  return { ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
}

/**
 * The part of an interval a quantity can actually take: clipped to its domain.
 *
 * @example
 * restrict(interval(['80', true]), RATE_DOMAIN) // [80, 100]
 */
export function restrict(i: Interval, domain: Domain): Interval {
  return intersect(i, domain.interval);
}

/**
 * Whether every value of `a` is in `b` (an empty `a` is in everything). Compare intervals
 * restricted to the same domain, so that `≥ 100%` and `= 100%` are the same rates.
 *
 * @example
 * isSubset(interval(['80', true]), interval(['75', false])) // true: ≥ 80 implies > 75
 */
export function isSubset(a: Interval, b: Interval): boolean {
  if (isEmpty(a)) return true;
  return loWithin(a.lo, b.lo) && hiWithin(a.hi, b.hi);
}

/** Whether lower end `a` is at or inside lower end `b`. */
function loWithin(a: Endpoint | undefined, b: Endpoint | undefined): boolean {
  if (!b) return true;
  if (!a) return false;
  const c = cmp(a.value, b.value);
  return c > 0 || (c === 0 && (b.closed || !a.closed));
}

/** Whether upper end `a` is at or inside upper end `b`. */
function hiWithin(a: Endpoint | undefined, b: Endpoint | undefined): boolean {
  if (!b) return true;
  if (!a) return false;
  const c = cmp(a.value, b.value);
  return c < 0 || (c === 0 && (b.closed || !a.closed));
}

/**
 * Whether two non-empty intervals share a value (without building their intersection).
 *
 * @example
 * overlaps(interval(undefined, ['80', false]), interval(['80', true])) // false: < 80 and ≥ 80
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return !clears(a.lo, b.hi) && !clears(b.lo, a.hi);
}

/** Whether a lower end lies above an upper end, leaving no value between them. */
function clears(lo: Endpoint | undefined, hi: Endpoint | undefined): boolean {
  if (!lo || !hi) return false;
  const c = cmp(lo.value, hi.value);
  return c > 0 || (c === 0 && !(lo.closed && hi.closed));
}

/**
 * Whether two intervals hold the same values (both restricted to the same domain).
 *
 * @example
 * sameValues(interval(['100', true], ['100', true]), interval(['100', true], ['100', true])) // true
 */
export function sameValues(a: Interval, b: Interval): boolean {
  return isSubset(a, b) && isSubset(b, a);
}

/**
 * The values of `a` that are not in `b`, as the part below `b` and the part above it
 * (each possibly empty), restricted to `domain`.
 *
 * @example
 * difference(interval(['60', true]), interval(['100', true], ['100', true]), RATE).below // [60, 100)
 */
export function difference(a: Interval, b: Interval, domain: Domain): { below: Interval; above: Interval } {
  const belowB: Interval = b.lo ? { hi: { value: b.lo.value, closed: !b.lo.closed } } : NOTHING;
  const aboveB: Interval = b.hi ? { lo: { value: b.hi.value, closed: !b.hi.closed } } : NOTHING;
  return {
    below: restrict(intersect(a, belowB), domain),
    above: restrict(intersect(a, aboveB), domain),
  };
}

/**
 * One value of a non-empty interval, chosen to read well in a report: the closed end if
 * there is one (the figure the author wrote), else the midpoint, else one step inside the end.
 * `prefer` picks which end comes first; `whole` picks the whole number nearest that end when
 * the interval holds one (for counts).
 *
 * @example
 * witness(interval(['90', false], ['95', false]))              // "92.5"
 * witness(interval(['5', false], ['7', false]), 'lo', true)    // "6"
 */
export function witness(i: Interval, prefer: 'lo' | 'hi' = 'lo', whole = false): DecimalString | undefined {
  if (isEmpty(i)) return undefined;
  if (whole) {
    const n = wholeNear(i, prefer);
    if (n !== undefined) return n;
  }
  const { lo, hi } = i;
  const first = prefer === 'lo' ? lo : hi;
  const second = prefer === 'lo' ? hi : lo;
  if (first?.closed) return first.value;
  if (second?.closed) return second.value;
  if (lo && hi) return toDecimalString(exact(lo.value).plus(exact(hi.value)).div(2));
  if (lo) return toDecimalString(exact(lo.value).plus(1));
  if (hi) return toDecimalString(exact(hi.value).minus(1));
  return '0';
}

/** The whole number of `i` nearest its `prefer` end (or its other end when that one is open-ended). */
function wholeNear(i: Interval, prefer: 'lo' | 'hi'): DecimalString | undefined {
  const fromLo = (e: Endpoint): ExactDecimal => (e.closed ? exact(e.value).ceil() : exact(e.value).floor().plus(1));
  const fromHi = (e: Endpoint): ExactDecimal => (e.closed ? exact(e.value).floor() : exact(e.value).ceil().minus(1));
  const pick = prefer === 'lo' ? (i.lo ? fromLo(i.lo) : i.hi && fromHi(i.hi)) : i.hi ? fromHi(i.hi) : i.lo && fromLo(i.lo);
  const n = pick === undefined ? exact(0) : pick;
  const value = toDecimalString(n);
  return contains(i, value) ? value : undefined;
}

/**
 * The interval of `−x` for `x` in `i` (an increase of at least 5% is a cut of at most −5%).
 *
 * @example
 * negate(interval(['5', true])) // (−∞, −5]
 */
export function negate(i: Interval): Interval {
  const flip = (e: Endpoint): Endpoint => ({ value: toDecimalString(exact(e.value).neg()), closed: e.closed });
  return { ...(i.hi ? { lo: flip(i.hi) } : {}), ...(i.lo ? { hi: flip(i.lo) } : {}) };
}
