import type { Clause, DecimalString } from '../ast/types.js';
import type { MetricObservation } from '../data/types.js';
import { formatPeriod, type Period } from '../periods/period.js';
import { averageOf, averageValue, averageYears } from './average.js';
import { baselineSource } from './baseline.js';
import type { Context } from './context.js';
import { ONE, quantityOf } from './facts.js';
import { flipOf } from './flip.js';
import { judge } from './judge.js';
import { div, fromDecimal, mul, neg, ratio, sub, toDecimal, type Rational } from './rational.js';
import { signsAt } from './signs.js';
import { outOfDomain, specForYears, type NumericSpec } from './spec.js';
import type { Check, FigureUsed, Gap, ReasonCode } from './verdict.js';

type Facts = { a: Rational; b: Rational; current: FigureUsed; baseline?: Check['baseline']; countable: boolean };
type Failure = { reason: ReasonCode; baselinePeriod?: string };

/** Display precision: two decimals, or one more than the bound's own figure has. */
function digitsFor(spec: NumericSpec): number {
  const f = spec.figure;
  const figureDigits = f ? f.d.toString().length - 1 : 0;
  // An average's root is shown rounded: one more digit keeps it apart from its figure.
  return Math.max(spec.years !== undefined ? 3 : 2, figureDigits + 1);
}

function figureUsed(row: MetricObservation, q: Rational, digits: number): FigureUsed {
  return {
    row: row.row,
    period: row.period,
    ...(row.unit !== undefined && { unit: row.unit }),
    value: toDecimal(q, digits).text,
    ...(row.kind === 'rate' && { numerator: row.numerator, denominator: row.denominator }),
  };
}

/** The rate clause's facts: numerator and denominator, or a percentage as `value/100` over 1. */
function rateFacts(row: MetricObservation, digits: number): Facts | Failure {
  if (row.kind === 'rate') {
    const b = fromDecimal(row.denominator);
    if (b.n === 0n) return { reason: 'zero_denominator' };
    const a = fromDecimal(row.numerator);
    return { a, b, current: figureUsed(row, quantityOf(row)!, digits), countable: true };
  }
  if (row.kind === 'value') {
    const v = fromDecimal(row.value);
    // A percentage above 100 is no rate: a > b, refused by outOfDomain in `measure`.
    return { a: div(v, ratio(100n, 1n)), b: ONE, current: figureUsed(row, v, digits), countable: false };
  }
  return { reason: 'unusable_row' };
}

function baselineFacts(spec: NumericSpec, clause: Clause, row: MetricObservation, p: Period, unit: string | undefined, ctx: Context, id: string | undefined, digits: number): Facts | Failure {
  if (clause.kind !== 'change' && clause.kind !== 'compare') return { reason: 'unusable_row' };
  const a = quantityOf(row);
  if (!a) return { reason: row.kind === 'rate' ? 'zero_denominator' : 'unusable_row' };
  const current = figureUsed(row, a, digits);
  const source = baselineSource(clause.baseline, p, ctx.planYear);
  let b: Rational;
  let baseline: Check['baseline'];
  if (source === 'start') {
    if (row.kind !== 'value' || row.start === undefined) return { reason: 'missing_start' };
    b = fromDecimal(row.start);
    baseline = { ...current, value: row.start, kind: clause.baseline.kind };
  } else {
    const baselinePeriod = formatPeriod(source);
    const baseRow = ctx.index.get(id, baselinePeriod, unit);
    const q = baseRow && quantityOf(baseRow);
    if (!baseRow || !q) return { reason: 'missing_baseline', baselinePeriod };
    b = q;
    baseline = { ...figureUsed(baseRow, q, digits), kind: clause.baseline.kind };
  }
  if (spec.dividesByB && b.n === 0n) return { reason: 'zero_baseline' };
  return { a, b, current, baseline, countable: row.kind === 'value' };
}

function factsOf(spec: NumericSpec, clause: Clause, row: MetricObservation, p: Period, unit: string | undefined, ctx: Context, id: string | undefined): Facts | Failure {
  const digits = digitsFor(spec);
  switch (spec.shape) {
    case 'rate':
      return rateFacts(row, digits);
    case 'count':
      if (row.kind !== 'value') return { reason: 'unusable_row' };
      return { a: fromDecimal(row.value), b: ONE, current: figureUsed(row, fromDecimal(row.value), digits), countable: true };
    default:
      return baselineFacts(spec, clause, row, p, unit, ctx, id, digits);
  }
}

/**
 * The compared value: rate in %, count, change in % (positive in the written direction), an
 * average change in % a year (approximate, see ./average.ts), compared figure.
 */
function valueOf(spec: NumericSpec, a: Rational, b: Rational): Rational {
  switch (spec.shape) {
    case 'grow':
    case 'shrink':
      return averageValue(spec.shape === 'grow' ? 'increase' : 'decrease', a, b, spec.years ?? 1);
    case 'rate':
      return div(mul(a, ratio(100n, 1n)), b);
    case 'decrease':
      return div(mul(sub(b, a), ratio(100n, 1n)), b);
    case 'increase':
      return div(mul(sub(a, b), ratio(100n, 1n)), b);
    case 'drop':
      return sub(b, a);
    case 'rise':
      return sub(a, b);
    case 'times':
      return div(a, b);
    default:
      return a;
  }
}

/** Whether the value is a rounded root (an average over more than one year). */
function approximate(spec: NumericSpec): boolean {
  return spec.years !== undefined && spec.years > 1;
}

function gapOf(spec: NumericSpec, clause: Clause, value: Rational, b: Rational, percentRows: boolean, digits: number): Gap {
  const figure = spec.shape === 'compare' ? b : spec.figure!;
  const raw = sub(value, figure);
  const ceiling = spec.op === 'lte' || spec.op === 'lt' || spec.op === 'zero';
  const shown = toDecimal(ceiling ? neg(raw) : raw, digits);
  const { text } = shown;
  const exact = shown.exact && !approximate(spec);
  const measured = clause.kind === 'change' ? clause.measure : undefined;
  const inUnits = measured === 'absolute' || measured === 'times';
  const points = !inUnits && (spec.shape === 'rate' || spec.shape === 'decrease' || spec.shape === 'increase' || spec.shape === 'grow' || spec.shape === 'shrink' || measured === 'points' || percentRows);
  const unitLabel = clause.kind === 'count' ? clause.unit : measured === 'times' ? 'lần' : clause.kind === 'change' ? clause.unit : undefined;
  return {
    value: text,
    unit: points ? 'percentage_point' : 'count',
    ...(unitLabel !== undefined && { unitLabel }),
    exact,
  };
}

/**
 * One numeric check of a clause: its row for `period` (and `unit`), its baseline, the exact
 * judgement, the value, the gap and the smallest flip. Missing or unusable figures give
 * `no_data` with the reason; nothing is read as 0.
 *
 * @example
 * measure(spec, clause, '2.3', { year: 2023, unit: 'year', index: 1 }, undefined, ctx)
 * // { status: 'exceeded', period: '2023', value: '7.77', gap: { value: '0.77', unit: 'percentage_point', ... }, ... }
 */
export function measure(written: NumericSpec, clause: Clause, id: string | undefined, p: Period, unit: string | undefined, ctx: Context): Check {
  const period = formatPeriod(p);
  const where = { period, ...(unit !== undefined && { unit }) };
  const average = averageOf(clause);
  const years = average && averageYears(average, p, ctx.planYear);
  if (average && years === undefined) return { status: 'no_data', ...where, reason: 'outside_period' };
  const spec = years === undefined ? written : specForYears(written, years);
  const row = ctx.index.get(id, period, unit);
  if (!row) return { status: 'no_data', ...where, reason: 'missing_value' };
  const facts = factsOf(spec, clause, row, p, unit, ctx, id);
  if ('reason' in facts) {
    return { status: 'no_data', ...where, reason: facts.reason, ...(facts.baselinePeriod && { baselinePeriod: facts.baselinePeriod }) };
  }
  const { a, b, current, baseline, countable } = facts;
  // A rate above 100% (or points of one): the same rule as the compiled deciders (spec.ts).
  if (outOfDomain(spec, a, b)) return { status: 'no_data', ...where, reason: 'rate_out_of_range' };
  const status = judge(spec.op, signsAt(spec, a, b));
  const digits = digitsFor(spec);
  const value = valueOf(spec, a, b);
  const shown = toDecimal(value, digits);
  const flip = countable ? flipOf(spec, a, b, status) : undefined;
  const percentRows = row.kind === 'rate';
  return {
    status,
    ...where,
    value: shown.text as DecimalString,
    valueExact: shown.exact && !approximate(spec),
    current,
    ...(baseline && { baseline }),
    gap: gapOf(spec, clause, value, b, percentRows, digits),
    ...(flip && { flip }),
  };
}
