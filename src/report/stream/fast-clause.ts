/**
 * Clauses a streamed check can judge from one row at a time, with the evaluator's own compiled
 * decider (`CompiledClause.decide`) and the same rules as the full path (`measure`, `whenDue`):
 * rates, counts (without a frequency shorter than a year), zero tolerance, and changes against
 * the row's own `start` (`so với đầu kỳ`, `so với hiện nay`). Anything that needs another row
 * (a baseline year, sub-periods, units) or no figure (assessments, tasks) is left to the full
 * evaluator.
 */
import type { Clause, Schedule, Target } from '../../ast/types.js';
import { compileTarget } from '../../evaluate/compile.js';
import type { FastStatus } from '../../evaluate/fast.js';
import { judge } from '../../evaluate/judge.js';
import { fromDecimal, type Rational } from '../../evaluate/rational.js';
import { signsAt } from '../../evaluate/signs.js';
import { numericSpec, outOfDomain, type NumericSpec } from '../../evaluate/spec.js';
import { termDeadline } from '../../evaluate/deadline.js';
import type { Period } from '../../periods/period.js';

/**
 * The facts one row gives: a figure (`value`, with its `start`) or a fraction.
 *
 * @example
 * ({ kind: 'rate', numerator: 450, denominator: 500 })
 */
export type RowFacts =
  | { readonly kind: 'value'; readonly value: number | string; readonly start?: number | string }
  | { readonly kind: 'rate'; readonly numerator: number | string; readonly denominator: number | string }
  | { readonly kind: 'other' };

/** How a clause turns a row into the two facts of its decider. */
type Shape = 'rate' | 'count' | 'start_change';

/**
 * One clause, ready to judge rows.
 *
 * @example
 * fastClauses(parseTarget('550 hồ sơ'))?.[0] // { shape: 'count', floorCount: true, decide, ... }
 */
export interface FastClause {
  readonly shape: Shape;
  readonly decide: (a: number, b: number) => FastStatus;
  readonly spec: NumericSpec;
  /** A count floor (`550 hồ sơ`) not reached is `not_due` before its deadline. */
  readonly floorCount: boolean;
  /**
   * Every linear form of the decider is homogeneous (no constant term): the sign of
   * `α·a + β·b` is the same at (a, b) and at (a·s, b·s) for s > 0, so a fact may be scaled.
   */
  readonly homogeneous: boolean;
  readonly clause: Clause;
}

function shapeOf(c: Clause): Shape | undefined {
  if (c.each !== undefined) return undefined; // per-unit: rows of every unit
  switch (c.kind) {
    case 'rate':
      return 'rate';
    case 'zero':
      return 'count';
    case 'count':
      // A frequency shorter than a year is checked on each sub-period's row.
      return c.per === undefined || c.per === 'year' ? 'count' : undefined;
    case 'change':
      // Points, units and multiples go to the full evaluator (no fast reader of theirs yet).
      if (c.measure !== undefined) return undefined;
      return c.baseline.kind === 'period_start' || c.baseline.kind === 'current' ? 'start_change' : undefined;
    default:
      return undefined;
  }
}

/**
 * The clauses of a target as fast clauses, or `undefined` when any clause needs the full
 * evaluator.
 *
 * @example
 * fastClauses(parseTarget('Đạt trên 91%'))?.[0]?.shape // "rate"
 * fastClauses(parseTarget('Giảm 07% so với năm 2022')) // undefined: the 2022 row is another row
 */
export function fastClauses(target: Target): readonly FastClause[] | undefined {
  // Plans generated from one template share Target objects: compile each once.
  if (cache.has(target)) return cache.get(target);
  const result = buildFastClauses(target);
  cache.set(target, result);
  return result;
}

const cache = new WeakMap<Target, readonly FastClause[] | undefined>();

function buildFastClauses(target: Target): readonly FastClause[] | undefined {
  const shapes = target.clauses.map(shapeOf);
  if (shapes.length === 0 || shapes.some((s) => s === undefined)) return undefined;
  const compiled = compileTarget(target);
  return target.clauses.map((clause, i) => {
    const spec = numericSpec(clause)!;
    const floor = spec.op === 'gte' || spec.op === 'gt' || spec.op === 'approx';
    const { f, stretch, lo, hi } = spec.forms;
    const homogeneous = [f, stretch, lo, hi].every((form) => form === undefined || form.gamma === 0n);
    return { shape: shapes[i]!, decide: compiled.clauses[i]!.decide!, spec, floorCount: clause.kind === 'count' && floor, homogeneous, clause };
  });
}

/** A figure as the decider takes it: a JS number that is exactly the decimal, else undefined. */
function exactNumber(x: number | string): number | undefined {
  if (typeof x === 'number') return x;
  const n = Number(x);
  // Only when the shortest spelling of the double is the decimal itself (no digits lost).
  return Number.isFinite(n) && String(n) === x ? n : undefined;
}

function rational(x: number | string): Rational {
  return fromDecimal(typeof x === 'number' ? String(x) : x);
}

/** Decide from two facts: the compiled closure when both are exact doubles, else exact rationals. */
function decideFacts(f: FastClause, a: number | string, b: number | string): FastStatus {
  const x = exactNumber(a);
  const y = exactNumber(b);
  if (x !== undefined && y !== undefined) return f.decide(x, y);
  const ra = rational(a);
  const rb = rational(b);
  if (f.spec.dividesByB && rb.n === 0n) return 'no_data';
  if (outOfDomain(f.spec, ra, rb)) return 'no_data';
  return judge(f.spec.op, signsAt(f.spec, ra, rb));
}

/**
 * The status a clause gets from its row, before deadlines: as `measure` judges it (a rate from
 * a fraction, or from a percentage as `value/100`; a count from a value; a change from `value`
 * against `start`), `no_data` for a row of the wrong kind or a zero denominator or baseline.
 *
 * @example
 * rowStatus(fast, { kind: 'rate', numerator: 450, denominator: 500 }) // "not_met" for `> 91%`
 */
export function rowStatus(f: FastClause, row: RowFacts): FastStatus {
  switch (f.shape) {
    case 'rate':
      if (row.kind === 'rate') return decideFacts(f, row.numerator, row.denominator);
      // A percentage: value/100 over 1 is value over 100 (the rate forms are homogeneous);
      // above 100 it is out of the rate's domain, which the decider refuses.
      return row.kind === 'value' ? decideFacts(f, row.value, 100) : 'no_data';
    case 'count':
      return row.kind === 'value' ? decideFacts(f, row.value, 0) : 'no_data';
    case 'start_change':
      return row.kind === 'value' && row.start !== undefined ? decideFacts(f, row.value, row.start) : 'no_data';
  }
}

/** 10^0 … 10^15: every one is a double exactly. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * {@link rowStatus} for a row read on the fast path (JSON numbers, no allocation): the
 * decider takes the numbers as they are, exactly. A text reader also gives a percentage's
 * digits (`valueDigits / 10^valueScale` is `value` as written): a rate with homogeneous forms
 * then judges `digits` over `100·10^scale`, two integers, which the decider takes on its fast
 * path, instead of the decimal `value` over 100, which takes its BigInt path. Same sign, same
 * status: the forms are homogeneous and 10^scale > 0; and `value` as JSON.parse reads it is
 * the double nearest `digits / 10^scale`, whose shortest spelling (what the BigInt path reads)
 * is those digits, as a decimal of at most 15 digits is the shortest that rounds to it.
 *
 * @example
 * numberStatus(fast, undefined, 450, 500, undefined) // "not_met" for `> 91%`
 * numberStatus(fast, 91.5, undefined, undefined, undefined, 915, 1) // "met", as numberStatus(fast, 91.5, ...)
 */
export function numberStatus(
  f: FastClause,
  value: number | undefined,
  numerator: number | undefined,
  denominator: number | undefined,
  start: number | undefined,
  valueDigits = 0,
  valueScale = 0,
): FastStatus {
  switch (f.shape) {
    case 'rate':
      if (numerator !== undefined) return f.decide(numerator, denominator!);
      // Above 100 (digits above 100·10^scale) the decider gives no_data, as for a fraction.
      return valueScale > 0 && f.homogeneous ? f.decide(valueDigits, 100 * POW10[valueScale]!) : f.decide(value!, 100);
    case 'count':
      return value !== undefined ? f.decide(value, 0) : 'no_data';
    case 'start_change':
      return value !== undefined && start !== undefined ? f.decide(value, start) : 'no_data';
  }
}

/**
 * When a count floor can still be reached: the schedule's last deadline, else the end of the
 * year holding the period (as `numericClause` computes it).
 *
 * @example
 * countDeadline(undefined, { year: 2023, unit: 'month', index: 5 }, 2023) // "2023-12-31"
 */
export function countDeadline(schedule: Schedule | undefined, p: Period, planYear: number | undefined): string {
  return termDeadline(schedule, p, 'year', planYear);
}
