/** Plans: `.chitieu` documents → {@link Plan}, their ids, and `chitieu import` of pasted tables. */
export type {
  Plan,
  PlanHeader,
  PlanReference,
  PlanSection,
  PlanStatement,
  StatementSegment,
  MetricBinding,
  PlanTarget,
  PlanTask,
  PlanNode,
  PlanEntry,
} from './types.js';
export { parsePlan, safeParsePlan } from './parse-plan.js';
export type { ParsePlanOptions, SafeParsePlanResult } from './parse-plan-with.js';
export { PlanError } from './plan-error.js';
export {
  formatPlanDiagnostic,
  renderPlanDiagnostics,
  type PlanDiagnostic,
  type PlanDiagnosticCode,
  type PlanErrorCode,
  type PlanWarningCode,
} from './diagnostics.js';
export { statementFileSpan } from './statement.js';
export { listEntries, listTargets, listTasks, type PlacedEntry } from './walk.js';
export { listPlanIds, formatClause, type PlanIdRow } from './metric-list.js';
export { importTable, type ImportTableOptions, type ImportTableResult, type BaselineObservation } from './import/import-table.js';
export type { ImportWarning, BaselineFigure } from './import/table.js';
export type { DraftHeader } from './import/write-plan.js';
export { formatImportWarning } from './import/messages.js';
