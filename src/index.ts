/**
 * chitieu: the targets (chỉ tiêu) of Vietnamese government plans as checkable rules.
 *
 * This list is curated by hand: only what apps, plan authors and test suites need.
 */

// ── The language: text → Target ─────────────────────────────────────────────
export type * from './ast/types.js';
export type { Diagnostic, Lang, ParseErrorCode, WarningCode } from './diagnostics/index.js';
// Every error chitieu throws extends ChitieuError: a stable `code`, the problems as data, `format(lang)`.
export { ChitieuError, ParseError, codeFrame, formatDiagnostic } from './diagnostics/index.js';
// Printing plan and data text: every list bounded with its true total, control characters shown.
export { boundedLines, PRINT_LIMIT, type ListNoun } from './diagnostics/bounded-list.js';
export { visibleText } from './text/visible.js';
export {
  parseTarget,
  safeParseTarget,
  formatTarget,
  formatSchedule,
  extractTargets,
  type ParseOptions,
  type Conventions,
  type SafeParseResult,
  type ExtractedTarget,
} from './api/index.js';
export { formatDecimalVi, parseDecimalVi, readFigureVi, type FigureKind, type FigureReading } from './text/numbers.js';

// ── Periods and dates: what options and data rows spell ─────────────────────
export { parsePeriod, isIsoDate, todayInVietnam, type Period, type IsoDate } from './periods/index.js';

// ── Evaluation: Target × observations → Verdict ─────────────────────────────
export {
  evaluateTarget,
  compileTarget,
  combineStatuses,
  clauseMetricId,
  clauseBindingId,
  STATUS_LABELS,
  statusLabel,
  type CompiledTarget,
  type CompiledClause,
  type EvaluateOptions,
  type UnitLists,
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
export type { Judgement } from './evaluate/judge.js';
export {
  parseObservations,
  parseObservationsJson,
  parseObservationsCsv,
  parseObservationsTable,
  decodeDataText,
  isZip,
  unusedMetricWarnings,
  DataError,
  formatDataIssue,
  formatDataWarning,
  type Observation,
  type ValueObservation,
  type RateObservation,
  type AssessmentObservation,
  type CompletionObservation,
  type ObservationSet,
  type ObservationRow,
  type ObservationsInput,
  type ParseObservationsOptions,
  type ObservationsTableOptions,
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
  formatImportWarning,
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
  type BaselineFigure,
  type BaselineObservation,
  type DraftHeader,
} from './plan/index.js';
export {
  evaluatePlan,
  checkPlanRows,
  checkPlanNdjson,
  createPlanChecker,
  renderReport,
  failingEntries,
  metShare,
  reportReview,
  reviewText,
  type EvaluatePlanOptions,
  type CheckPlanRowsOptions,
  type CheckPlanNdjsonOptions,
  type NdjsonFile,
  type NdjsonStream,
  type CheckRowsOptions,
  type PlanChecker,
  type ReportFormat,
  type RenderOptions,
  type PlanReport,
  type ReportGroup,
  type EntryReport,
  type TargetReport,
  type TaskReport,
  type UnitSummary,
  type ReportTotals,
  type ReportPlanInfo,
  type SectionRef,
  type StatusCounts,
  type ReportProblem,
  type ReportProblemCode,
  type ClauseFigures,
  type FigureValue,
  type ReportReview,
} from './report/index.js';

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
  checkPlanAllocation,
  formatConstraint,
  formatFinding,
  formatPairComparison,
  formatAllocation,
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
  type PlanAllocationPart,
  type PlanAllocationResult,
} from './consistency/index.js';
// The parts of the consistency results above. `Bound` in `chitieu` is a clause's bound on a
// figure (ast/types.ts); the consistency module's own `Bound` is a constraint as plain data.
export type { ClauseFinding, PairFinding, CoverageFinding, SameMetricBy, Bound as ConstraintBound } from './consistency/findings.js';
export type { ConstraintResult, Direction, UncheckableKind } from './consistency/constraint.js';
export type { Endpoint } from './consistency/interval.js';
export type { PairSide } from './consistency/compare-plans.js';
export type { StrictnessReason } from './consistency/compare.js';
export type { MetricLink, MappingIssue } from './consistency/mapping.js';
export type { AllocationCounterexample, AllocationProblem } from './consistency/allocation.js';
export type { ContradictionReason } from './consistency/relation.js';
export type { QuantityMismatch } from './consistency/quantity.js';
// The assertions behind `chitieu/vitest`, for any test runner (no vitest import).
export {
  checkConsistent,
  checkAtLeastAsStrict,
  checkMetBy,
  assertConsistent,
  assertAtLeastAsStrictAs,
  assertMetBy,
  ChitieuAssertionError,
  type AssertionErrorCode,
  type CheckOutcome,
  type ConsistentOptions,
  type StrictOptions,
  type MetOptions,
} from './vitest/assertions.js';
