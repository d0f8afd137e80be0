/**
 * Checking a plan and reporting it: `evaluatePlan` (a plan × observations → a report),
 * `checkPlanNdjson` / `checkPlanRows` / `createPlanChecker` (the same, streamed over millions
 * of rows),
 * `renderReport` (text, Markdown, JSON, HTML) and `failingEntries` (the exit-status rule).
 */
export { evaluatePlan } from './evaluate-plan.js';
export type { EvaluatePlanOptions } from './options.js';
export { checkPlanRows, checkPlanNdjson, type CheckPlanRowsOptions, type CheckPlanNdjsonOptions, type NdjsonFile, type NdjsonStream } from './stream/check-plan-rows.js';
export { createPlanChecker, type PlanChecker, type CheckRowsOptions } from './stream/plan-checker.js';
export { renderReport, type ReportFormat, type RenderOptions } from './render/index.js';
export { failingEntries } from './outcome.js';
export { reportReview, reviewText } from './review.js';
export { metShare, STATUS_ORDER } from './counts.js';
export type {
  PlanReport,
  ReportGroup,
  EntryReport,
  TargetReport,
  TaskReport,
  UnitSummary,
  ReportTotals,
  ReportPlanInfo,
  SectionRef,
  StatusCounts,
  ReportProblem,
  ReportProblemCode,
  ClauseFigures,
  ReportReview,
  FigureValue,
} from './types.js';
