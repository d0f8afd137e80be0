import type { Plan } from '../plan/types.js';
import { clauseProblems, type ClauseProblem } from './clause-checks.js';
import { domainOf, partsAtZeroBase } from './constraint.js';
import { boundOf, type ClauseFinding, type CoverageFinding, type Finding, type PairFinding, type SameMetricBy, type Severity } from './findings.js';
import { intersect, isSubset, overlaps, restrict, type Interval } from './interval.js';
import { planMetrics, type PlanMetric } from './plan-metrics.js';
import { foldName, quantityMismatch } from './quantity.js';
import { contradicts } from './relation.js';
import { earlierOnSameMetric, sameMetricGroups, type SameMetricGroup } from './same-metric.js';

/**
 * What `lintPlan` knows beyond the plan. `units` lists, per kind of unit (`đơn vị trường học`,
 * `xã`), the units data will come from; a per-unit clause whose kind is missing here has no
 * data source.
 *
 * @example
 * lintPlan(camPha, { units: { 'đơn vị trường học': ['THCS Cẩm Đông', 'THCS Cẩm Phả', 'THPT Lê Quý Đôn'] } })
 */
export interface LintOptions {
  readonly units?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The findings of a plan, in file order, and whether any is an error.
 *
 * @example
 * lintPlan(camPha) // { ok: true, findings: [{ severity: 'info', code: 'not_checkable', kind: 'delegated', ... }, ...] }
 */
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
  const metrics = planMetrics(plan).map(prepare);
  const findings: Finding[] = [
    ...metrics.flatMap((m) => m.problems),
    // The plan's own `Danh sách <loại đơn vị>:` lines count as lists, under the caller's.
    ...metrics.flatMap((m) => coverageFindings(m.metric, { units: { ...plan.header.units, ...options.units } })),
    ...sameMetricFindings(metrics),
  ];
  findings.sort((a, b) => a.sites[0].line - b.sites[0].line || a.sites[0].clauseIndex - b.sites[0].clauseIndex);
  return { findings, ok: !findings.some((f) => f.severity === 'error') };
}

/** A clause with what every pair check needs, computed once. */
interface Prepared {
  readonly metric: PlanMetric;
  readonly problems: readonly ClauseFinding[];
  /** The values it admits within its quantity's domain; absent without a figure or when impossible. */
  readonly values?: Interval;
}

function prepare(m: PlanMetric): Prepared {
  const c = m.constraint;
  if (!c) return { metric: m, problems: [] };
  const problems: ClauseFinding[] = clauseProblems(c).map((problem) => ({
    severity: PROBLEM_SEVERITY[problem.code],
    code: problem.code,
    sites: [m.site],
    bounds: [boundOf(c)],
    problem,
  }));
  const impossible = problems.some((p) => p.code === 'impossible');
  return impossible ? { metric: m, problems } : { metric: m, problems, values: restrict(c.interval, domainOf(c.quantity)) };
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

/** Which finding wins when a clause relates to several earlier clauses on its metric. */
const RANK: Record<PairFinding['code'], number> = { contradiction: 0, duplicate: 1, redundant: 2, bound_twice: 3, metric_mismatch: 4 };

/**
 * One finding per clause that has an earlier clause on the same metric: against the earlier
 * clause it clashes with first, else duplicates, else implies or is implied by, else overlaps.
 * So a plan binding one metric k times gets at most k − 1 findings, not k(k − 1)/2, and two
 * clauses on one metric (the common case) get exactly the pair's finding.
 */
function sameMetricFindings(prepared: readonly Prepared[]): PairFinding[] {
  const groupsOf = new Map<number, SameMetricGroup[]>();
  for (const g of sameMetricGroups(prepared.map((p) => p.metric))) {
    for (const i of g.members) {
      const list = groupsOf.get(i);
      if (list) list.push(g);
      else groupsOf.set(i, [g]);
    }
  }
  const findings: PairFinding[] = [];
  for (const j of [...groupsOf.keys()].sort((a, b) => a - b)) {
    let best: { i: number; by: SameMetricBy; code: PairFinding['code'] } | undefined;
    for (const { i, by } of earlierOnSameMetric(groupsOf, j)) {
      const code = relation(prepared[i]!, prepared[j]!);
      if (code && (!best || RANK[code] < RANK[best.code])) best = { i, by, code };
      if (best?.code === 'contradiction') break;
    }
    if (best) findings.push(pairFinding(prepared[best.i]!, prepared[j]!, best.by));
  }
  return findings;
}

/** How two clauses on one metric relate, cheaply (no finding built); undefined when one has no usable figure. */
function relation(a: Prepared, b: Prepared): PairFinding['code'] | undefined {
  const ca = a.metric.constraint;
  const cb = b.metric.constraint;
  if (!ca || !cb || !a.values || !b.values) return undefined;
  if (quantityMismatch(ca.quantity, cb.quantity)) return 'metric_mismatch';
  if (!overlaps(a.values, b.values)) return 'contradiction';
  const aInB = isSubset(a.values, b.values) && !partsAtZeroBase(ca, cb);
  const bInA = isSubset(b.values, a.values) && !partsAtZeroBase(cb, ca);
  return aInB && bInA ? 'duplicate' : aInB || bInA ? 'redundant' : 'bound_twice';
}

/** The finding for two clauses on one metric whose `relation` is known to exist. */
function pairFinding(a: Prepared, b: Prepared, by: SameMetricBy): PairFinding {
  const ca = a.metric.constraint!;
  const cb = b.metric.constraint!;
  const sites = [a.metric.site, b.metric.site] as const;
  const bounds = [boundOf(ca), boundOf(cb)] as const;
  const mismatch = quantityMismatch(ca.quantity, cb.quantity);
  if (mismatch) return { severity: 'warning', code: 'metric_mismatch', sites, bounds, by, mismatch };
  const verdict = contradicts(ca, cb);
  if (verdict.contradicts) return { severity: 'error', code: 'contradiction', sites, bounds, by, reason: verdict.reason };
  const aInB = isSubset(a.values!, b.values!) && !partsAtZeroBase(ca, cb);
  const bInA = isSubset(b.values!, a.values!) && !partsAtZeroBase(cb, ca);
  if (aInB && bInA) return { severity: 'warning', code: 'duplicate', sites, bounds, by };
  if (aInB) return { severity: 'warning', code: 'redundant', sites, bounds, by };
  if (bInA) return { severity: 'warning', code: 'redundant', sites: [sites[1], sites[0]], bounds: [bounds[1], bounds[0]], by };
  return { severity: 'warning', code: 'bound_twice', sites, bounds, by, effective: intersect(a.values!, b.values!) };
}
