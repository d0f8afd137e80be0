import type { Schedule, Target } from '../ast/types.js';
import { DataError } from '../data/data-error.js';
import { describeFound } from '../data/zod-issues.js';
import { indexObservations, type ObservationIndex } from '../data/lookup.js';
import type { ObservationSet } from '../data/types.js';
import type { Lang } from '../diagnostics/types.js';
import { isIsoDate, periodEnd } from '../periods/dates.js';
import { byLatest, parsePeriod, type Period } from '../periods/period.js';
import { clauseBindingId } from './metric-ids.js';
import type { EvaluateOptions, UnitLists } from './options.js';

/** Everything a clause evaluation needs besides its clause. */
export interface Context {
  readonly index: ObservationIndex;
  readonly period?: Period;
  readonly planYear?: number;
  readonly asOf?: string;
  readonly lang: Lang;
  readonly metric?: string;
  readonly units?: UnitLists;
}

/** `{ "<kind>": ["<unit>", ...] }`: a plain object of lists of non-empty strings. */
export function isUnitLists(u: unknown): u is UnitLists {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false;
  return Object.values(u).every((list) => Array.isArray(list) && list.every((s) => typeof s === 'string' && s !== ''));
}

function badOption(key: string, expected: 'period' | 'iso_date' | 'decimal', found: unknown): DataError {
  return new DataError([{ code: 'invalid_value', path: ['options', key], expected, found: String(found) }]);
}

/** Checked options: a bad `period`, `asOf` or `year` is bad input, reported like bad data. */
function checkOptions(o: EvaluateOptions): Period | undefined {
  const period = o.period === undefined ? undefined : parsePeriod(o.period);
  if (o.period !== undefined && !period) throw badOption('period', 'period', o.period);
  if (o.asOf !== undefined && !isIsoDate(o.asOf)) throw badOption('asOf', 'iso_date', o.asOf);
  if (o.year !== undefined && !(Number.isInteger(o.year) && o.year >= 1000 && o.year <= 9999)) throw badOption('year', 'decimal', o.year);
  if (o.units !== undefined && !isUnitLists(o.units)) {
    throw new DataError([{ code: 'wrong_type', path: ['options', 'units'], expected: 'unit_lists', found: describeFound(o.units) }]);
  }
  return period;
}

/** Years written in the baselines (`so với năm 2022`): rows of those years are baselines. */
function baselineYears(target: Target): Set<number> {
  const years = new Set<number>();
  for (const c of target.clauses) if ((c.kind === 'change' || c.kind === 'compare') && c.baseline.kind === 'year') years.add(c.baseline.year);
  return years;
}

/** The latest period with a row for any clause of the target, not a baseline year. */
function latestPeriod(target: Target, index: ObservationIndex, metric: string | undefined, year: number | undefined): Period | undefined {
  const skip = baselineYears(target);
  const found: Period[] = [];
  target.clauses.forEach((_, i) => {
    for (const text of index.periods(clauseBindingId(metric, i))) {
      const p = parsePeriod(text);
      if (p && (year === undefined ? !skip.has(p.year) : p.year === year)) found.push(p);
    }
  });
  return found.sort(byLatest)[0];
}

/** A year written in the schedule itself (`Hoàn thành trong Quý II/2023`, `trước ngày 15/03/2023`). */
function scheduleYear(s: Schedule | undefined): number | undefined {
  if (!s) return undefined;
  switch (s.kind) {
    case 'by':
    case 'throughout':
      return s.period.year;
    case 'before':
      return Number(s.date.slice(0, 4));
    case 'all':
      return s.parts.map(scheduleYear).find((y) => y !== undefined);
    case 'recurring':
      return undefined;
  }
}

/**
 * Resolve the period, plan year and as-of date of an evaluation. The plan year is the first
 * known of: `year`, the year of `period`, the year of the latest period in the data, the year
 * of `asOf`, a year written in the schedule. The period is `period`, else the latest in the data,
 * else the plan year. `asOf` defaults to the last day of the period.
 *
 * @example
 * resolveContext(target, data, { year: 2023 }).period // { year: 2023, unit: 'half', index: 1 } when only H1 rows exist
 */
export function resolveContext(target: Target, data: ObservationSet, options: EvaluateOptions): Context {
  const given = checkOptions(options);
  const index = indexObservations(data);
  const hint = options.year ?? given?.year;
  const latest = given ? undefined : latestPeriod(target, index, options.metric, hint);
  const planYear = hint ?? latest?.year ?? (options.asOf ? Number(options.asOf.slice(0, 4)) : undefined) ?? scheduleYear(target.schedule);
  const period: Period | undefined = given ?? latest ?? (planYear === undefined ? undefined : { year: planYear, unit: 'year', index: 1 });
  const asOf = options.asOf ?? (period ? periodEnd(period) : undefined);
  return {
    index,
    lang: options.lang ?? 'vi',
    ...(period && { period }),
    ...(planYear !== undefined && { planYear }),
    ...(asOf !== undefined && { asOf }),
    ...(options.metric !== undefined && { metric: options.metric }),
    ...(options.units !== undefined && { units: options.units }),
  };
}
