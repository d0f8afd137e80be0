import { domainOf, partsAtZeroBase, type Constraint } from './constraint.js';
import { isEmpty, isSubset, restrict, intersect, type Endpoint } from './interval.js';
import { quantityMismatch, type QuantityMismatch } from './quantity.js';
import { asConstraint, type Checkable } from './satisfies.js';

/**
 * Whether every value meeting `a` meets `b` (`≥ 80%` implies `> 75%`). False when the two bound
 * different quantities, when either has no figure, and when `a` compares with a baseline that
 * may be 0 while `b` needs a percentage of it (see `partsAtZeroBase`). An impossible `a`
 * implies anything.
 *
 * @example
 * entails(dat80, tren75) // true
 * entails(tren75, dat80) // false: 77% meets the first only
 */
export function entails(a: Checkable, b: Checkable): boolean {
  const ca = asConstraint(a);
  const cb = asConstraint(b);
  if (!ca || !cb || quantityMismatch(ca.quantity, cb.quantity) || partsAtZeroBase(ca, cb)) return false;
  const domain = domainOf(ca.quantity);
  return isSubset(restrict(ca.interval, domain), restrict(cb.interval, domain));
}

/**
 * Why no value meets two constraints:
 * - `impossible`: one of them (`which`) admits no value of its quantity by itself
 * - `disjoint`: the floor of one (`floorFrom`) lies above the ceiling of the other: every value
 *   the first allows is too high for the second
 *
 * @example
 * contradicts(clause('Đạt tỷ lệ từ 80% trở lên'), clause('Đạt trên 100%')) // { contradicts: true, reason: { code: 'impossible', which: 'b' } }
 */
export type ContradictionReason =
  | { readonly code: 'impossible'; readonly which: 'a' | 'b' }
  | { readonly code: 'disjoint'; readonly floorFrom: 'a' | 'b'; readonly floor: Endpoint; readonly ceiling: Endpoint };

/**
 * The answer of `contradicts`: a contradiction with its reason, or none (with why not, when the two cannot be compared).
 *
 * @example
 * contradicts(clause('Đạt tỷ lệ dưới 70%'), clause('Đạt tỷ lệ từ 80% trở lên'))
 * // { contradicts: true, reason: { code: 'disjoint', floorFrom: 'b', floor: { value: '80', closed: true }, ceiling: { value: '70', closed: false } } }
 * contradicts(clause('Đạt tỷ lệ từ 80% trở lên'), clause('550 hồ sơ')) // { contradicts: false, mismatch: 'kind' }
 */
export type ContradictionResult =
  | { readonly contradicts: true; readonly reason: ContradictionReason }
  | { readonly contradicts: false; readonly mismatch?: QuantityMismatch | 'uncheckable' };

/**
 * Whether no value meets both `a` and `b`, with the reason. Two clauses on different quantities
 * never contradict here (nothing links a rate to a count).
 *
 * @example
 * contradicts(duoi70, dat80) // { contradicts: true, reason: { code: 'disjoint', floorFrom: 'b', ... } }
 */
export function contradicts(a: Checkable, b: Checkable): ContradictionResult {
  const ca = asConstraint(a);
  const cb = asConstraint(b);
  if (!ca || !cb) return { contradicts: false, mismatch: 'uncheckable' };
  const mismatch = quantityMismatch(ca.quantity, cb.quantity);
  if (mismatch) return { contradicts: false, mismatch };
  const domain = domainOf(ca.quantity);
  const ra = restrict(ca.interval, domain);
  const rb = restrict(cb.interval, domain);
  if (isEmpty(ra)) return { contradicts: true, reason: { code: 'impossible', which: 'a' } };
  if (isEmpty(rb)) return { contradicts: true, reason: { code: 'impossible', which: 'b' } };
  if (!isEmpty(restrict(intersect(ra, rb), domain))) return { contradicts: false };
  return { contradicts: true, reason: disjointReason(ra, rb) };
}

/** Which floor clears which ceiling: both are non-empty and disjoint, so one lies wholly above the other. */
function disjointReason(ra: Constraint['interval'], rb: Constraint['interval']): ContradictionReason {
  // a lies above b exactly when a has a floor and b's values all sit below it.
  const aAbove = ra.lo !== undefined && rb.hi !== undefined && isEmpty(intersect({ lo: ra.lo }, { hi: rb.hi }));
  if (aAbove) return { code: 'disjoint', floorFrom: 'a', floor: ra.lo!, ceiling: rb.hi! };
  return { code: 'disjoint', floorFrom: 'b', floor: rb.lo!, ceiling: ra.hi! };
}
