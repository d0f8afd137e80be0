/**
 * The metric id of clause `index` of statement `base`: the base id for the first clause, then
 * `base.b`, `base.c`, ... (`2.6`, `2.6.b` for `Đạt tỷ lệ từ 80% trở lên, trong đó ... 96%`).
 * Letters run on to `z` (26 clauses: the Hải Dương plan packs ten targets into one paragraph).
 * Rows of observed data bind to clauses by these ids; plans use them to name clauses.
 *
 * @example
 * clauseMetricId('2.6', 0) // "2.6"
 * clauseMetricId('2.6', 1) // "2.6.b"
 * clauseMetricId('I.3', 9) // "I.3.j"
 */
export function clauseMetricId(base: string, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 25) {
    throw new RangeError(`clause index ${index} out of range 0..25`);
  }
  return index === 0 ? base : `${base}.${String.fromCharCode(97 + index)}`;
}

/**
 * The id rows must carry to bind to clause `index` when the statement may have no id of its
 * own: without a base, the first clause takes rows with no `metric` and later clauses take
 * rows whose `metric` is `b`, `c`, ...
 *
 * @example
 * clauseBindingId(undefined, 0) // undefined
 * clauseBindingId(undefined, 1) // "b"
 * clauseBindingId('2.6', 1)     // "2.6.b"
 */
export function clauseBindingId(base: string | undefined, index: number): string | undefined {
  if (base !== undefined) return clauseMetricId(base, index);
  return index === 0 ? undefined : clauseMetricId('', index).slice(1);
}
