import type { PlanMetric } from './plan-metrics.js';
import { foldName } from './quantity.js';
import type { SameMetricBy } from './findings.js';

/** Clauses (by index into the metrics list) found to bound one metric, and why. */
export interface SameMetricGroup {
  readonly by: SameMetricBy;
  readonly members: readonly number[];
}

function subjectKey(m: PlanMetric): string {
  return `${m.clause.part}|${foldName(`${m.clause.subject.before} ${m.clause.subject.after}`)}`;
}

/**
 * Groups of clauses that bound the same metric, in the order `id`, `subject`, `description`
 * (a pair found by more than one rule is explained by the first), members in document order:
 * - they share a metric id (only a hand-built plan can: `parsePlan` rejects a repeated `Mã`)
 * - they are clauses of one target with the same part (main / trong đó / riêng) and the same subject
 * - their targets have the same non-empty description and the clauses the same part and subject
 *
 * Sub-populations (`trong đó`, `riêng`) and differently worded subjects are different metrics.
 * Only groups of two or more are returned.
 *
 * @example
 * sameMetricGroups(planMetrics(plan)) // [{ by: 'subject', members: [4, 5] }]
 */
export function sameMetricGroups(metrics: readonly PlanMetric[]): SameMetricGroup[] {
  const byRule: Record<SameMetricBy, Map<string, number[]>> = { id: new Map(), subject: new Map(), description: new Map() };
  const add = (by: SameMetricBy, key: string, i: number) => {
    const g = byRule[by].get(key);
    if (g) g.push(i);
    else byRule[by].set(key, [i]);
  };
  metrics.forEach((m, i) => {
    add('id', m.id, i);
    add('subject', `${m.target.stt}|${m.target.span.line}|${subjectKey(m)}`, i);
    const description = foldName(m.target.description);
    if (description !== '') add('description', `${description}|${subjectKey(m)}`, i);
  });
  return (['id', 'subject', 'description'] as const).flatMap((by) =>
    [...byRule[by].values()].filter((members) => members.length > 1).map((members) => ({ by, members })),
  );
}

/**
 * For each clause, the earlier clauses on the same metric and why (`by` of the first group
 * holding both), in document order.
 *
 * @example
 * earlierOnSameMetric(groups, 5) // [{ i: 4, by: 'subject' }]
 */
export function earlierOnSameMetric(groupsOf: ReadonlyMap<number, readonly SameMetricGroup[]>, j: number): { i: number; by: SameMetricBy }[] {
  const groups = groupsOf.get(j) ?? [];
  const before = (g: SameMetricGroup) => g.members.filter((i) => i < j).map((i) => ({ i, by: g.by }));
  // One group (the common case): its members are already in document order.
  if (groups.length === 1) return before(groups[0]!);
  const seen = new Map<number, SameMetricBy>();
  for (const g of groups) for (const { i, by } of before(g)) if (!seen.has(i)) seen.set(i, by);
  return [...seen].sort((a, b) => a[0] - b[0]).map(([i, by]) => ({ i, by }));
}
