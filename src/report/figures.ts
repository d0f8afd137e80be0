/**
 * The figures a sơ kết or tổng kết prints for each clause of a target: the plan figure, the
 * result (kết quả thực hiện), the result as a share of the plan (`đạt 99,03% kế hoạch`), the
 * same period a year earlier and the change (so sánh cùng kỳ), and the evidence given with the
 * data. Computed once from the verdict and the data, as plain data; every renderer prints it.
 *
 * Exact arithmetic (decimal.js); a share or a change is only given where it means what it
 * says: a share of plan for a floor or a level on a rate or a count (not for a ceiling, a zero
 * tolerance or a change), a change against the same period only from a row of that period.
 */
import Decimal from 'decimal.js';
import type { Clause, DecimalString } from '../ast/types.js';
import type { MetricObservation, Observation, ObservationSet } from '../data/types.js';
import type { Lang } from '../diagnostics/types.js';
import { boundText } from '../evaluate/explain/bound-text.js';
import type { ClauseVerdict, FigureUsed, Verdict } from '../evaluate/verdict.js';
import { periodEnd } from '../periods/dates.js';
import { formatPeriod, parsePeriod } from '../periods/period.js';
import type { PlanTarget } from '../plan/types.js';
import type { ClauseFigures, FigureValue } from './types.js';

/** Rows by row number and unit-less figure rows by (metric, period), built once per data set. */
interface DataIndex {
  readonly byRow: Map<number, Observation>;
  readonly byMetricPeriod: Map<string, MetricObservation>;
}

const indexes = new WeakMap<ObservationSet, DataIndex>();

function indexOf(data: ObservationSet): DataIndex {
  let index = indexes.get(data);
  if (!index) {
    index = { byRow: new Map(), byMetricPeriod: new Map() };
    for (const o of data.observations) {
      index.byRow.set(o.row, o);
      if (o.kind !== 'completion' && o.metric !== undefined && o.unit === undefined) {
        // The first row of a (metric, period) wins, as the evaluator's lookups do.
        const key = `${o.metric}\u0000${o.period}`;
        if (!index.byMetricPeriod.has(key)) index.byMetricPeriod.set(key, o);
      }
    }
    indexes.set(data, index);
  }
  return index;
}

const DIGITS = 2;

/** A decimal rounded half up to 2 decimals, with whether that is its exact value. */
function rounded(d: Decimal): FigureValue {
  const r = d.toDecimalPlaces(DIGITS, Decimal.ROUND_HALF_UP);
  return { value: r.toFixed(), exact: r.equals(d) };
}

/** The exact figure of a row as the clause reads it: a rate from its fraction, else the value. */
function exactFigure(f: Pick<FigureUsed, 'value' | 'numerator' | 'denominator'>): Decimal {
  if (f.numerator !== undefined && f.denominator !== undefined && !new Decimal(f.denominator).isZero()) {
    return new Decimal(f.numerator).times(100).dividedBy(f.denominator);
  }
  return new Decimal(f.value);
}

function observedFigure(o: MetricObservation): Decimal | undefined {
  if (o.kind === 'rate') return new Decimal(o.denominator).isZero() ? undefined : new Decimal(o.numerator).times(100).dividedBy(o.denominator);
  if (o.kind === 'value') return new Decimal(o.value);
  return undefined;
}

/** Share of plan: only for a floor or a level on a rate or a count, against a positive figure. */
function shareOfPlan(clause: Clause, value: Decimal): Decimal | undefined {
  if (clause.kind !== 'rate' && clause.kind !== 'count') return undefined;
  const { op, value: bound } = clause.bound;
  if (op !== 'gte' && op !== 'gt' && op !== 'eq') return undefined;
  const b = new Decimal(bound);
  if (b.lte(0) || value.isNegative()) return undefined;
  return value.times(100).dividedBy(b);
}

/** The same period a year earlier: `2023-H1` → `2022-H1`, `2023` → `2022`. */
function samePeriodBefore(period: string): string | undefined {
  const p = parsePeriod(period);
  return p ? formatPeriod({ ...p, year: p.year - 1 }) : undefined;
}

function evidenceOf(index: DataIndex, rows: readonly (number | undefined)[], extra: string | undefined): string[] {
  const found = new Set<string>();
  if (extra) found.add(extra);
  for (const row of rows) {
    const e = row === undefined ? undefined : index.byRow.get(row)?.evidence;
    if (e) found.add(e);
  }
  return [...found];
}

/** Whether `period` is a whole year (or any period) that has not ended by `asOf`. */
function endsAfter(period: string, asOf: string | undefined): boolean {
  const p = parsePeriod(period);
  return asOf !== undefined && p !== undefined && periodEnd(p) > asOf;
}

function clauseFigures(
  clause: Clause,
  cv: ClauseVerdict,
  metricId: string | undefined,
  index: DataIndex,
  asOf: string | undefined,
  lang: Lang,
): ClauseFigures {
  const plan = boundText(clause, lang);
  const base = {
    index: cv.index,
    ...(metricId !== undefined && { metric: metricId }),
    kind: cv.kind,
    ...(plan !== '' && { plan }),
    status: cv.status,
    label: cv.label,
    progress: cv.progress,
  };
  // A per-unit or per-sub-period clause has one check per unit: its figures are in the detail.
  const check = cv.checks.length === 1 && cv.checks[0]!.unit === undefined ? cv.checks[0]! : undefined;
  const current = check?.current;
  const assessmentEvidence = cv.checks.find((c) => c.assessment?.evidence)?.assessment?.evidence;
  // The current row's evidence (a baseline row's tells of the baseline, not of the result).
  const evidence = evidenceOf(index, [current?.row, ...cv.checks.map((c) => c.assessment?.row)], assessmentEvidence);
  const withEvidence = evidence.length > 0 ? { evidence } : {};
  if (!check || !current) {
    const early = check !== undefined && check.assessment !== undefined && endsAfter(check.period, asOf);
    return { ...base, ...(early && { period: check.period, early }), ...withEvidence };
  }
  const value = exactFigure(current);
  const early = endsAfter(current.period, asOf);
  const result = {
    ...rounded(value),
    ...(current.numerator !== undefined && { numerator: current.numerator }),
    ...(current.denominator !== undefined && { denominator: current.denominator }),
    ...(clause.kind === 'rate' ? { unit: '%' } : clause.kind === 'count' && clause.unit ? { unit: clause.unit } : {}),
  };
  const share = shareOfPlan(clause, value);
  const change = achievedChange(clause, check.value, check.valueExact ?? false);
  return {
    ...base,
    period: current.period,
    result,
    ...change,
    // Only a count adds up over the year: a rate on half a year's data is that half's rate.
    ...(share && { shareOfPlan: { ...rounded(share), ofYear: clause.kind === 'count' && (cv.progress || early) } }),
    ...samePeriod(clause, metricId, current, index),
    ...(early && { early }),
    ...withEvidence,
  };
}

/**
 * A change target's change as achieved, signed (negative: a fall), in % or in points; the
 * evaluator gives its size in the target's own direction. Other measures (an absolute change,
 * `gấp`, a yearly average) are in the detail only.
 */
function achievedChange(clause: Clause, size: DecimalString | undefined, exact: boolean): Pick<ClauseFigures, 'change'> {
  if (clause.kind !== 'change' || size === undefined || (clause.measure !== undefined && clause.measure !== 'points')) return {};
  const d = new Decimal(size);
  const value = (clause.direction === 'decrease' ? d.negated() : d).toFixed();
  return { change: { value: value === '-0' ? '0' : value, exact, unit: clause.measure === 'points' ? 'percentage_point' : 'percent' } };
}

/** The row of the same period a year earlier, and the change from it. */
function samePeriod(clause: Clause, metricId: string | undefined, current: FigureUsed, index: DataIndex): Pick<ClauseFigures, 'samePeriod'> {
  const before = samePeriodBefore(current.period);
  if (metricId === undefined || before === undefined) return {};
  const row = index.byMetricPeriod.get(`${metricId}\u0000${before}`);
  const prev = row && observedFigure(row);
  if (!prev) return {};
  const now = exactFigure(current);
  // A rate moves in percentage points; a count or amount by a share of itself.
  const points = clause.kind === 'rate' || row?.kind === 'rate';
  const change: (FigureValue & { unit: 'percent' | 'percentage_point' }) | undefined = points
    ? { ...rounded(now.minus(prev)), unit: 'percentage_point' }
    : prev.isZero()
      ? undefined
      : { ...rounded(now.minus(prev).times(100).dividedBy(prev)), unit: 'percent' };
  return { samePeriod: { period: before, ...rounded(prev), row: row.row, ...(change && { change }) } };
}

/**
 * The figures of each clause of a judged target (see {@link ClauseFigures}), in clause order.
 * `data` is the data the target was judged on, with the plan's own metric ids.
 *
 * @example
 * targetFigures(target, verdict, data, { asOf: '2023-06-30', lang: 'vi' })[0]
 * // { index: 0, metric: '3.3', kind: 'count', plan: '≥ 550 hồ sơ', period: '2023-H1',
 * //   result: { value: '260', exact: true, unit: 'hồ sơ' }, shareOfPlan: { value: '47.27', exact: false, ofYear: true }, ... }
 */
export function targetFigures(
  target: PlanTarget,
  verdict: Verdict,
  data: ObservationSet,
  options: { readonly asOf?: string; readonly lang?: Lang } = {},
): ClauseFigures[] {
  const index = indexOf(data);
  const clauses = target.statement.target.clauses;
  return verdict.clauses.flatMap((cv) => {
    const clause = clauses[cv.index];
    if (!clause) return [];
    return [clauseFigures(clause, cv, target.metrics[cv.index]?.id, index, options.asOf, options.lang ?? 'vi')];
  });
}

