import type { DataWarning } from './data-error.js';
import { suggestId } from './suggest.js';
import { rowId, type ObservationSet } from './types.js';

/**
 * One warning per metric (or task) id whose rows no clause being evaluated uses. `used` lists
 * the ids the clauses bind; `undefined` in it stands for rows that carry no id (a single
 * statement's rows). An id that differs from a used one only by case or a comma for a dot
 * (`3.1.B`, `3,4`) carries that id as its `suggestion`.
 *
 * @example
 * unusedMetricWarnings(set, ['2.6', '2.6.b']) // [{ code: 'unused_metric', found: '2.3', rows: [0, 1], ... }]
 */
export function unusedMetricWarnings(set: ObservationSet, used: Iterable<string | undefined>): DataWarning[] {
  const wanted = new Set(used);
  const unused = new Map<string, number[]>();
  for (const o of set.observations) {
    const id = rowId(o);
    if (wanted.has(id)) continue;
    const label = id ?? '';
    unused.set(label, [...(unused.get(label) ?? []), o.row]);
  }
  return [...unused].map(([found, rows]) => {
    const suggestion = found === '' ? undefined : suggestId(found, wanted);
    return { code: 'unused_metric', path: ['observations', rows[0]!], found, rows, ...(suggestion !== undefined && { suggestion }) };
  });
}
