export type {
  Observation,
  ObservationSet,
  ValueObservation,
  RateObservation,
  AssessmentObservation,
  CompletionObservation,
  MetricObservation,
  ObservationRow,
  ObservationsInput,
} from './types.js';
export { observationSetOf } from './accept.js';
export { rowId } from './types.js';
export type { DataIssue, DataIssueCode, DataExpectation, DataWarning } from './data-error.js';
export { DataError } from './data-error.js';
export { formatDataIssue, formatDataWarning } from './messages.js';
export type { ParseObservationsOptions } from './parse-observations.js';
export { parseObservations, parseObservationsJson } from './parse-observations.js';
export { parseObservationsCsv } from './parse-csv.js';
export { parseObservationsTable, type ObservationsTableOptions } from './table.js';
export { decodeDataText, isZip } from './decode.js';
export { parseCsv } from './csv.js';
export { observationSetSchema, observationRowSchema } from './schema.js';
export { unusedMetricWarnings } from './unused.js';
export type { ObservationIndex } from './lookup.js';
export { indexObservations } from './lookup.js';
