import type { DecimalString } from '../ast/types.js';

/** An exact fraction `n / d` of BigInts with `d > 0`. Never a float. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/**
 * The exact value of a canonical decimal string (optionally negative).
 *
 * @example
 * fromDecimal('7.25') // { n: 725n, d: 100n }
 */
export function fromDecimal(s: DecimalString): Rational {
  const negative = s.startsWith('-');
  const [int = '0', frac = ''] = (negative ? s.slice(1) : s).split('.');
  const n = BigInt(int + frac);
  return { n: negative ? -n : n, d: 10n ** BigInt(frac.length) };
}

/** `a / b` for integers, `b ≠ 0`. */
export function ratio(a: bigint, b: bigint): Rational {
  return b < 0n ? { n: -a, d: -b } : { n: a, d: b };
}

export const ZERO: Rational = { n: 0n, d: 1n };

/** Sign of `a − b`: exact cross-multiplication (both denominators are positive). */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sub(a: Rational, b: Rational): Rational {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

export function mul(a: Rational, b: Rational): Rational {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function div(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.d, a.d * b.n);
}

export function neg(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}

/** Whether the fraction is a whole number. */
export function isInteger(a: Rational): boolean {
  return a.n % a.d === 0n;
}

/** Largest integer ≤ a. */
export function floor(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Smallest integer ≥ a. */
export function ceil(a: Rational): bigint {
  return -floor(neg(a));
}

/**
 * A decimal string of `a` rounded half away from zero to at most `digits` fraction digits
 * (trailing zeros dropped), and whether that string is exact. For display only: verdicts are
 * decided on the exact fraction.
 *
 * @example
 * toDecimal(ratio(170n, 2n), 2) // { text: "85", exact: true }
 * toDecimal(ratio(200n, 3n), 2) // { text: "66.67", exact: false }
 */
export function toDecimal(a: Rational, digits: number): { text: DecimalString; exact: boolean } {
  const scale = 10n ** BigInt(digits);
  const scaled = a.n * scale;
  const abs = scaled < 0n ? -scaled : scaled;
  let q = abs / a.d;
  const r = abs % a.d;
  if (r * 2n >= a.d) q += 1n;
  const digitsText = q.toString().padStart(digits + 1, '0');
  const int = digitsText.slice(0, digitsText.length - digits);
  const frac = digits > 0 ? digitsText.slice(-digits).replace(/0+$/, '') : '';
  const sign = scaled < 0n && q !== 0n ? '-' : '';
  return { text: `${sign}${int}${frac ? `.${frac}` : ''}`, exact: r === 0n };
}
