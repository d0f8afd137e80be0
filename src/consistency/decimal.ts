import Decimal from 'decimal.js';
import type { DecimalString } from '../ast/types.js';

/**
 * The Decimal constructor the consistency checker computes with: a private clone, so a host
 * app that changes the global decimal.js precision cannot change a verdict. 100 significant
 * digits is far beyond any figure a plan writes, so `0.95 × X`, a midpoint or a sum of unit
 * figures is exact.
 *
 * @example
 * exact('0.1').plus('0.2').toFixed() // "0.3"
 */
export const Exact = Decimal.clone({ precision: 100, toExpNeg: -1000, toExpPos: 1000 });

/** An exact decimal value. */
export type ExactDecimal = InstanceType<typeof Exact>;

/**
 * Figures read so far: a plan repeats a handful of figures thousands of times, and a Decimal is
 * immutable, so one instance per string is shared. Cleared when it grows past `CACHE_LIMIT`, so
 * a long-running app reading endless distinct figures keeps a bounded cache.
 */
const cache = new Map<string, ExactDecimal>();
const CACHE_LIMIT = 10_000;

/**
 * Read a canonical decimal string exactly.
 *
 * @example
 * exact('7.5').times(2).toFixed() // "15"
 */
export function exact(value: DecimalString | ExactDecimal | number): ExactDecimal {
  if (typeof value !== 'string') return new Exact(value);
  let d = cache.get(value);
  if (d === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    d = new Exact(value);
    cache.set(value, d);
  }
  return d;
}

/**
 * Print an exact decimal as a canonical decimal string (no exponent, no trailing zeros, `0` not `-0`).
 *
 * @example
 * toDecimalString(exact('76.00')) // "76"
 */
export function toDecimalString(value: ExactDecimal): DecimalString {
  return value.isZero() ? '0' : value.toFixed();
}
