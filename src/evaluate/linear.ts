import type { Rational } from './rational.js';

/**
 * A linear form `α·a + β·b + γ` in the two facts of a clause (numerator and denominator,
 * current and baseline value, or a count). Each form is built so that its sign is the sign of
 * `value − figure` whenever the facts are valid (`b > 0` where `b` divides), so one exact
 * integer expression decides a comparison: `(base − cur)·100 ≥ 7·base` rather than the float
 * `1 − cur/base ≥ 0.07`.
 */
export interface LinearForm {
  readonly alpha: bigint;
  readonly beta: bigint;
  readonly gamma: bigint;
}

/** How a clause's value is computed from its facts `a` and `b`. */
export type ValueShape = 'rate' | 'count' | 'decrease' | 'increase' | 'compare' | 'drop' | 'rise' | 'times' | 'grow' | 'shrink';

/**
 * The form whose sign is `sign(value(a, b) − f)` for a figure `f = N/D`:
 * - `rate`: value = 100·a/b → `100D·a − N·b`
 * - `count`: value = a → `D·a − N`
 * - `decrease`: value = 100·(b − a)/b → `−100D·a + (100D − N)·b`
 * - `increase`: value = 100·(a − b)/b → `100D·a − (100D + N)·b`
 * - `compare`: value = a, figure = b → `a − b` (f is ignored)
 * - `drop`: value = b − a (points of a rate, or units) → `−D·a + D·b − N`
 * - `rise`: value = a − b → `D·a − D·b − N`
 * - `times`: value = a/b → `D·a − N·b`
 * - `grow`: an average yearly increase over `years` = n, value = 100·((a/b)^(1/n) − 1); it is
 *   ≥ f exactly when a/b ≥ (1 + f/100)^n → `(100D)^n·a − (100D + N)^n·b`, still linear in the
 *   facts and exact in integers (the root is never taken)
 * - `shrink`: an average yearly decrease, value = 100·(1 − (a/b)^(1/n)) →
 *   `−(100D)^n·a + (100D − N)^n·b`; a cut of more than 100% a year is out of reach
 *   (the form is negative for every `a ≥ 0`)
 *
 * With n = 1, `grow` and `shrink` are `increase` and `decrease`.
 *
 * @example
 * formFor('decrease', { n: 7n, d: 1n }) // { alpha: -100n, beta: 93n, gamma: 0n }
 * formFor('grow', { n: 7n, d: 1n }, 2) // { alpha: 10000n, beta: -11449n, gamma: 0n }: 1,07² = 1,1449
 */
export function formFor(shape: ValueShape, f: Rational, years = 1): LinearForm {
  const { n: N, d: D } = f;
  const n = BigInt(years);
  switch (shape) {
    case 'rate':
      return { alpha: 100n * D, beta: -N, gamma: 0n };
    case 'count':
      return { alpha: D, beta: 0n, gamma: -N };
    case 'decrease':
      return { alpha: -100n * D, beta: 100n * D - N, gamma: 0n };
    case 'increase':
      return { alpha: 100n * D, beta: -(100n * D + N), gamma: 0n };
    case 'compare':
      return { alpha: 1n, beta: -1n, gamma: 0n };
    case 'drop':
      return { alpha: -D, beta: D, gamma: -N };
    case 'rise':
      return { alpha: D, beta: -D, gamma: -N };
    case 'times':
      return { alpha: D, beta: -N, gamma: 0n };
    case 'grow':
      return { alpha: (100n * D) ** n, beta: -((100n * D + N) ** n), gamma: 0n };
    case 'shrink':
      if (N > 100n * D) return { alpha: -((100n * D) ** n), beta: 0n, gamma: -1n };
      return { alpha: -((100n * D) ** n), beta: (100n * D - N) ** n, gamma: 0n };
  }
}

/**
 * The exact sign of a form at rational facts: the form times `a.d·b.d` (positive), in BigInt.
 *
 * @example
 * signAt(formFor('decrease', { n: 7n, d: 1n }), { n: 930n, d: 1n }, { n: 1000n, d: 1n }) // 0: exactly 7% less
 */
export function signAt(form: LinearForm, a: Rational, b: Rational): -1 | 0 | 1 {
  const x = form.alpha * a.n * b.d + form.beta * b.n * a.d + form.gamma * a.d * b.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
}

/**
 * The value of `a` at which the form changes sign, for a fixed `b`: `−(β·b + γ)/α`. With
 * `α > 0` the form is ≥ 0 exactly when `a` ≥ this; with `α < 0`, when `a` ≤ it.
 *
 * @example
 * threshold(formFor('rate', { n: 80n, d: 1n }), { n: 200n, d: 1n }) // { n: 16000n, d: 100n }: 160 of 200
 */
export function threshold(form: LinearForm, b: Rational): Rational {
  const n = -(form.beta * b.n + form.gamma * b.d);
  const d = form.alpha * b.d;
  return d < 0n ? { n: -n, d: -d } : { n, d };
}
