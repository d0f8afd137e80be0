import { judge, type Judgement } from './judge.js';
import type { LinearForm } from './linear.js';
import { ratio, type Rational } from './rational.js';
import { signsAt } from './signs.js';
import { outOfDomain, type NumericSpec } from './spec.js';

/**
 * Status of a clause from two numeric facts, as `CompiledClause.decide` returns it.
 *
 * @example
 * const decide = compileTarget(parseTarget('Giảm 07% so với năm 2022')).clauses[0]!.decide!
 * decide(380, 412) // 'exceeded'; decide(400, 412) // 'not_met'; decide(1, 0) // 'no_data'
 */
export type FastStatus = Judgement | 'no_data';

interface NumForm {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

const SAFE = 2n ** 53n - 1n;

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/**
 * Largest fact size M such that, for integer facts in [0, M], `α·a + β·b + γ` is computed
 * exactly in doubles (every partial sum stays below 2^53); -1 when no size is safe.
 */
function safeLimit(forms: readonly LinearForm[]): number {
  let limit = SAFE;
  for (const { alpha, beta, gamma } of forms) {
    const weight = abs(alpha) + abs(beta);
    const room = SAFE - abs(gamma);
    if (room <= 0n) return -1;
    const m = weight === 0n ? SAFE : room / weight;
    if (m < limit) limit = m;
  }
  return Number(limit);
}

function toNum(f: LinearForm): NumForm {
  return { a: Number(f.alpha), b: Number(f.beta), c: Number(f.gamma) };
}

/** A JS number as an exact rational of its shortest decimal spelling (for the slow path). */
function numberToRational(x: number): Rational {
  const [mant = '0', exp = '0'] = x.toExponential().split('e');
  const [i = '0', frac = ''] = mant.split('.');
  const digits = BigInt(i + frac);
  const e = Number(exp) - frac.length;
  return e >= 0 ? ratio(digits * 10n ** BigInt(e), 1n) : ratio(digits, 10n ** BigInt(-e));
}

/**
 * A closure that decides a clause from two numeric facts as fast as plain JavaScript allows,
 * and exactly: integer facts small enough for every product to stay below 2^53 take one or two
 * multiply-adds in doubles (exact in that range); anything else (decimals, huge counts) takes
 * the BigInt path. `a`, `b` are (numerator, denominator) for a rate, (current, baseline) for a
 * change or comparison, (count, ignored) for a count or zero tolerance.
 *
 * @example
 * const decide = fastDecider(numericSpec(clause)) // `giảm ≥ 7% so với năm 2022`
 * decide(930, 1000) // "met"
 * decide(931, 1000) // "not_met"
 */
export function fastDecider(spec: NumericSpec): (a: number, b: number) => FastStatus {
  const { f, stretch, lo, hi } = spec.forms;
  const all = [f, stretch, lo, hi].filter((x): x is LinearForm => x !== undefined);
  const M = safeLimit(all);
  const minB = spec.dividesByB ? 1 : 0;
  const slow = (a: number, b: number): FastStatus => {
    if (!Number.isFinite(a) || !Number.isFinite(b) || a < 0 || b < 0) return 'no_data';
    if (spec.dividesByB && b === 0) return 'no_data';
    const ra = numberToRational(a);
    const rb = numberToRational(b);
    // A rate above 100% (or points of one) is no data, as evaluateTarget says (spec.ts).
    if (outOfDomain(spec, ra, rb)) return 'no_data';
    return judge(spec.op, signsAt(spec, ra, rb));
  };
  const F = toNum(f);
  const small = (a: number, b: number) => a >= 0 && a <= M && b >= minB && b <= M && Number.isInteger(a) && Number.isInteger(b);
  // Facts outside the domain leave the fast path, and `slow` refuses them (exact: both are doubles).
  const inRange =
    spec.domain === 'fraction'
      ? (a: number, b: number) => small(a, b) && a <= b
      : spec.domain === 'percent'
        ? (a: number, b: number) => small(a, b) && a <= 100 && b <= 100
        : small;
  // One specialised closure per comparator: no switch on the hot path.
  switch (spec.op) {
    case 'gte': {
      if (stretch) {
        const S = toNum(stretch);
        return (a, b) => {
          if (!inRange(a, b)) return slow(a, b);
          if (F.a * a + F.b * b + F.c < 0) return 'not_met';
          return S.a * a + S.b * b + S.c > 0 ? 'exceeded' : 'met';
        };
      }
      return (a, b) => {
        if (!inRange(a, b)) return slow(a, b);
        const s = F.a * a + F.b * b + F.c;
        return s < 0 ? 'not_met' : s > 0 ? 'exceeded' : 'met';
      };
    }
    case 'lte':
      return (a, b) => {
        if (!inRange(a, b)) return slow(a, b);
        const s = F.a * a + F.b * b + F.c;
        return s > 0 ? 'not_met' : s < 0 ? 'exceeded' : 'met';
      };
    case 'gt':
      return (a, b) => (!inRange(a, b) ? slow(a, b) : F.a * a + F.b * b + F.c > 0 ? 'met' : 'not_met');
    case 'lt':
      return (a, b) => (!inRange(a, b) ? slow(a, b) : F.a * a + F.b * b + F.c < 0 ? 'met' : 'not_met');
    case 'eq':
    case 'zero':
      return (a, b) => (!inRange(a, b) ? slow(a, b) : F.a * a + F.b * b + F.c === 0 ? 'met' : 'not_met');
    case 'approx': {
      const L = toNum(lo!);
      const H = toNum(hi!);
      return (a, b) => {
        if (!inRange(a, b)) return slow(a, b);
        if (L.a * a + L.b * b + L.c < 0) return 'not_met';
        return H.a * a + H.b * b + H.c > 0 ? 'exceeded' : 'met';
      };
    }
  }
}
