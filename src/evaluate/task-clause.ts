import type { Schedule } from '../ast/types.js';
import type { CompletionObservation } from '../data/types.js';
import { daysBetween } from '../periods/dates.js';
import { formatPeriod } from '../periods/period.js';
import { scheduleDeadlines, type Deadline } from '../periods/schedule.js';
import type { Context } from './context.js';
import type { ClauseResult } from './numeric-clause.js';
import { combineStatuses, type DeadlineCheck } from './verdict.js';

function judgeDelivery(d: Deadline, done: CompletionObservation | undefined, asOf: string): DeadlineCheck {
  const period = d.period ? { period: formatPeriod(d.period) } : {};
  if (done) {
    const late = daysBetween(d.due, done.completed);
    return {
      status: late > 0 ? 'not_met' : 'met',
      due: d.due,
      completed: done.completed,
      row: done.row,
      daysLate: late,
      ...(late > 0 && { reason: 'late' as const }),
      ...period,
    };
  }
  const overdue = daysBetween(d.due, asOf);
  if (overdue > 0) return { status: 'not_met', due: d.due, daysLate: overdue, reason: 'overdue', ...period };
  return { status: 'not_due', due: d.due, daysLeft: -overdue, reason: 'not_yet_due', ...period };
}

/**
 * Evaluate a task clause against its schedule: the k-th completion (in date order) delivers
 * the k-th deadline (`Tháng 1 và tháng 6`: the first by 31 January, the second by 30 June).
 * A delivery completed by its last allowed day is met; after it, not met and late by so many
 * days; not completed, it is not due until its deadline passes at `asOf`, then not met and
 * overdue. Completions after `asOf` are not yet known at `asOf`.
 *
 * @example
 * taskClause(schedule, 'II.1', ctx).deadlines // [{ status: 'not_met', due: '2023-03-31', completed: '2023-04-05', daysLate: 5, reason: 'late' }]
 */
export function taskClause(schedule: Schedule | undefined, id: string | undefined, ctx: Context): ClauseResult {
  const dues = schedule && scheduleDeadlines(schedule, ctx.planYear);
  if (!dues || dues.length === 0 || !ctx.asOf) return { status: 'no_data', reason: 'unknown_period', checks: [], progress: false };
  const asOf = ctx.asOf;
  const done = ctx.index.completions(id).filter((c) => c.completed <= asOf);
  const deadlines = dues.map((d, k) => judgeDelivery(d, done[k], asOf));
  const status = combineStatuses(deadlines.map((d) => d.status));
  const reason = deadlines.find((d) => d.status === status)?.reason;
  return { status, ...(reason && { reason }), checks: [], deadlines, progress: false };
}
