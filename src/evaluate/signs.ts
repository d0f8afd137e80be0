import type { Signs } from './judge.js';
import { signAt } from './linear.js';
import type { Rational } from './rational.js';
import type { NumericSpec } from './spec.js';

/**
 * Every sign a judgement of `spec` needs, exactly, at rational facts `a`, `b`.
 *
 * @example
 * signsAt(spec, { n: 930n, d: 1n }, { n: 1000n, d: 1n }) // { f: 0 } for `giảm ≥ 7%`
 */
export function signsAt(spec: NumericSpec, a: Rational, b: Rational): Signs {
  const { f, stretch, lo, hi } = spec.forms;
  return {
    f: signAt(f, a, b),
    ...(stretch && { stretch: signAt(stretch, a, b) }),
    ...(lo && { lo: signAt(lo, a, b) }),
    ...(hi && { hi: signAt(hi, a, b) }),
  };
}
