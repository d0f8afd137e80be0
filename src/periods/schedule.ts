import type { PeriodUnit, Schedule } from '../ast/types.js';
import { dayBefore, periodEnd, type IsoDate } from './dates.js';
import { MONTHS, periodOfRef, subPeriods, type Period } from './period.js';

/**
 * One delivery a schedule asks for: `due` is the last allowed day (inclusive).
 * - `by` / `throughout`: the last day of `period` (an ongoing `Cả năm` task is judged at year end)
 * - `before`: the day before the `trước ngày` date (that date itself is late)
 * - `recurring`: the last day of one reporting period
 */
export interface Deadline {
  readonly due: IsoDate;
  readonly kind: 'by' | 'before' | 'throughout' | 'recurring';
  readonly period?: Period;
}

/**
 * The deliveries a schedule asks for, earliest first, or `undefined` when a part has no year
 * (neither written nor given as the plan year). `Quý I và cả năm 2023` gives two deliveries (end
 * of Q1, end of 2023); `Định kỳ (6 tháng, 1 năm)` gives the half-year report (30 June) and the
 * year report (31 December): reports of different lengths due the same day count once.
 *
 * @example
 * scheduleDeadlines({ kind: 'by', period: { unit: 'quarter', index: 1 } }, 2023)
 * // [{ due: "2023-03-31", kind: "by", period: { year: 2023, unit: "quarter", index: 1 } }]
 */
export function scheduleDeadlines(schedule: Schedule, planYear: number | undefined): Deadline[] | undefined {
  const out = collect(schedule, planYear);
  return out?.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

function collect(s: Schedule, planYear: number | undefined): Deadline[] | undefined {
  switch (s.kind) {
    case 'by':
    case 'throughout': {
      const period = periodOfRef(s.period, planYear);
      return period && [{ due: periodEnd(period), kind: s.kind, period }];
    }
    case 'before':
      return [{ due: dayBefore(s.date), kind: 'before' }];
    case 'all': {
      const parts = s.parts.map((p) => collect(p, planYear));
      return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
    }
    case 'recurring':
      return planYear === undefined ? undefined : recurring(s.every, planYear);
  }
}

function recurring(every: readonly PeriodUnit[], year: number): Deadline[] {
  const seen = new Map<IsoDate, Deadline>();
  // Longest unit first, so a date shared by a year report and an H2 report is labelled as the year's.
  const units = [...every].sort((a, b) => MONTHS[b] - MONTHS[a]);
  for (const unit of units) {
    for (const period of subPeriods({ year, unit: 'year', index: 1 }, unit)) {
      const due = periodEnd(period);
      if (!seen.has(due)) seen.set(due, { due, kind: 'recurring', period });
    }
  }
  return [...seen.values()];
}
