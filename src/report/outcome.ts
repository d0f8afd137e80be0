/**
 * Whether a checked plan passes: the rule behind `chitieu check`'s exit status.
 */
import type { VerdictStatus } from '../evaluate/verdict.js';
import type { EntryReport, PlanReport } from './types.js';

/**
 * The entries (targets and key tasks) that fail the check: every `not_met` one (a target short
 * of its figure, a task late or overdue), and those whose status is in `failOn` (`no_data`,
 * `not_due`) when asked. Document order.
 *
 * @example
 * failingEntries(report).map((e) => e.kind === 'task' ? e.id : e.stt) // ["1.3", "2.6", "II.2"]
 * failingEntries(report, ['no_data']).length // also the targets without data
 */
export function failingEntries(report: PlanReport, failOn: readonly VerdictStatus[] = []): EntryReport[] {
  const failing = new Set<VerdictStatus>(['not_met', ...failOn]);
  return report.groups.flatMap((g) => g.entries.filter((e) => failing.has(e.status)));
}
