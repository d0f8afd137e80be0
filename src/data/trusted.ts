import type { ObservationSet } from './types.js';

/** Sets made by `parseObservations`, or built inside chitieu from rows of such a set. */
const validated = new WeakSet<object>();

/**
 * Mark a set as made of validated rows: `parseObservations`' result, or a view built inside
 * chitieu from the rows of one. Judging functions use such a set as is; any other input is
 * validated first (`observationSetOf`).
 *
 * @example
 * trustedSet({ observations: rows.filter(keep), warnings: [] }) // rows of a validated set
 */
export function trustedSet<T extends ObservationSet>(set: T): T {
  validated.add(set);
  return set;
}

/** Whether `trustedSet` marked this object. */
export function isTrusted(data: object): boolean {
  return validated.has(data);
}
