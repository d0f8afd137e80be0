import type { PeriodUnit, Schedule } from '../ast/types.js';
import { periodEnd } from '../periods/dates.js';
import { enclosing, type Period } from '../periods/period.js';
import { scheduleDeadlines } from '../periods/schedule.js';

/**
 * When what a target asks for is due, seen from a judged period `p`: the schedule's last
 * deadline, else the end of the target's own term holding `p` (the year, or a frequency's
 * period: `01 lần/quý`). One rule for a count floor not yet reached (550 hồ sơ in H1) and a
 * qualitative target not yet assessed: either is not due before this day.
 *
 * @example
 * termDeadline(undefined, { year: 2023, unit: 'half', index: 1 }, 'year', 2023) // "2023-12-31"
 */
export function termDeadline(schedule: Schedule | undefined, p: Period, unit: PeriodUnit, planYear: number | undefined): string {
  const dues = schedule && scheduleDeadlines(schedule, planYear);
  const last = dues?.[dues.length - 1];
  return last ? last.due : periodEnd(enclosing(p, unit));
}
