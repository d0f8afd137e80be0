import type { MetricObservation } from '../data/types.js';
import { fromDecimal, ratio, type Rational } from './rational.js';

/**
 * The quantity a row gives a change or comparison: a value as written, or a rate row as a
 * percentage (`170/200` → 85). `undefined` for an assessment or a rate over 0.
 *
 * @example
 * quantityOf({ kind: 'rate', row: 0, period: '2023', numerator: '170', denominator: '200' }) // { n: 17000n, d: 200n }
 */
export function quantityOf(row: MetricObservation): Rational | undefined {
  if (row.kind === 'value') return fromDecimal(row.value);
  if (row.kind !== 'rate') return undefined;
  const d = fromDecimal(row.denominator);
  if (d.n === 0n) return undefined;
  const n = fromDecimal(row.numerator);
  return ratio(100n * n.n * d.d, n.d * d.n);
}

export const ONE: Rational = { n: 1n, d: 1n };
