/**
 * The common row shapes, read without the schema: a metric row with a figure or a fraction given
 * as JSON numbers. A row in any other shape (strings for figures, a task completion, an
 * assessment, an unknown field, a bad value) is left to the full validation, which accepts or
 * rejects it with the data module's own issues, so both readers agree on every row.
 */
import type { RowFacts } from './fast-clause.js';

/** A metric row read on the fast path. `period` is not yet checked (the caller caches periods). */
export interface FastRow {
  readonly metric: string | undefined;
  readonly period: string;
  readonly unit: string | undefined;
  readonly facts: RowFacts;
}

/** A figure the schema takes as it is: a finite, non-negative JSON number, exact if an integer. */
function isFigure(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && (Number.isSafeInteger(v) || !Number.isInteger(v));
}

/**
 * Read a decoded JSON row in one of the common shapes, or return `undefined` to send it to the
 * full validation. Never accepts a row the full validation would reject.
 *
 * @example
 * readFastRow({ metric: '2.2', period: '2023', numerator: 450, denominator: 500 })
 * // { metric: '2.2', period: '2023', unit: undefined, facts: { kind: 'rate', numerator: 450, denominator: 500 } }
 * readFastRow({ metric: '2.2', period: '2023', value: '7.5' }) // undefined: a string figure takes the full path
 */
export function readFastRow(o: unknown): FastRow | undefined {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return undefined;
  let metric: string | undefined;
  let period: string | undefined;
  let unit: string | undefined;
  let value: number | undefined;
  let numerator: number | undefined;
  let denominator: number | undefined;
  let start: number | undefined;
  const rec = o as Record<string, unknown>;
  for (const key of Object.keys(rec)) {
    const v = rec[key];
    switch (key) {
      case 'metric':
        if (typeof v !== 'string' || v === '') return undefined;
        metric = v;
        break;
      case 'period':
        if (typeof v !== 'string') return undefined;
        period = v;
        break;
      case 'unit':
        if (typeof v !== 'string' || v === '') return undefined;
        unit = v;
        break;
      case 'evidence':
        if (typeof v !== 'string') return undefined;
        break;
      case 'value':
        if (!isFigure(v)) return undefined;
        value = v;
        break;
      case 'numerator':
        if (!isFigure(v)) return undefined;
        numerator = v;
        break;
      case 'denominator':
        if (!isFigure(v)) return undefined;
        denominator = v;
        break;
      case 'start':
        if (!isFigure(v)) return undefined;
        start = v;
        break;
      default:
        return undefined;
    }
  }
  if (period === undefined) return undefined;
  if (value !== undefined) {
    if (numerator !== undefined || denominator !== undefined) return undefined;
    return { metric, period, unit, facts: start === undefined ? { kind: 'value', value } : { kind: 'value', value, start } };
  }
  if (numerator === undefined || denominator === undefined || start !== undefined || numerator > denominator) return undefined;
  return { metric, period, unit, facts: { kind: 'rate', numerator, denominator } };
}
