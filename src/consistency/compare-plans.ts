import type { Plan } from '../plan/types.js';
import { compareConstraints, type Strictness, type StrictnessReason, type Witness } from './compare.js';
import type { UncheckableKind } from './constraint.js';
import { boundOf, type Bound } from './findings.js';
import type { MetricLink, PlanMapping } from './mapping.js';
import { planMetrics, type PlanMetric, type Site } from './plan-metrics.js';

/**
 * One side of a compared pair: the metric, where it is, its bound (or why it has none).
 *
 * @example
 * comparePlans(camPha, haiDuong, mapping).pairs[0].lower
 * // { id: '2.1', site: { metric: '2.1', stt: '2.1', clauseIndex: 0, line: 80, column: 23 },
 * //   description: 'Tiếp nhận, xử lý tin báo về tội phạm và kiến nghị khởi tố.',
 * //   bound: { quantity: { kind: 'rate' }, interval: { lo: { value: '100', closed: true }, hi: { value: '100', closed: true } }, direction: 'exact' } }
 */
export interface PairSide {
  readonly id: string;
  readonly site: Site;
  readonly description: string;
  readonly bound?: Bound;
  readonly uncheckable?: UncheckableKind;
}

/**
 * The judgement on one linked pair of metrics (see `compareConstraints`).
 *
 * @example
 * ({ lower: { id: '2.1', site, description: 'Tiếp nhận, xử lý tin báo về tội phạm và kiến nghị khởi tố.', bound },
 *    higher: { id: 'I.3.4', ... }, strictness: 'equal', reason: { code: 'same_values' } })
 */
export interface MetricPairComparison {
  readonly lower: PairSide;
  readonly higher: PairSide;
  readonly strictness: Strictness;
  readonly reason: StrictnessReason;
  /** Present exactly when `looser`: a value that meets the lower and fails the higher. */
  readonly counterexample?: Witness;
  readonly note?: string;
}

/**
 * A lower plan against a higher one:
 * - `pairs`: every linked pair, in the lower plan's order
 * - `unknownIds`: mapping ids that name no metric of their plan
 * - `unpairedHigher`: higher metrics with a figure that no pair covers (the lower plan is silent on them)
 * - `declared`: whether the lower plan's header says it implements the higher plan's number
 * - `ok`: nothing looser and no unknown id
 *
 * @example
 * comparePlans(camPha, haiDuong, mapping)
 * // { pairs: [...], unknownIds: [], unpairedHigher: ['I.3.2', ...], counts: { stricter: 2, equal: 1, looser: 0, not_comparable: 0 }, declared: false, ok: true }
 */
export interface PlanComparison {
  readonly pairs: readonly MetricPairComparison[];
  readonly unknownIds: readonly { readonly side: 'lower' | 'higher'; readonly id: string }[];
  readonly unpairedHigher: readonly string[];
  readonly counts: Readonly<Record<Strictness, number>>;
  readonly declared: boolean;
  readonly ok: boolean;
}

function side(m: PlanMetric): PairSide {
  return {
    id: m.id,
    site: m.site,
    description: m.target.description,
    ...(m.constraint ? { bound: boundOf(m.constraint) } : {}),
    ...(m.uncheckable ? { uncheckable: m.uncheckable } : {}),
  };
}

/**
 * Links by shared explicit ids: when both plans name a metric with the same `Mã`, the author
 * has said they are one metric.
 */
function sharedExplicitIds(lower: readonly PlanMetric[], higher: readonly PlanMetric[]): MetricLink[] {
  const explicitHigher = new Set(higher.filter((m) => m.target.metrics.some((b) => b.explicit)).map((m) => m.id));
  return lower.filter((m) => m.target.metrics.some((b) => b.explicit) && explicitHigher.has(m.id)).map((m) => ({ lower: m.id, higher: m.id }));
}

/**
 * Check that a lower plan is at least as strict as the higher plan it implements ("đạt và vượt"),
 * metric by metric. Metrics are linked by `mapping` (see `PlanMapping`; `suggestMapping` proposes
 * one for the author to confirm), or, without one, by explicit ids the two plans share.
 *
 * @example
 * const r = comparePlans(camPha, haiDuong, mapping)
 * r.pairs.filter((p) => p.strictness === 'looser').map((p) => p.lower.id) // ["2.10", "2.10.b"]
 */
export function comparePlans(lower: Plan, higher: Plan, mapping?: PlanMapping): PlanComparison {
  const lm = planMetrics(lower);
  const hm = planMetrics(higher);
  const byId = (ms: readonly PlanMetric[]) => new Map(ms.map((m) => [m.id, m]));
  const lById = byId(lm);
  const hById = byId(hm);
  const links = mapping?.pairs ?? sharedExplicitIds(lm, hm);
  const unknownIds = links.flatMap((l) => [
    ...(lById.has(l.lower) ? [] : [{ side: 'lower' as const, id: l.lower }]),
    ...(hById.has(l.higher) ? [] : [{ side: 'higher' as const, id: l.higher }]),
  ]);
  const order = new Map(lm.map((m, i) => [m.id, i]));
  const pairs = links
    .flatMap((l) => {
      const a = lById.get(l.lower);
      const b = hById.get(l.higher);
      return a && b ? [comparePair(a, b, l.note)] : [];
    })
    .sort((p, q) => (order.get(p.lower.id) ?? 0) - (order.get(q.lower.id) ?? 0));
  const covered = new Set(links.map((l) => l.higher));
  const unpairedHigher = hm.filter((m) => m.constraint && !covered.has(m.id)).map((m) => m.id);
  const counts: Record<Strictness, number> = { stricter: 0, equal: 0, looser: 0, not_comparable: 0 };
  for (const p of pairs) counts[p.strictness]++;
  const declared = higher.header.number !== undefined && lower.header.implements.some((r) => r.number === higher.header.number);
  return { pairs, unknownIds, unpairedHigher, counts, declared, ok: counts.looser === 0 && unknownIds.length === 0 };
}

function comparePair(a: PlanMetric, b: PlanMetric, note: string | undefined): MetricPairComparison {
  const r = a.constraint && b.constraint ? compareConstraints(a.constraint, b.constraint) : compareConstraints(a.clause, b.clause);
  return { lower: side(a), higher: side(b), ...r, ...(note === undefined ? {} : { note }) };
}
