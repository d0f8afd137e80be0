/**
 * Checking a whole plan against observed data: every target and key task judged by the
 * evaluator, grouped by section, summed per lead unit and in total.
 */
import type { DataWarning } from '../data/data-error.js';
import { observationSetOf } from '../data/accept.js';
import type { ObservationSet, ObservationsInput } from '../data/types.js';
import { unusedMetricWarnings } from '../data/unused.js';
import { evaluateTarget } from '../evaluate/evaluate.js';
import type { EvaluateOptions } from '../evaluate/options.js';
import type { Verdict } from '../evaluate/verdict.js';
import type { Plan, PlanTarget, PlanTask } from '../plan/types.js';
import { listEntries } from '../plan/walk.js';
import { renamedView, targetBinding } from './bindings.js';
import { failure, targetReport, taskReport } from './entries.js';
import { targetFigures } from './figures.js';
import { reportReview } from './review.js';
import { checkPlanOptions, planUnits, type EvaluatePlanOptions } from './options.js';
import { planInfo } from './plan-info.js';
import { groupBySection, summarizeUnits, totalize, type PlacedReport } from './summary.js';
import type { EntryReport, PlanReport, TargetReport, TaskReport } from './types.js';

/** The evaluator's options shared by every entry of the plan. */
function commonOptions(plan: Plan, o: EvaluatePlanOptions): EvaluateOptions {
  const year = o.year ?? plan.header.year;
  const units = planUnits(plan, o);
  return {
    ...(year !== undefined && { year }),
    ...(units !== undefined && { units }),
    ...(o.period !== undefined && { period: o.period }),
    ...(o.asOf !== undefined && { asOf: o.asOf }),
    ...(o.lang !== undefined && { lang: o.lang }),
  };
}

function judgeTarget(t: PlanTarget, data: ObservationSet, common: EvaluateOptions): TargetReport {
  if (t.statement.target.clauses.length === 0) return targetReport(t, { problem: { code: 'no_clauses' } }, common.lang);
  try {
    const binding = targetBinding(t);
    const verdict: Verdict =
      'base' in binding
        ? evaluateTarget(t.statement.target, data, { ...common, metric: binding.base })
        : evaluateTarget(t.statement.target, renamedView(data, binding.ids), common);
    return targetReport(t, { verdict, figures: targetFigures(t, verdict, data, common) }, common.lang);
  } catch (error) {
    return targetReport(t, { problem: failure(error) }, common.lang);
  }
}

function judgeTask(t: PlanTask, data: ObservationSet, common: EvaluateOptions): TaskReport {
  if (t.timing.target.clauses.length === 0) return taskReport(t, { problem: { code: 'no_clauses' } }, common.lang);
  try {
    return taskReport(t, { verdict: evaluateTarget(t.timing.target, data, { ...common, metric: t.id }) }, common.lang);
  } catch (error) {
    return taskReport(t, { problem: failure(error) }, common.lang);
  }
}

/** Every id the plan's rows may use: clause ids and task ids. */
function planIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const { entry } of listEntries(plan)) {
    if (entry.kind === 'task') ids.add(entry.id);
    else for (const m of entry.metrics) ids.add(m.id);
  }
  return ids;
}

/** The data's own warnings, with unused-id warnings recomputed against this plan's ids. */
function warningsFor(plan: Plan, data: ObservationSet): DataWarning[] {
  return [...data.warnings.filter((w) => w.code !== 'unused_metric'), ...unusedMetricWarnings(data, planIds(plan))];
}

/**
 * Check a plan against observed data: pure and synchronous. Each target is judged by
 * `evaluateTarget` with its metric ids (`2.6`, `2.6.b`, ... or the author's `Mã:`), each key
 * task by its completions against its timing; entries are grouped by section, counted per lead
 * unit (đơn vị chủ trì) and in total. No entry is dropped: one that cannot be judged is listed
 * with status `no_data` and its `problem`. A malformed option throws `DataError`, and so do bad
 * rows when `data` is plain rows (`{ observations: [...] }`, validated as `parseObservations` does).
 *
 * @example
 * const plan = parsePlan(readFileSync('examples/cam-pha-102-2023.chitieu', 'utf8'))
 * const data = parseObservationsJson(readFileSync('examples/cam-pha-102-2023.data.json', 'utf8'))
 * const report = evaluatePlan(plan, data, { asOf: '2023-12-31' })
 * report.totals.targets // { met: ..., exceeded: ..., not_met: ..., no_data: ..., not_due: ... }
 * renderReport(report, 'md')
 */
export function evaluatePlan(plan: Plan, input: ObservationsInput, options: EvaluatePlanOptions = {}): PlanReport {
  checkPlanOptions(options);
  const data = observationSetOf(input); // plain rows validated once here, not per target (where a DataError would become a problem)
  const common = commonOptions(plan, options);
  const entries = listEntries(plan);
  const placed: PlacedReport[] = entries.map(({ entry, sections }, i) => {
    const report = entry.kind === 'target' ? judgeTarget(entry, data, common) : judgeTask(entry, data, common);
    options.onProgress?.(i + 1, entries.length);
    return { report, sections };
  });
  return assembleReport(plan, placed, options, { mode: 'full', warnings: warningsFor(plan, data) });
}

/**
 * A report from its judged entries: groups, unit summary and totals.
 *
 * @example
 * assembleReport(plan, placed, options, { mode: 'full', warnings: [] }).groups.length // 4
 */
export function assembleReport(
  plan: Plan,
  placed: readonly PlacedReport[],
  options: EvaluatePlanOptions,
  extra: Pick<PlanReport, 'mode' | 'warnings'> & Partial<Pick<PlanReport, 'rows' | 'totals'>>,
): PlanReport {
  const entries: EntryReport[] = placed.map((p) => p.report);
  const year = options.year ?? plan.header.year;
  const review = reportReview({ ...options, ...(year !== undefined && { year }) }, entries);
  return {
    kind: 'plan_report',
    plan: planInfo(plan),
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    ...(year !== undefined && { year }),
    ...(options.period !== undefined && { period: options.period }),
    lang: options.lang ?? 'vi',
    ...(review && { review }),
    mode: extra.mode,
    groups: groupBySection(placed),
    units: summarizeUnits(entries),
    totals: extra.totals ?? totalize(entries),
    warnings: extra.warnings,
    ...(extra.rows !== undefined && { rows: extra.rows }),
  };
}
