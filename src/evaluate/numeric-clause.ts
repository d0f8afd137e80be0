import type { Clause, PeriodUnit, Schedule } from '../ast/types.js';
import { periodEnd } from '../periods/dates.js';
import { formatPeriod, MONTHS, subPeriods, type Period } from '../periods/period.js';
import { termDeadline } from './deadline.js';
import { listedUnits } from './units.js';
import { averageOf } from './average.js';
import type { Context } from './context.js';
import { measure } from './measure.js';
import type { NumericSpec } from './spec.js';
import { combineStatuses, type Check, type ClauseVerdict } from './verdict.js';

/** What a clause verdict has before its explanation is written. */
export type ClauseResult = Omit<ClauseVerdict, 'explanation' | 'index' | 'part' | 'kind' | 'label' | 'metric'>;

/** The length of period a clause is about: its frequency (`02 lần/năm`), else the plan year. */
function ownUnit(clause: Clause): PeriodUnit {
  return clause.kind === 'count' && clause.per ? clause.per : 'year';
}

/** The periods to check: `p` itself, or each sub-period when a frequency is shorter (`01 lần/quý` over a year). */
function checkPeriods(clause: Clause, p: Period): Period[] {
  const unit = ownUnit(clause);
  return MONTHS[unit] < MONTHS[p.unit] ? subPeriods(p, unit) : [p];
}

/**
 * The units a per-unit clause is checked for: those listed for its kind (`options.units`), then
 * every other unit with a row in any checked period. A listed unit without a row is checked
 * too, and is no data: a unit that never reported does not pass unseen.
 */
function unitsOf(id: string | undefined, periods: readonly Period[], ctx: Context, each: string): string[] {
  const units = new Set<string>(listedUnits(ctx.units, each));
  for (const p of periods) for (const row of ctx.index.units(id, formatPeriod(p))) units.add(row.unit!);
  return [...units];
}

/** When a count can still be reached: the schedule's last deadline, else the end of the clause's own period. */
function deadlineOf(clause: Clause, p: Period, schedule: Schedule | undefined, ctx: Context): string {
  return termDeadline(schedule, p, ownUnit(clause), ctx.planYear);
}

/**
 * Checks that cannot be judged yet at `asOf`: a figure for a period that has not ended is
 * `not_due`, and so is a count floor not yet reached before its deadline (550 hồ sơ by year end,
 * 300 in H1): a count only grows. So is an average over a written period that is behind its
 * pace before the period ends (2023 of 2021-2025): the years left can make it up. A ceiling
 * already broken, a rate or another change is judged as it stands.
 */
function whenDue(check: Check, clause: Clause, spec: NumericSpec, p: Period, schedule: Schedule | undefined, ctx: Context): Check {
  if (!ctx.asOf) return check;
  if (check.status === 'no_data' && check.reason === 'missing_value' && ctx.asOf < periodEnd(p)) {
    return { ...check, status: 'not_due', reason: 'not_yet_due' };
  }
  const floor = spec.op === 'gte' || spec.op === 'gt' || spec.op === 'approx';
  if (check.status === 'not_met' && clause.kind === 'count' && floor) {
    const due = deadlineOf(clause, p, schedule, ctx);
    if (ctx.asOf < due) return { ...check, status: 'not_due', reason: 'pending', due };
  }
  const over = averageOf(clause)?.period;
  if (check.status === 'not_met' && over && floor && p.year < over.to) {
    const due = periodEnd({ year: over.to, unit: 'year', index: 1 });
    if (ctx.asOf < due) return { ...check, status: 'not_due', reason: 'pending', due };
  }
  return check;
}

/**
 * Evaluate a quantitative clause (rate, count, change, comparison, zero tolerance) over the
 * context's period: one check, or one per unit (`Mỗi đơn vị ...`: every unit must meet it, and
 * those that do not are the shortfall) and per sub-period (a frequency shorter than the period).
 *
 * @example
 * numericClause(clause, spec, '2.6', undefined, ctx).checks[0]?.value // "85"
 */
export function numericClause(clause: Clause, spec: NumericSpec, id: string | undefined, schedule: Schedule | undefined, ctx: Context): ClauseResult {
  const p = ctx.period;
  if (!p) return { status: 'no_data', reason: 'unknown_period', checks: [], progress: false };
  const progress = MONTHS[p.unit] < MONTHS[ownUnit(clause)];
  const periods = checkPeriods(clause, p);
  const units: (string | undefined)[] = clause.each === undefined ? [undefined] : unitsOf(id, periods, ctx, clause.each);
  if (units.length === 0) {
    const status = ctx.asOf && ctx.asOf < periodEnd(p) ? 'not_due' : 'no_data';
    return { status, reason: status === 'not_due' ? 'not_yet_due' : 'no_units', checks: [], progress };
  }
  const checks = units.flatMap((unit) =>
    periods.map((sp) => {
      const check = whenDue(measure(spec, clause, id, sp, unit, ctx), clause, spec, sp, schedule, ctx);
      const unitsOnly = unit === undefined && check.reason === 'missing_value' && ctx.index.units(id, check.period).length > 0;
      return unitsOnly ? { ...check, reason: 'units_only' as const } : check;
    }),
  );
  const status = combineStatuses(checks.map((c) => c.status));
  const shortfall = [...new Set(checks.filter((c) => c.status === 'not_met' && c.unit !== undefined).map((c) => c.unit!))];
  const first = checks.length === 1 ? checks[0] : undefined;
  return {
    status,
    ...(first?.reason && { reason: first.reason }),
    ...(clause.kind !== 'compare' && clause.kind !== 'zero' && 'bound' in clause && { bound: clause.bound }),
    checks,
    ...(clause.each !== undefined && { shortfall }),
    progress,
  };
}
