/**
 * How a plan target's clauses find their rows. The evaluator binds clause `i` of a statement to
 * `clauseMetricId(base, i)`; a target whose ids follow that rule (the default, or one `Mã:`)
 * is evaluated with its base id as it is. A target whose author named every clause
 * (`Mã: a; b`) is evaluated on a view of the data where those ids are renamed to the ids the
 * evaluator expects of an unnamed statement (`clauseBindingId(undefined, i)`).
 */
import { trustedSet } from '../data/trusted.js';
import type { Observation, ObservationSet } from '../data/types.js';
import { clauseBindingId, clauseMetricId } from '../evaluate/metric-ids.js';
import type { PlanTarget } from '../plan/types.js';

/**
 * Either the base id to evaluate with, or the per-clause ids to rename.
 *
 * @example
 * ({ base: '2.6' }) // or ({ ids: ['chuyen-hoa', 'khong-tai-phuc-tap'] })
 */
export type TargetBinding = { readonly base: string } | { readonly ids: readonly string[] };

/**
 * The binding of a target: its base id when every clause id is `clauseMetricId(base, i)`.
 *
 * @example
 * targetBinding(t) // { base: '2.6' } for ids ['2.6', '2.6.b']
 * targetBinding(t) // { ids: ['nghien', 'ho-so'] } for `Mã: nghien; ho-so`
 */
export function targetBinding(target: Pick<PlanTarget, 'metrics'>): TargetBinding {
  const ids = target.metrics.map((m) => m.id);
  const base = ids[0];
  if (base === undefined) return { ids };
  const follows = ids.every((id, i) => i <= 25 && id === clauseMetricId(base, i));
  return follows ? { base } : { ids };
}

/** Rows grouped by metric id, built once per observation set. */
const byMetric = new WeakMap<ObservationSet, Map<string, Observation[]>>();

function rowsByMetric(data: ObservationSet): Map<string, Observation[]> {
  let map = byMetric.get(data);
  if (!map) {
    map = new Map();
    for (const o of data.observations) {
      if (o.kind === 'completion' || o.metric === undefined) continue;
      const list = map.get(o.metric);
      if (list) list.push(o);
      else map.set(o.metric, [o]);
    }
    byMetric.set(data, map);
  }
  return map;
}

/**
 * The rows of the given ids renamed to the ids of an unnamed statement (`undefined`, `b`,
 * `c`, ...), keeping their row numbers so verdicts still point at the data file's rows.
 *
 * @example
 * renamedView(data, ['nghien', 'ho-so']).observations // rows of `nghien` with no metric, rows of `ho-so` as `b`
 */
export function renamedView(data: ObservationSet, ids: readonly string[]): ObservationSet {
  const rows = rowsByMetric(data);
  const observations: Observation[] = [];
  ids.forEach((id, i) => {
    const to = clauseBindingId(undefined, i);
    for (const o of rows.get(id) ?? []) {
      if (o.kind === 'completion') continue;
      const { metric: _drop, ...rest } = o;
      observations.push(to === undefined ? rest : { ...rest, metric: to });
    }
  });
  return trustedSet({ observations, warnings: [] });
}
