import { rowKey } from './duplicates.js';
import type { CompletionObservation, MetricObservation, ObservationSet } from './types.js';

/** Fast access to the rows of an observation set by metric, period and unit. */
export interface ObservationIndex {
  /** The row for a metric and period: the whole (no unit), or one unit's. */
  get(metric: string | undefined, period: string, unit?: string): MetricObservation | undefined;
  /** The per-unit rows of a metric and period, in row order. */
  units(metric: string | undefined, period: string): readonly MetricObservation[];
  /** Every period that has a row (whole or per unit) for a metric. */
  periods(metric: string | undefined): readonly string[];
  /** The completion rows of a task, in date order. */
  completions(task: string | undefined): readonly CompletionObservation[];
}

const cache = new WeakMap<ObservationSet, ObservationIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(set: ObservationSet): ObservationIndex {
  // Maps, never plain objects: ids such as `__proto__` or `constructor` are ordinary keys.
  const rows = new Map<string, MetricObservation>();
  const units = new Map<string, MetricObservation[]>();
  const periods = new Map<string, string[]>();
  const done = new Map<string, CompletionObservation[]>();
  for (const o of set.observations) {
    if (o.kind === 'completion') {
      push(done, o.task ?? '', o);
      continue;
    }
    rows.set(rowKey(o.metric, o.period, o.unit), o);
    if (o.unit !== undefined) push(units, rowKey(o.metric, o.period, undefined), o);
    const list = periods.get(o.metric ?? '');
    if (!list) periods.set(o.metric ?? '', [o.period]);
    else if (!list.includes(o.period)) list.push(o.period);
  }
  for (const list of done.values()) list.sort((a, b) => (a.completed < b.completed ? -1 : a.completed > b.completed ? 1 : a.row - b.row));
  return {
    get: (metric, period, unit) => rows.get(rowKey(metric, period, unit)),
    units: (metric, period) => units.get(rowKey(metric, period, undefined)) ?? [],
    periods: (metric) => periods.get(metric ?? '') ?? [],
    completions: (task) => done.get(task ?? '') ?? [],
  };
}

/**
 * The index of an observation set, built once per set and cached (the set is immutable data).
 *
 * @example
 * indexObservations(data).get('2.3', '2022')?.kind // "value"
 */
export function indexObservations(set: ObservationSet): ObservationIndex {
  let index = cache.get(set);
  if (!index) {
    index = build(set);
    cache.set(set, index);
  }
  return index;
}
