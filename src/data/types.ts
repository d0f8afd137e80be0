import type { DecimalString } from '../ast/types.js';
import type { DataWarning } from './data-error.js';

interface MetricRowBase {
  /** Index of the row in `observations` (0-based), for paths in errors and verdicts. */
  readonly row: number;
  /** Metric id; absent for the rows of a single statement. */
  readonly metric?: string;
  /** Canonical period string: `2023`, `2023-H1`, `2023-Q2`, `2023-06`. */
  readonly period: string;
  /** The unit of a per-unit target the row is about; absent for the whole. */
  readonly unit?: string;
  readonly evidence?: string;
}

/**
 * A figure (count, amount, or a rate in percent); `start` is the stock at the period's start.
 *
 * @example
 * parseObservations({ observations: [{ metric: '2.3', period: '2023', value: 380 }] }).observations[0]
 * // { kind: 'value', row: 0, metric: '2.3', period: '2023', value: '380' }
 */
export interface ValueObservation extends MetricRowBase {
  readonly kind: 'value';
  readonly value: DecimalString;
  readonly start?: DecimalString;
}

/**
 * A rate as a fraction; `numerator ≤ denominator`.
 *
 * @example
 * parseObservations({ observations: [{ metric: '2.4', period: '2023', numerator: 95, denominator: 100 }] }).observations[0]
 * // { kind: 'rate', row: 0, metric: '2.4', period: '2023', numerator: '95', denominator: '100' }
 */
export interface RateObservation extends MetricRowBase {
  readonly kind: 'rate';
  readonly numerator: DecimalString;
  readonly denominator: DecimalString;
}

/**
 * A judgement of a qualitative (or delegated) target.
 *
 * @example
 * parseObservations({ observations: [{ metric: '3.1', period: '2023', assessment: 'met' }] }).observations[0]
 * // { kind: 'assessment', row: 0, metric: '3.1', period: '2023', assessment: 'met' }
 */
export interface AssessmentObservation extends MetricRowBase {
  readonly kind: 'assessment';
  readonly assessment: 'met' | 'not_met';
}

/**
 * A task completed on a date. A task may have several (one per delivery).
 *
 * @example
 * parseObservations({ observations: [{ task: 'II.1', completed: '2023-06-30' }] }).observations[0]
 * // { kind: 'completion', row: 0, task: 'II.1', completed: '2023-06-30' }
 */
export interface CompletionObservation {
  readonly kind: 'completion';
  readonly row: number;
  readonly task?: string;
  readonly completed: string;
  readonly evidence?: string;
}

/**
 * One validated observation row.
 *
 * @example
 * parseObservations({ observations: [{ metric: '2.3', period: '2023', value: 380 }] }).observations[0]
 * // { kind: 'value', row: 0, metric: '2.3', period: '2023', value: '380' }
 */
export type Observation = ValueObservation | RateObservation | AssessmentObservation | CompletionObservation;

/** A row that carries a figure or judgement for a metric and period. */
export type MetricObservation = ValueObservation | RateObservation | AssessmentObservation;

/**
 * Validated observed data, as `parseObservations` / `parseObservationsCsv` return it: plain
 * readonly data, safe to keep and to evaluate many targets against.
 *
 * @example
 * const data = parseObservations({ observations: [{ metric: '2.3', period: '2022', value: 412 }, { metric: '2.3', period: '2023', value: 380 }] })
 * evaluateTarget('Giảm 07% so với năm 2022', data, { metric: '2.3' }).status // 'exceeded'
 */
export interface ObservationSet {
  readonly observations: readonly Observation[];
  readonly warnings: readonly DataWarning[];
}

/** The id a row binds by: its `metric`, or its `task` for a completion row. */
export function rowId(o: Observation): string | undefined {
  return o.kind === 'completion' ? o.task : o.metric;
}

/**
 * One observation row as written in a data file or by a JavaScript caller: the fields of the
 * JSON format (see `chitieu/schema.json`), before validation. Figures are JSON numbers or exact
 * decimal strings.
 *
 * @example
 * const row: ObservationRow = { metric: '2.6', period: '2023', numerator: 157, denominator: 200 }
 */
export interface ObservationRow {
  readonly metric?: string;
  readonly period?: string;
  readonly unit?: string;
  readonly value?: number | string;
  readonly numerator?: number | string;
  readonly denominator?: number | string;
  readonly start?: number | string;
  readonly assessment?: 'met' | 'not_met';
  readonly evidence?: string;
  readonly task?: string;
  readonly completed?: string;
}

/**
 * The observed data every function that judges accepts: an `ObservationSet` from
 * `parseObservations` (used as is), or plain rows `{ observations: [...] }`, validated exactly
 * as `parseObservations` validates them (a `DataError` for bad rows, never a silent verdict).
 * An `ObservationSet` built by hand is validated too: its rows' `kind` must match their fields.
 *
 * @example
 * evaluateTarget('Đạt tỷ lệ từ 80% trở lên', { observations: [{ period: '2023', numerator: 157, denominator: 200 }] }).status // 'not_met'
 */
export type ObservationsInput = ObservationSet | { readonly observations: readonly ObservationRow[] };
