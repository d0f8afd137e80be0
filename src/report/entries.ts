/**
 * The plan's columns of a target or task row, and the row with its result. Shared by the full
 * check (one verdict per target) and the streamed one (counts over periods).
 */
import type { Lang } from '../diagnostics/types.js';
import { statusLabel, type Verdict, type VerdictStatus } from '../evaluate/verdict.js';
import type { PlanTarget, PlanTask } from '../plan/types.js';
import type { ClauseFigures, ReportProblem, StatusCounts, TargetReport, TaskReport } from './types.js';

/**
 * A target's result: a verdict, streamed counts, or a problem.
 *
 * @example
 * ({ verdict }) // or ({ status: 'not_met', evaluations: counts }) or ({ problem: { code: 'no_clauses' } })
 */
export type TargetOutcome =
  | { readonly verdict: Verdict; readonly figures?: readonly ClauseFigures[] }
  | { readonly status: VerdictStatus; readonly evaluations: StatusCounts; readonly period?: string }
  | { readonly problem: ReportProblem };

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * The report row of a target: the plan's columns and the outcome. A problem gives `no_data`:
 * the target is listed with its reason, never dropped. `label` is in `lang`, as the verdicts.
 *
 * @example
 * targetReport(target, { verdict }).status // verdict.status
 * targetReport(target, { problem: { code: 'no_clauses' } }).status // "no_data"
 * targetReport(target, { problem: { code: 'no_clauses' } }, 'en').label // "no data"
 */
export function targetReport(t: PlanTarget, outcome: TargetOutcome, lang: Lang = 'vi'): TargetReport {
  const status: VerdictStatus = 'verdict' in outcome ? outcome.verdict.status : 'problem' in outcome ? 'no_data' : outcome.status;
  // Object literals and assignments, not spreads: a streamed report builds hundreds of thousands
  // of these rows, and spreads cost most of that time on Node 20. Keys keep the order below.
  const metrics = new Array<string>(t.metrics.length);
  for (let m = 0; m < metrics.length; m++) metrics[m] = t.metrics[m]!.id;
  const { stt, description, lead, coordinators, note } = t;
  const statement = t.statement.text;
  const line = t.span.line;
  const label = statusLabel(status, lang);
  const row: Writable<TargetReport> =
    note === undefined
      ? { kind: 'target', stt, description, statement, lead, coordinators, metrics, line, status, label }
      : { kind: 'target', stt, description, statement, lead, coordinators, note, metrics, line, status, label };
  if ('verdict' in outcome) row.verdict = outcome.verdict;
  if ('figures' in outcome && outcome.figures !== undefined) row.figures = outcome.figures;
  if ('evaluations' in outcome) {
    row.evaluations = outcome.evaluations;
    if (outcome.period !== undefined) row.period = outcome.period;
  }
  if ('problem' in outcome) row.problem = outcome.problem;
  return row;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The report row of a key task: the plan's columns, its deadlines and status.
 *
 * @example
 * taskReport(task, { verdict }).deadlines // [{ status: 'met', due: '2023-03-31', ... }]
 * taskReport(task, { verdict }, 'en').label // "met"
 */
export function taskReport(t: PlanTask, outcome: { readonly verdict: Verdict } | { readonly problem: ReportProblem }, lang: Lang = 'vi'): TaskReport {
  const status: VerdictStatus = 'verdict' in outcome ? outcome.verdict.status : 'no_data';
  const deadlines = 'verdict' in outcome ? outcome.verdict.clauses.flatMap((c) => c.deadlines ?? []) : [];
  return {
    kind: 'task',
    id: t.id,
    stt: t.stt,
    description: t.description,
    timing: t.timing.text,
    lead: t.lead,
    coordinators: t.coordinators,
    ...optional('note', t.note),
    line: t.span.line,
    status,
    label: statusLabel(status, lang),
    deadlines,
    ...('verdict' in outcome && { verdict: outcome.verdict }),
    ...('problem' in outcome && { problem: outcome.problem }),
  };
}

/**
 * An error thrown while judging one entry, as a problem of that entry.
 *
 * @example
 * failure(new RangeError('clause index 26 out of range 0..25')) // { code: 'evaluation_failed', detail: '...' }
 */
export function failure(error: unknown): ReportProblem {
  return { code: 'evaluation_failed', detail: error instanceof Error ? error.message : String(error) };
}
