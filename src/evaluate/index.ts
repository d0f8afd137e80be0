export { evaluateTarget } from './evaluate.js';
export { compileTarget, type CompiledTarget, type CompiledClause } from './compile.js';
export type { EvaluateOptions, UnitLists } from './options.js';
export type { FastStatus } from './fast.js';
export type { Flip } from './flip.js';
export {
  STATUS_LABELS,
  statusLabel,
  combineStatuses,
  type Verdict,
  type ClauseVerdict,
  type Check,
  type DeadlineCheck,
  type FigureUsed,
  type Gap,
  type ReasonCode,
  type VerdictStatus,
} from './verdict.js';
export { clauseMetricId, clauseBindingId } from './metric-ids.js';
