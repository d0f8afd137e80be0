import type { Plan } from '../plan/types.js';
import { clauseProblems, type ClauseProblem } from './clause-checks.js';
import { domainOf, partsAtZeroBase } from './constraint.js';
import { boundOf, type ClauseFinding, type CoverageFinding, type Finding, type PairFinding, type Severity } from './findings.js';
import { intersect, isSubset, restrict } from './interval.js';
import { planMetrics, type PlanMetric } from './plan-metrics.js';
import { foldName, quantityMismatch } from './quantity.js';
import { contradicts } from './relation.js';
import { sameMetricPairs, type SameMetricPair } from './same-metric.js';

/**
 * What `lintPlan` knows beyond the plan. `units` lists, per kind of unit (`đơn vị trường học`,
 * `xã`), the units data will come from; a per-unit clause whose kind is missing here has no
 * data source.
 */
export interface LintOptions {
  readonly units?: Readonly<Record<string, readonly string[]>>;
}

/** The findings of a plan, in file order, and whether any is an error. */
export interface LintResult {
  readonly findings: readonly Finding[];
  /** True when no finding is an error. */
  readonly ok: boolean;
}

const PROBLEM_SEVERITY: Record<ClauseProblem['code'], Severity> = {
  impossible: 'error',
  vacuous: 'warning',
  negative_figure: 'warning',
  stretch_unreachable: 'warning',
  stretch_inverted: 'warning',
};

/**
 * Check one plan on its own: impossible clauses, clauses that check nothing, pairs of clauses on
 * one metric that contradict, repeat or imply each other, per-unit clauses without a data
 * source, and the clauses no machine can check.
 *
 * @example
 * const { ok, findings } = lintPlan(parsePlan(source), { units: { 'đơn vị trường học': schools } })
 * findings.filter((f) => f.severity === 'error') // []
 */
export function lintPlan(plan: Plan, options: LintOptions = {}): LintResult {
  const metrics = planMetrics(plan);
  const findings: Finding[] = [
    ...metrics.flatMap((m) => clauseFindings(m)),
    ...metrics.flatMap((m) => coverageFindings(m, options)),
    ...sameMetricPairs(metrics).flatMap((p) => pairFindings(p)),
  ];
  findings.sort((a, b) => a.sites[0].line - b.sites[0].line || a.sites[0].clauseIndex - b.sites[0].clauseIndex);
  return { findings, ok: !findings.some((f) => f.severity === 'error') };
}

function clauseFindings(m: PlanMetric): ClauseFinding[] {
  const c = m.constraint;
  if (!c) return [];
  return clauseProblems(c).map((problem) => ({
    severity: PROBLEM_SEVERITY[problem.code],
    code: problem.code,
    sites: [m.site],
    bounds: [boundOf(c)],
    problem,
  }));
}

function coverageFindings(m: PlanMetric, options: LintOptions): CoverageFinding[] {
  if (m.uncheckable === 'qualitative' || m.uncheckable === 'delegated') {
    return [{ severity: 'info', code: 'not_checkable', sites: [m.site], kind: m.uncheckable }];
  }
  const each = m.clause.each;
  if (each === undefined || m.uncheckable) return [];
  const known = Object.entries(options.units ?? {}).some(([kind, list]) => foldName(kind) === foldName(each) && list.length > 0);
  return known ? [] : [{ severity: 'warning', code: 'unit_without_data', sites: [m.site], each }];
}

function isImpossible(m: PlanMetric): boolean {
  return m.constraint !== undefined && clauseProblems(m.constraint).some((p) => p.code === 'impossible');
}

/** What two clauses on one metric say about each other; impossible clauses are reported on their own. */
function pairFindings({ a, b, by }: SameMetricPair): PairFinding[] {
  const ca = a.constraint;
  const cb = b.constraint;
  if (!ca || !cb || isImpossible(a) || isImpossible(b)) return [];
  const sites = [a.site, b.site] as const;
  const bounds = [boundOf(ca), boundOf(cb)] as const;
  const mismatch = quantityMismatch(ca.quantity, cb.quantity);
  if (mismatch) return [{ severity: 'warning', code: 'metric_mismatch', sites, bounds, by, mismatch }];
  const verdict = contradicts(ca, cb);
  if (verdict.contradicts) return [{ severity: 'error', code: 'contradiction', sites, bounds, by, reason: verdict.reason }];
  const domain = domainOf(ca.quantity);
  const ra = restrict(ca.interval, domain);
  const rb = restrict(cb.interval, domain);
  const aInB = isSubset(ra, rb) && !partsAtZeroBase(ca, cb);
  const bInA = isSubset(rb, ra) && !partsAtZeroBase(cb, ca);
  if (aInB && bInA) return [{ severity: 'warning', code: 'duplicate', sites, bounds, by }];
  if (aInB) return [{ severity: 'warning', code: 'redundant', sites, bounds, by }];
  if (bInA) return [{ severity: 'warning', code: 'redundant', sites: [b.site, a.site], bounds: [bounds[1], bounds[0]], by }];
  return [{ severity: 'warning', code: 'bound_twice', sites, bounds, by, effective: restrict(intersect(ra, rb), domain) }];
}
