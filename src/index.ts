/**
 * chitieu: the targets (chỉ tiêu) of Vietnamese government plans as checkable rules.
 *
 * This list is curated by hand: only what apps, plan authors and test suites need.
 */

// ── The language: text → Target ─────────────────────────────────────────────
export type * from './ast/types.js';
export type { Diagnostic, Lang, ParseErrorCode, WarningCode } from './diagnostics/index.js';
export { ParseError, codeFrame, formatDiagnostic } from './diagnostics/index.js';
export {
  parseTarget,
  safeParseTarget,
  formatTarget,
  formatSchedule,
  extractTargets,
  type ParseOptions,
  type SafeParseResult,
  type ExtractedTarget,
} from './api/index.js';
export { formatDecimalVi, parseDecimalVi } from './text/numbers.js';

// ── Evaluation: Target × observations → Verdict ─────────────────────────────
export {
  evaluateTarget,
  compileTarget,
  combineStatuses,
  clauseMetricId,
  STATUS_LABELS,
  type CompiledTarget,
  type CompiledClause,
  type EvaluateOptions,
  type FastStatus,
  type Verdict,
  type VerdictStatus,
  type ClauseVerdict,
  type Check,
  type DeadlineCheck,
  type FigureUsed,
  type Gap,
  type Flip,
  type ReasonCode,
} from './evaluate/index.js';
export {
  parseObservations,
  parseObservationsJson,
  parseObservationsCsv,
  unusedMetricWarnings,
  DataError,
  formatDataError,
  formatDataIssue,
  formatDataWarning,
  type Observation,
  type ObservationSet,
  type ParseObservationsOptions,
  type DataIssue,
  type DataIssueCode,
  type DataExpectation,
  type DataWarning,
} from './data/index.js';

// ── Plans: .chitieu documents, reports ──────────────────────────────────────
export {
  parsePlan,
  safeParsePlan,
  PlanError,
  formatPlanDiagnostic,
  renderPlanDiagnostics,
  statementFileSpan,
  listEntries,
  listTargets,
  listTasks,
  listPlanIds,
  formatClause,
  importTable,
  type Plan,
  type PlanHeader,
  type PlanReference,
  type PlanSection,
  type PlanStatement,
  type StatementSegment,
  type MetricBinding,
  type PlanTarget,
  type PlanTask,
  type PlanNode,
  type PlanEntry,
  type ParsePlanOptions,
  type SafeParsePlanResult,
  type PlanDiagnostic,
  type PlanDiagnosticCode,
  type PlanErrorCode,
  type PlanWarningCode,
  type PlacedEntry,
  type PlanIdRow,
  type ImportTableOptions,
  type ImportTableResult,
  type ImportWarning,
} from './plan/index.js';

// ── Consistency: contradictions, strictness between plans ───────────────────
export {
  constraintOf,
  satisfies,
  entails,
  contradicts,
  compareConstraints,
  clauseProblems,
  lintPlan,
  comparePlans,
  readMapping,
  suggestMapping,
  checkAllocation,
  formatConstraint,
  formatFinding,
  formatPairComparison,
  type Constraint,
  type Quantity,
  type Interval,
  type Checkable,
  type ContradictionResult,
  type PairStrictness,
  type Strictness,
  type Witness,
  type ClauseProblem,
  type LintOptions,
  type LintResult,
  type Finding,
  type FindingCode,
  type Severity,
  type Site,
  type PlanComparison,
  type MetricPairComparison,
  type PlanMapping,
  type MappingResult,
  type MappingSuggestion,
  type AllocationPart,
  type AllocationResult,
} from './consistency/index.js';
