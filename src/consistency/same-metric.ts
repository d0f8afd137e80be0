import type { PlanMetric } from './plan-metrics.js';
import { foldName } from './quantity.js';
import type { SameMetricBy } from './findings.js';

/** Two clauses found to bound the same metric, and why. */
export interface SameMetricPair {
  readonly a: PlanMetric;
  readonly b: PlanMetric;
  readonly by: SameMetricBy;
}

function subjectKey(m: PlanMetric): string {
  return `${m.clause.part}|${foldName(`${m.clause.subject.before} ${m.clause.subject.after}`)}`;
}

/**
 * Pairs of clauses that bound the same metric, each pair once, in document order:
 * - they share a metric id (only a hand-built plan can: `parsePlan` rejects a repeated `Mã`)
 * - they are clauses of one target with the same part (main / trong đó / riêng) and the same subject
 * - their targets have the same non-empty description and the clauses the same part and subject
 *
 * Sub-populations (`trong đó`, `riêng`) and differently worded subjects are different metrics.
 *
 * @example
 * sameMetricPairs(planMetrics(plan)) // [{ a: m23, b: m23b, by: 'subject' }]
 */
export function sameMetricPairs(metrics: readonly PlanMetric[]): SameMetricPair[] {
  const groups = new Map<string, { m: PlanMetric; i: number }[]>();
  const add = (key: string, m: PlanMetric, i: number) => {
    const g = groups.get(key);
    if (g) g.push({ m, i });
    else groups.set(key, [{ m, i }]);
  };
  metrics.forEach((m, i) => {
    add(`id|${m.id}`, m, i);
    add(`subject|${m.target.stt}|${m.target.span.line}|${subjectKey(m)}`, m, i);
    const description = foldName(m.target.description);
    if (description !== '') add(`description|${description}|${subjectKey(m)}`, m, i);
  });
  const seen = new Set<string>();
  const pairs: { pair: SameMetricPair; i: number; j: number }[] = [];
  for (const [key, group] of groups) {
    const by = key.slice(0, key.indexOf('|')) as SameMetricBy;
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const p = group[x]!;
        const q = group[y]!;
        const k = `${p.i}:${q.i}`;
        if (seen.has(k)) continue;
        seen.add(k);
        pairs.push({ pair: { a: p.m, b: q.m, by }, i: p.i, j: q.i });
      }
    }
  }
  return pairs.sort((p, q) => p.i - q.i || p.j - q.j).map((p) => p.pair);
}
