import type { DecimalString } from '../ast/types.js';
import { COUNT_DOMAIN } from './constraint.js';
import { exact, toDecimalString, type ExactDecimal } from './decimal.js';
import { boundOf, type Bound } from './findings.js';
import { difference, isEmpty, restrict, witness, type Endpoint, type Interval } from './interval.js';
import { quantityMismatch } from './quantity.js';
import { asConstraint, type Checkable } from './satisfies.js';
import type { Plan } from '../plan/types.js';
import { planMetrics } from './plan-metrics.js';

/**
 * One unit's share of a split figure: the unit (`Phường Cẩm Đông`) and its own bound (`≥ 40 hồ sơ`).
 *
 * @example
 * ({ unit: 'Phường Cẩm Đông', bound: parseTarget('300 hồ sơ').clauses[0]! })
 */
export interface AllocationPart {
  readonly unit: string;
  readonly bound: Checkable;
}

/**
 * Why an allocation could not be checked: a part that is not a count (`not_a_count`), is per
 * unit (`per_unit`), counts in another unit (`quantity_mismatch`), cannot be checked
 * (`uncheckable`) or admits no value (`impossible_part`); or there are no parts (`no_parts`).
 *
 * @example
 * checkAllocation(parseTarget('550 hồ sơ').clauses[0]!, [{ unit: 'Phường Cẩm Đông', bound: parseTarget('Đạt tỷ lệ 80%').clauses[0]! }])
 * // { status: 'not_checkable', problem: { code: 'not_a_count', unit: 'Phường Cẩm Đông' } }
 */
export type AllocationProblem =
  | { readonly code: 'not_a_count'; readonly unit?: string }
  | { readonly code: 'per_unit'; readonly unit?: string }
  | { readonly code: 'quantity_mismatch'; readonly unit: string }
  | { readonly code: 'uncheckable'; readonly unit?: string }
  | { readonly code: 'impossible_part'; readonly unit: string }
  | { readonly code: 'no_parts' };

/**
 * Values for every unit, each meeting its own bound, and their total.
 *
 * @example
 * // `550 hồ sơ` split as `300 hồ sơ` and `240 hồ sơ`: both wards meet theirs, the total falls short
 * ({ parts: [{ unit: 'Phường Cẩm Đông', value: '300' }, { unit: 'Phường Cẩm Phú', value: '240' }], total: '540' })
 */
export interface AllocationCounterexample {
  readonly parts: readonly { readonly unit: string; readonly value: DecimalString }[];
  readonly total: DecimalString;
}

/**
 * The check of a split figure:
 * - `covers`: whenever every unit meets its own figure, their total meets the whole
 * - `short`: the units can all meet their figures while the total fails the whole; the
 *   `counterexample` gives each unit's value (at their floors when the total falls short, at
 *   their ceilings when it overshoots a ceiling)
 * - `not_checkable`: see `problem` (only counts and amounts add up; rates and changes do not)
 *
 * `total` is every total the units' figures allow together (`≥ 550 hồ sơ` from the wards' floors).
 *
 * @example
 * checkAllocation(parseTarget('550 hồ sơ').clauses[0]!, [{ unit: 'Phường Cẩm Đông', bound: c300 }, { unit: 'Phường Cẩm Phú', bound: c240 }])
 * // { status: 'short', whole: { quantity: { kind: 'count', unit: 'hồ sơ' }, ... }, total: { lo: { value: '540', closed: true } },
 * //   counterexample: { parts: [{ unit: 'Phường Cẩm Đông', value: '300' }, { unit: 'Phường Cẩm Phú', value: '240' }], total: '540' } }
 */
export type AllocationResult =
  | { readonly status: 'covers'; readonly whole: Bound; readonly total: Interval }
  | { readonly status: 'short'; readonly whole: Bound; readonly total: Interval; readonly counterexample: AllocationCounterexample }
  | { readonly status: 'not_checkable'; readonly problem: AllocationProblem };

interface Share {
  readonly unit: string;
  readonly interval: Interval;
}

/**
 * Check that the units' figures together meet the whole: a plan's `550 hồ sơ` split across the
 * wards is met by the wards' own figures only if their floors add up to at least 550 (and, for a
 * ceiling, their ceilings add up to at most the whole's). Counts and amounts only: rates and
 * changes do not add.
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
  const shares: Share[] = [];
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
  if (!isEmpty(below)) return { status: 'short', whole: boundOf(w), total, counterexample: atFloors(shares, below) };
  if (!isEmpty(above)) return { status: 'short', whole: boundOf(w), total, counterexample: atCeilings(shares, above) };
  return { status: 'covers', whole: boundOf(w), total };
}

/**
 * Every total the shares can reach (their Minkowski sum): from the sum of their floors (reached
 * only if every floor is) to the sum of their ceilings (unbounded if any share is).
 */
function sumOf(shares: readonly Interval[]): Interval {
  const add = (ends: readonly (Endpoint | undefined)[]): Endpoint | undefined =>
    ends.every((e) => e !== undefined)
      ? { value: toDecimalString(ends.reduce((s, e) => s.plus(exact(e!.value)), exact(0))), closed: ends.every((e) => e!.closed) }
      : undefined;
  const lo = add(shares.map((s) => s.lo));
  const hi = add(shares.map((s) => s.hi));
  return { ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
}

const sum = (xs: readonly ExactDecimal[]) => xs.reduce((s, x) => s.plus(x), exact(0));

/**
 * Unit values whose total lies in `below` (the totals short of the whole): every unit at its
 * floor when every floor is closed; otherwise each a little above its floor, by amounts that
 * keep the total inside `below`.
 */
function atFloors(shares: readonly Share[], below: Interval): AllocationCounterexample {
  const lo = shares.map((s) => exact(s.interval.lo!.value));
  const open = shares.map((s) => !s.interval.lo!.closed);
  const inner = shares.map((s) => exact(witness(s.interval, 'lo')!));
  const floor = sum(lo);
  // `below` runs from the sum of the floors up to its own upper end: go half way at most.
  const room = below.hi ? exact(below.hi.value).minus(floor).div(2) : exact(1);
  const lifts = open.some(Boolean) ? share(lo.map((l, i) => inner[i]!.minus(l)), open, room) : lo.map(() => exact(0));
  return result(shares, lo.map((l, i) => l.plus(lifts[i]!)));
}

/**
 * Unit values whose total lies in `above` (the totals over a ceiling): every unit at its
 * ceiling when all have closed ceilings; a little below them when some are open; and when a
 * unit has no ceiling, that unit alone takes the excess.
 */
function atCeilings(shares: readonly Share[], above: Interval): AllocationCounterexample {
  const inner = shares.map((s) => exact(witness(s.interval, 'hi')!));
  const unbounded = shares.findIndex((s) => !s.interval.hi);
  if (unbounded >= 0) {
    const target = exact(witness(above, 'lo', true)!);
    const excess = target.minus(sum(inner));
    return result(shares, inner.map((v, i) => (i === unbounded && excess.isPositive() ? v.plus(excess) : v)));
  }
  const hi = shares.map((s) => exact(s.interval.hi!.value));
  const open = shares.map((s) => !s.interval.hi!.closed);
  const ceiling = sum(hi);
  const room = ceiling.minus(exact(above.lo!.value)).div(2);
  const drops = open.some(Boolean) ? share(hi.map((h, i) => h.minus(inner[i]!)), open, room) : hi.map(() => exact(0));
  return result(shares, hi.map((h, i) => h.minus(drops[i]!)));
}

/**
 * Split at most `room` (> 0) into per-unit moves within each unit's `capacity`, every `mustMove`
 * unit moving by more than 0. Only halvings are used, so every move is an exact decimal.
 */
function share(capacity: readonly ExactDecimal[], mustMove: readonly boolean[], room: ExactDecimal): ExactDecimal[] {
  const total = sum(capacity);
  let left = total.lt(room) ? total : room;
  const movers = mustMove.filter(Boolean).length;
  let slice = left;
  while (slice.times(movers).gte(left)) slice = slice.div(2);
  const moves = capacity.map((c, i) => (mustMove[i] ? (c.lt(slice) ? c : slice) : exact(0)));
  left = left.minus(sum(moves));
  return moves.map((m, i) => {
    const free = capacity[i]!.minus(m);
    const add = free.lt(left) ? free : left;
    left = left.minus(add);
    return m.plus(add);
  });
}

function result(shares: readonly Share[], values: readonly ExactDecimal[]): AllocationCounterexample {
  return { parts: shares.map((s, i) => ({ unit: s.unit, value: toDecimalString(values[i]!) })), total: toDecimalString(sum(values)) };
}

/**
 * One unit's plan and the metric in it that takes its share (the whole's metric id by default).
 *
 * @example
 * ({ unit: 'Phường Cẩm Đông', plan: parsePlan(camDongSource), metric: '3.3' })
 */
export interface PlanAllocationPart {
  readonly unit: string;
  readonly plan: Plan;
  readonly metric?: string;
}

/**
 * `checkAllocation`'s result, or a metric id (of the whole or of a unit's plan) that names nothing.
 *
 * @example
 * checkPlanAllocation(camPha, '9.9', parts) // { status: 'not_checkable', problem: { code: 'unknown_metric', metric: '9.9' } }
 */
export type PlanAllocationResult =
  | AllocationResult
  | { readonly status: 'not_checkable'; readonly problem: { readonly code: 'unknown_metric'; readonly unit?: string; readonly metric: string } };

/**
 * `checkAllocation` across plans: the whole plan's metric against each unit's own plan (a ward's
 * plan carrying its share of the city's `550 hồ sơ`). A metric id that names nothing is
 * `not_checkable` with `unknown_metric`.
 *
 * @example
 * checkPlanAllocation(camPha, '3.3', wards.map((w) => ({ unit: w.name, plan: w.plan })))
 */
export function checkPlanAllocation(whole: Plan, metric: string, parts: readonly PlanAllocationPart[]): PlanAllocationResult {
  const find = (plan: Plan, id: string) => planMetrics(plan).find((m) => m.id === id);
  const w = find(whole, metric);
  if (!w) return { status: 'not_checkable', problem: { code: 'unknown_metric', metric } };
  const shares: AllocationPart[] = [];
  for (const p of parts) {
    const id = p.metric ?? metric;
    const m = find(p.plan, id);
    if (!m) return { status: 'not_checkable', problem: { code: 'unknown_metric', unit: p.unit, metric: id } };
    shares.push({ unit: p.unit, bound: m.constraint ?? m.clause });
  }
  return checkAllocation(w.constraint ?? w.clause, shares);
}
