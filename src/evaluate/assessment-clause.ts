import type { Clause } from '../ast/types.js';
import { periodEnd } from '../periods/dates.js';
import { formatPeriod } from '../periods/period.js';
import type { Context } from './context.js';
import type { ClauseResult } from './numeric-clause.js';

/**
 * Evaluate a qualitative clause (`Kịp thời phát hiện ...`) or a delegated one (`(Phòng Văn hóa
 * ... giao chỉ tiêu cụ thể ...)`) from an assessment row for the period: `met` / `not_met` with
 * its evidence. Without one, a qualitative clause has no data (or is not due while its period
 * runs), and a delegated clause has no data with the reason naming who sets its figure.
 *
 * @example
 * assessmentClause(clause, '1.6', ctx).checks[0]?.assessment // { value: 'met', row: 3, evidence: '...' }
 */
export function assessmentClause(clause: Clause, id: string | undefined, ctx: Context): ClauseResult {
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
  const notYet = clause.kind !== 'delegated' && !row && ctx.asOf !== undefined && ctx.asOf < periodEnd(p);
  const reason = row ? 'unusable_row' : clause.kind === 'delegated' ? 'delegated' : notYet ? 'not_yet_due' : 'no_assessment';
  const status = notYet ? 'not_due' : 'no_data';
  return { status, reason, checks: [{ status, period, reason }], progress, ...by };
}
