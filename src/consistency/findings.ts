import type { ClauseProblem } from './clause-checks.js';
import type { Constraint, UncheckableKind } from './constraint.js';
import type { Interval } from './interval.js';
import type { Site } from './plan-metrics.js';
import type { QuantityMismatch } from './quantity.js';
import type { ContradictionReason } from './relation.js';

/**
 * How bad a finding is: `error` fails `chitieu lint`, `warning` and `info` do not.
 *
 * @example
 * lintPlan(plan).findings.filter((f) => f.severity === 'error') // what fails `chitieu lint`
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A constraint as plain data, without its source clause: what findings carry and `--json` prints.
 * (Exported from `chitieu` as `ConstraintBound`: `Bound` there is a clause's bound on a figure.)
 *
 * @example
 * lintPlan(plan).findings[0].bounds[0] // `Đạt tỷ lệ từ 80% trở lên`:
 * // { quantity: { kind: 'rate' }, interval: { lo: { value: '80', closed: true } }, direction: 'higher' }
 */
export type Bound = Omit<Constraint, 'source'>;

/**
 * Why two clauses were taken to bound the same metric: they share a metric id (`Mã:`), they are
 * clauses of one target with the same subject, or targets with the same description and subject.
 *
 * @example
 * // `Đạt tỷ lệ dưới 70%; đạt tỷ lệ từ 80% trở lên`: two clauses of one target, one subject
 * lintPlan(plan).findings[0].by // 'subject'
 */
export type SameMetricBy = 'id' | 'subject' | 'description';

/**
 * A finding about one clause on its own (see {@link ClauseProblem}).
 *
 * @example
 * // Chỉ tiêu 2: `Đạt trên 100%`
 * ({ severity: 'error', code: 'impossible', sites: [{ metric: '2', stt: '2', clauseIndex: 0, line: 6, column: 23 }],
 *    bounds: [{ quantity: { kind: 'rate' }, interval: { lo: { value: '100', closed: false } }, direction: 'higher' }],
 *    problem: { code: 'impossible', side: 'above_max', limit: { value: '100', closed: true } } })
 */
export interface ClauseFinding {
  readonly severity: Severity;
  readonly code: ClauseProblem['code'];
  readonly sites: readonly [Site];
  readonly bounds: readonly [Bound];
  readonly problem: ClauseProblem;
}

/**
 * A finding about two clauses on one metric:
 * - `contradiction` (error): no value meets both; `reason` says which floor clears which ceiling
 * - `duplicate` (warning): the same metric bound twice with the same values
 * - `redundant` (warning): the first implies the second, so the second checks nothing more
 * - `bound_twice` (warning): the same metric bound twice, each cutting off values the other
 *   allows; `effective` is what both together require
 * - `metric_mismatch` (warning): bound twice in quantities that cannot be compared (`mismatch`)
 *
 * @example
 * // Chỉ tiêu 1: `Đạt tỷ lệ dưới 70%; đạt tỷ lệ từ 80% trở lên`
 * ({ severity: 'error', code: 'contradiction', by: 'subject', sites: [site1, site1b], bounds: [below70, from80],
 *    reason: { code: 'disjoint', floorFrom: 'b', floor: { value: '80', closed: true }, ceiling: { value: '70', closed: false } } })
 */
export type PairFinding =
  | { readonly severity: 'error'; readonly code: 'contradiction'; readonly sites: readonly [Site, Site]; readonly bounds: readonly [Bound, Bound]; readonly by: SameMetricBy; readonly reason: ContradictionReason }
  | { readonly severity: 'warning'; readonly code: 'duplicate' | 'redundant'; readonly sites: readonly [Site, Site]; readonly bounds: readonly [Bound, Bound]; readonly by: SameMetricBy }
  | { readonly severity: 'warning'; readonly code: 'bound_twice'; readonly sites: readonly [Site, Site]; readonly bounds: readonly [Bound, Bound]; readonly by: SameMetricBy; readonly effective: Interval }
  | { readonly severity: 'warning'; readonly code: 'metric_mismatch'; readonly sites: readonly [Site, Site]; readonly bounds: readonly [Bound, Bound]; readonly by: SameMetricBy; readonly mismatch: QuantityMismatch };

/**
 * Findings about what cannot be checked by machine:
 * - `not_checkable` (info): a qualitative or delegated clause: judged by an assessment or by another body's plan
 * - `unit_without_data` (warning): a per-unit clause (`mỗi xã ...`) whose kind of unit has no
 *   list of units to take data from
 *
 * @example
 * lintPlan(camPha).findings[2]
 * // { severity: 'warning', code: 'unit_without_data', each: 'đơn vị trường học', sites: [{ metric: '1.3', stt: '1.3', clauseIndex: 0, line: 40, column: 23 }] }
 */
export type CoverageFinding =
  | { readonly severity: 'info'; readonly code: 'not_checkable'; readonly sites: readonly [Site]; readonly kind: Exclude<UncheckableKind, 'task'> }
  | { readonly severity: 'warning'; readonly code: 'unit_without_data'; readonly sites: readonly [Site]; readonly each: string };

/**
 * One finding of `lintPlan`, as data: a stable `code`, a `severity`, the clauses it is about
 * (`sites`, with metric id, STT, line and column) and the facts behind it. `formatFinding`
 * renders it as text.
 *
 * @example
 * lintPlan(camPha).findings[2]
 * // { severity: 'warning', code: 'unit_without_data', each: 'đơn vị trường học', sites: [{ metric: '1.3', stt: '1.3', clauseIndex: 0, line: 40, column: 23 }] }
 */
export type Finding = ClauseFinding | PairFinding | CoverageFinding;

/**
 * Every finding code, for exhaustive switches.
 *
 * @example
 * lintPlan(camPha).findings.map((f) => f.code)
 * // ['not_checkable', 'not_checkable', 'unit_without_data', 'not_checkable', 'not_checkable']
 */
export type FindingCode = Finding['code'];

/**
 * Strip a constraint down to plain data.
 *
 * @example
 * boundOf(constraint) // { quantity, interval, direction }
 */
export function boundOf(c: Constraint): Bound {
  const { source: _source, ...rest } = c;
  return rest;
}
