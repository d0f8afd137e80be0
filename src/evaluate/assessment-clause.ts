import type { Clause, Schedule } from '../ast/types.js';
import { formatPeriod } from '../periods/period.js';
import type { Context } from './context.js';
import { termDeadline } from './deadline.js';
import type { ClauseResult } from './numeric-clause.js';

/**
 * Evaluate a qualitative clause (`Kịp thời phát hiện ...`) or a delegated one (`(Phòng Văn hóa
 * ... giao chỉ tiêu cụ thể ...)`) from an assessment row for the period: `met` / `not_met` with
 * its evidence. Without one, a qualitative clause is not due before its deadline (the
 * schedule's, else the end of the year holding the period: an annual target judged on H1 is
 * assessed at year end, as a count floor is reached by then) and has no data after it; a
 * delegated clause has no data, with the reason naming who sets its figure.
 *
 * @example
 * assessmentClause(clause, '1.6', ctx).checks[0]?.assessment // { value: 'met', row: 3, evidence: '...' }
 */
export function assessmentClause(clause: Clause, id: string | undefined, ctx: Context, schedule?: Schedule): ClauseResult {
  const by = clause.kind === 'delegated' ? { by: clause.by } : {};
  const p = ctx.period;
  if (!p) return { status: 'no_data', reason: 'unknown_period', checks: [], progress: false, ...by };
  const period = formatPeriod(p);
  const progress = p.unit !== 'year';
  const row = ctx.index.get(id, period);
  if (row?.kind === 'assessment') {
    const assessment = { value: row.assessment, row: row.row, ...(row.evidence !== undefined && { evidence: row.evidence }) };
    return { status: row.assessment, checks: [{ status: row.assessment, period, assessment }], progress, ...by };
  }
  const due = clause.kind !== 'delegated' && !row ? termDeadline(schedule, p, 'year', ctx.planYear) : undefined;
  const notYet = due !== undefined && ctx.asOf !== undefined && ctx.asOf < due;
  const reason = row ? 'unusable_row' : clause.kind === 'delegated' ? 'delegated' : notYet ? 'not_yet_due' : 'no_assessment';
  const status = notYet ? 'not_due' : 'no_data';
  return { status, reason, checks: [{ status, period, reason, ...(notYet && { due }) }], progress, ...by };
}
