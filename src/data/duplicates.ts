import type { DataIssue } from './data-error.js';
import type { Observation } from './types.js';

/** Key of the figure a row gives: one row per metric, period and unit (completions may repeat). */
export function rowKey(metric: string | undefined, period: string, unit: string | undefined): string {
  // \u0000 never occurs in a JSON-decoded id that a person typed; Map keys, so `__proto__` is data.
  return `${metric ?? ''}\u0000${period}\u0000${unit ?? ''}`;
}

/**
 * One issue per row that repeats the metric, period and unit of an earlier row: two figures
 * for one fact would make the verdict depend on row order.
 *
 * @example
 * duplicateRows(observations, ['observations']) // [{ code: 'duplicate_row', path: ['observations', 5], found: 'observations[2]', ... }]
 */
export function duplicateRows(observations: readonly Observation[], prefix: readonly (string | number)[]): DataIssue[] {
  const first = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const o of observations) {
    if (o.kind === 'completion') continue;
    const key = rowKey(o.metric, o.period, o.unit);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, o.row);
    else issues.push({ code: 'duplicate_row', path: [...prefix, o.row], expected: 'unique_row', found: `${prefix.join('.')}[${earlier}]` });
  }
  return issues;
}
