/**
 * The common row shapes, read without the schema: a metric row with a figure or a fraction given
 * as JSON numbers. A row in any other shape (strings for figures, a task completion, an
 * assessment, an unknown field, a bad value) is left to the full validation, which accepts or
 * rejects it with the data module's own issues, so both readers agree on every row.
 *
 * Three readers of the same shapes: `scanFastRow` here over a decoded object, `scanRowText`
 * (row-text.ts) over the NDJSON text itself and `scanRowBytes` (row-bytes.ts) over its UTF-8
 * bytes (no `JSON.parse`, no object, no string per line). The text reader
 * accepts a subset of what the object reader accepts (a plain object, keys and strings without
 * escapes, numbers of at most 15 digits without exponent) and reads the same values from it;
 * every other line goes through `JSON.parse` and the object reader, as before.
 */
import type { RowFacts } from './fast-clause.js';

/**
 * A metric row read on the fast path. `period` is not yet checked (the caller caches periods).
 *
 * @example
 * ({ metric: '2.2', period: '2023', unit: undefined, facts: { kind: 'rate', numerator: 450, denominator: 500 } })
 */
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
 * Where `scanFastRow` writes a row, reused from row to row (no allocation on the hot path).
 *
 * @example
 * const out = fastRowSlots(); scanFastRow(row, out); out.value
 */
export interface FastRowSlots extends FigureSlots {
  metric: string | undefined;
  period: string | undefined;
  unit: string | undefined;
}

/**
 * The figures of a row, as every reader writes them.
 *
 * @example
 * ({ value: 93.5, valueDigits: 935, valueScale: 1, numerator: undefined, denominator: undefined, start: undefined })
 */
export interface FigureSlots {
  value: number | undefined;
  /**
   * `value` as written, when a text reader saw its digits: `valueDigits / 10^valueScale`
   * exactly (`valueScale` 0: not known, or an integer).
   */
  valueDigits: number;
  valueScale: number;
  numerator: number | undefined;
  denominator: number | undefined;
  start: number | undefined;
}

/**
 * Fresh, empty slots for `scanFastRow`.
 *
 * @example
 * fastRowSlots().metric // undefined
 */
export function fastRowSlots(): FastRowSlots {
  return { metric: undefined, period: undefined, unit: undefined, value: undefined, valueDigits: 0, valueScale: 0, numerator: undefined, denominator: undefined, start: undefined };
}

function field(out: FastRowSlots, key: string, v: unknown): boolean {
  switch (key) {
    case 'metric':
      if (typeof v !== 'string' || v === '') return false;
      out.metric = v;
      return true;
    case 'period':
      if (typeof v !== 'string') return false;
      out.period = v;
      return true;
    case 'unit':
      if (typeof v !== 'string' || v === '') return false;
      out.unit = v;
      return true;
    case 'evidence':
      return typeof v === 'string';
    case 'value':
    case 'numerator':
    case 'denominator':
    case 'start':
      if (!isFigure(v)) return false;
      out[key] = v;
      return true;
    default:
      return false;
  }
}

/**
 * The allocation-free form of {@link readFastRow}: fill `out` and say whether the row is in a
 * common shape (`value`, `value`+`start`, or `numerator` ≤ `denominator`, as JSON numbers).
 *
 * @example
 * const out = fastRowSlots()
 * scanFastRow({ metric: '2.2', period: '2023', numerator: 450, denominator: 500 }, out) // true; out.numerator === 450
 */
export function scanFastRow(o: unknown, out: FastRowSlots): boolean {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  out.metric = out.period = out.unit = undefined;
  out.value = out.numerator = out.denominator = out.start = undefined;
  out.valueScale = 0;
  const rec = o as Record<string, unknown>;
  // for-in over a JSON.parse result: own keys only (and an own `__proto__` key is refused by `field`).
  for (const key in rec) if (!field(out, key, rec[key])) return false;
  return commonShape(out);
}

/** The shapes both readers take: a period, and a `value` (with or without `start`) or a fraction. */
export function commonShape(out: FastRowSlots): boolean {
  if (out.period === undefined) return false;
  if (out.value !== undefined) return out.numerator === undefined && out.denominator === undefined;
  return out.numerator !== undefined && out.denominator !== undefined && out.start === undefined && out.numerator <= out.denominator;
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
  const out = fastRowSlots();
  if (!scanFastRow(o, out)) return undefined;
  const { metric, period, unit, value, numerator, denominator, start } = out;
  if (value !== undefined) return { metric, period: period!, unit, facts: start === undefined ? { kind: 'value', value } : { kind: 'value', value, start } };
  return { metric, period: period!, unit, facts: { kind: 'rate', numerator: numerator!, denominator: denominator! } };
}
