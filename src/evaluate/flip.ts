import type { Judgement } from './judge.js';
import { threshold } from './linear.js';
import { ceil, floor, isInteger, type Rational } from './rational.js';
import type { NumericSpec } from './spec.js';

/**
 * The smallest whole change of the clause's first fact (a rate's numerator, a count, a change's
 * current value) that flips the verdict between meeting the bound (met or exceeded) and not
 * meeting it, the other fact held fixed: `delta` 3 with `to: 'met'` reads "3 more and it is met".
 *
 * @example
 * // `Đạt tỷ lệ từ 80% trở lên` on 75/100: five more cases and it is met
 * ({ delta: 5, result: '80', to: 'met' })
 */
export interface Flip {
  /** Signed change of the fact: +3 is three more, -2 two fewer. */
  readonly delta: number;
  /** The fact after the change. */
  readonly result: string;
  readonly to: 'met' | 'not_met';
}

type Side = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';
const MIRROR: Record<Side, Side> = { gte: 'lte', gt: 'lt', lte: 'gte', lt: 'gt', eq: 'eq' };

/** What "meets the bound" says about the sign of the deciding form. */
function meetsSide(spec: NumericSpec): Side {
  switch (spec.op) {
    case 'gte':
    case 'approx':
      return 'gte';
    case 'zero':
      return 'eq';
    default:
      return spec.op;
  }
}

/** The new value of `a` that flips, or undefined when no whole value does. */
function target(side: Side, t: Rational, a: bigint, meets: boolean): bigint | undefined {
  switch (side) {
    case 'gte':
    case 'gt': {
      const m = side === 'gte' ? ceil(t) : floor(t) + 1n;
      return meets ? m - 1n : m;
    }
    case 'lte':
    case 'lt': {
      const m = side === 'lte' ? floor(t) : ceil(t) - 1n;
      return meets ? m + 1n : m;
    }
    case 'eq':
      if (meets) return a > 0n ? a - 1n : a + 1n;
      return isInteger(t) ? t.n / t.d : undefined;
  }
}

/**
 * The smallest flip of an integer fact `a` (with `b` fixed), or `undefined` when `a` is not
 * whole or the flip would leave the valid range (a numerator above its denominator, a
 * negative count).
 *
 * @example
 * // rate ≥ 80% with 157/200: 3 more cases reach 160/200
 * flipOf(spec, { n: 157n, d: 1n }, { n: 200n, d: 1n }, 'not_met') // { delta: 3, result: "160", to: "met" }
 */
export function flipOf(spec: NumericSpec, a: Rational, b: Rational, now: Judgement): Flip | undefined {
  if (!isInteger(a) || !isInteger(b)) return undefined;
  const form = spec.op === 'approx' ? spec.forms.lo! : spec.forms.f;
  if (form.alpha === 0n) return undefined;
  const base = meetsSide(spec);
  const side = form.alpha > 0n ? base : MIRROR[base];
  const whole = a.n / a.d;
  const meets = now !== 'not_met';
  const next = target(side, threshold(form, b), whole, meets);
  if (next === undefined || next < 0n || (spec.shape === 'rate' && next > b.n / b.d)) return undefined;
  const delta = next - whole;
  const small = BigInt(Number.MAX_SAFE_INTEGER);
  if (delta > small || delta < -small) return undefined;
  return { delta: Number(delta), result: next.toString(), to: meets ? 'not_met' : 'met' };
}
