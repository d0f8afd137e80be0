/** Observation rows for the evaluator tests. Only tests import this file. */
import { parseObservations } from '../data/parse-observations.js';
import type { ObservationSet } from '../data/types.js';

export function rows(...observations: object[]): ObservationSet {
  return parseObservations({ observations });
}
