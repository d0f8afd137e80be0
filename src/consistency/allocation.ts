import type { DecimalString } from '../ast/types.js';
import { COUNT_DOMAIN } from './constraint.js';
import { exact, toDecimalString } from './decimal.js';
import { boundOf, type Bound } from './findings.js';
import { difference, isEmpty, restrict, witness, type Endpoint, type Interval } from './interval.js';
import { quantityMismatch } from './quantity.js';
import { asConstraint, type Checkable } from './satisfies.js';

/** One unit's share of a split figure: the unit (`Phường Cẩm Đông`) and its own bound (`≥ 40 hồ sơ`). */
export interface AllocationPart {
  readonly unit: string;
  readonly bound: Checkable;
}

/** Why an allocation could not be checked. */
export type AllocationProblem =
  | { readonly code: 'not_a_count'; readonly unit?: string }
  | { readonly code: 'per_unit'; readonly unit?: string }
  | { readonly code: 'quantity_mismatch'; readonly unit: string }
  | { readonly code: 'uncheckable'; readonly unit?: string }
  | { readonly code: 'impossible_part'; readonly unit: string }
  | { readonly code: 'no_parts' };

/**
 * The check of a split figure:
 * - `covers`: whenever every unit meets its own figure, their total meets the whole
 * - `short`: the units can all meet their figures while the total fails the whole; the
 *   `counterexample` gives each unit's value (all at their floors, or all at their ceilings)
 * - `not_checkable`: see `problem` (only counts add up; rates and changes do not)
 *
 * `total` is what the units' figures guarantee together (`≥ 550 hồ sơ` from 16 wards' floors).
 */
export type AllocationResult =
  | { readonly status: 'covers'; readonly whole: Bound; readonly total: Interval }
  | {
      readonly status: 'short';
      readonly whole: Bound;
      readonly total: Interval;
      readonly counterexample: { readonly parts: readonly { readonly unit: string; readonly value: DecimalString }[]; readonly total: DecimalString };
    }
  | { readonly status: 'not_checkable'; readonly problem: AllocationProblem };

/**
 * Check that the units' figures together meet the whole: a plan's `550 hồ sơ` split across the
 * wards is met by the wards' own figures only if their floors add up to at least 550 (and, for a
 * ceiling, their ceilings add up to at most the whole's). Counts only: rates and changes do not add.
 *
 * @example
 * checkAllocation(count('gte', '550', 'hồ sơ'), wards.map((w) => ({ unit: w.name, bound: count('gte', w.figure, 'hồ sơ') })))
 * // { status: 'short', counterexample: { total: '540', parts: [...] }, ... } when the wards' floors sum to 540
 */
export function checkAllocation(whole: Checkable, parts: readonly AllocationPart[]): AllocationResult {
  const w = asConstraint(whole);
  if (!w) return { status: 'not_checkable', problem: { code: 'uncheckable' } };
  if (w.quantity.kind !== 'count') return { status: 'not_checkable', problem: { code: 'not_a_count' } };
  if (w.quantity.each !== undefined) return { status: 'not_checkable', problem: { code: 'per_unit' } };
  if (parts.length === 0) return { status: 'not_checkable', problem: { code: 'no_parts' } };
  const shares: { unit: string; interval: Interval }[] = [];
  for (const part of parts) {
    const c = asConstraint(part.bound);
    if (!c) return { status: 'not_checkable', problem: { code: 'uncheckable', unit: part.unit } };
    if (c.quantity.kind !== 'count') return { status: 'not_checkable', problem: { code: 'not_a_count', unit: part.unit } };
    if (c.quantity.each !== undefined) return { status: 'not_checkable', problem: { code: 'per_unit', unit: part.unit } };
    if (quantityMismatch(c.quantity, w.quantity)) return { status: 'not_checkable', problem: { code: 'quantity_mismatch', unit: part.unit } };
    const interval = restrict(c.interval, COUNT_DOMAIN);
    if (isEmpty(interval)) return { status: 'not_checkable', problem: { code: 'impossible_part', unit: part.unit } };
    shares.push({ unit: part.unit, interval });
  }
  const total = sumOf(shares.map((s) => s.interval));
  const { below, above } = difference(total, restrict(w.interval, COUNT_DOMAIN), COUNT_DOMAIN);
  if (!isEmpty(below)) return { status: 'short', whole: boundOf(w), total, counterexample: spread(shares, total.lo!.value) };
  const over = witness(above, 'hi'); // all at their ceilings when they have ceilings
  if (over !== undefined) return { status: 'short', whole: boundOf(w), total, counterexample: spread(shares, over) };
  return { status: 'covers', whole: boundOf(w), total };
}

/**
 * The totals whole-number shares can reach: from the sum of their floors to the sum of their
 * ceilings (unbounded if any share is). Shares are restricted counts: closed, whole, floor ≥ 0.
 */
function sumOf(shares: readonly Interval[]): Interval {
  const add = (ends: readonly (Endpoint | undefined)[]): Endpoint | undefined =>
    ends.every((e) => e !== undefined) ? { value: toDecimalString(ends.reduce((s, e) => s.plus(exact(e!.value)), exact(0))), closed: true } : undefined;
  const lo = add(shares.map((s) => s.lo));
  const hi = add(shares.map((s) => s.hi));
  return { ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
}

/**
 * Values for the shares that add up to `total` (which lies between the sum of their floors and
 * the sum of their ceilings): every share at its floor, the rest handed out up to each ceiling.
 */
function spread(shares: readonly { unit: string; interval: Interval }[], total: DecimalString): { parts: { unit: string; value: DecimalString }[]; total: DecimalString } {
  let left = exact(total).minus(shares.reduce((s, x) => s.plus(exact(x.interval.lo!.value)), exact(0)));
  const parts = shares.map((x) => {
    const lo = exact(x.interval.lo!.value);
    const room = x.interval.hi ? exact(x.interval.hi.value).minus(lo) : left;
    const add = room.lt(left) ? room : left;
    left = left.minus(add);
    return { unit: x.unit, value: toDecimalString(lo.plus(add)) };
  });
  return { parts, total };
}
