import { parseObservations } from '../data/parse-observations.js';
import type { ObservationSet } from '../data/types.js';

/** Observation rows for tests, validated the way apps validate them. */
export function rows(...observations: object[]): ObservationSet {
  return parseObservations({ observations });
}
