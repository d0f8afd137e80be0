/**
 * Consistency of targets: each quantitative clause as an exact constraint on a named quantity,
 * what one clause says about another (implies, contradicts, stricter / looser), a plan's own
 * problems (`lintPlan`), a lower plan against a higher one (`comparePlans`), and a figure split
 * across units (`checkAllocation`).
 */
export { constraintOf, boundInterval, domainOf, RATE_DOMAIN, COUNT_DOMAIN, CHANGE_DOMAIN } from './constraint.js';
export type { Constraint, ConstraintResult, Direction, Quantity, UncheckableKind } from './constraint.js';
export { contains, intersect, isEmpty, isSubset, restrict, witness } from './interval.js';
export type { Domain, Endpoint, Interval } from './interval.js';
export { quantityMismatch, resolveQuantity } from './quantity.js';
export type { QuantityMismatch } from './quantity.js';
export { asConstraint, satisfies } from './satisfies.js';
export type { Checkable } from './satisfies.js';
export { contradicts, entails } from './relation.js';
export type { ContradictionReason, ContradictionResult } from './relation.js';
export { compareConstraints } from './compare.js';
export type { PairStrictness, Strictness, StrictnessReason, Witness } from './compare.js';
export { clauseProblems } from './clause-checks.js';
export type { ClauseProblem } from './clause-checks.js';
export { lintPlan } from './lint.js';
export type { LintOptions, LintResult } from './lint.js';
export type { Bound, ClauseFinding, CoverageFinding, Finding, FindingCode, PairFinding, SameMetricBy, Severity } from './findings.js';
export { planMetrics } from './plan-metrics.js';
export type { PlanMetric, Site } from './plan-metrics.js';
export { comparePlans } from './compare-plans.js';
export type { MetricPairComparison, PairSide, PlanComparison } from './compare-plans.js';
export { readMapping } from './mapping.js';
export type { MappingIssue, MappingResult, MetricLink, PlanMapping } from './mapping.js';
export { suggestMapping } from './suggest.js';
export type { MappingSuggestion } from './suggest.js';
export { checkAllocation, checkPlanAllocation } from './allocation.js';
export type { AllocationCounterexample, AllocationPart, AllocationProblem, AllocationResult, PlanAllocationPart, PlanAllocationResult } from './allocation.js';
export { formatAllocation } from './allocation-messages.js';
export { formatConstraint, formatWitness } from './format.js';
export { formatFinding, formatSite } from './messages.js';
export { formatPairComparison } from './compare-messages.js';
