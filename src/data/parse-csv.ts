import { parseCsv } from './csv.js';
import { DataError } from './data-error.js';
import type { ParseObservationsOptions } from './parse-observations.js';
import { parseObservationsTable } from './table.js';
import type { ObservationSet } from './types.js';

/**
 * Validate observed data given as CSV (or TSV: Excel's "Unicode Text") with the JSON format's
 * field names or their Vietnamese headers as columns (`metric,period,value`, `Mã chỉ tiêu;Kỳ;Giá
 * trị`, any subset, any order). An empty cell is an absent field, never 0. Figures are read the
 * Vietnamese way (`7,5`, `1.250`), as in the plan. Issues carry both the row's path
 * (`observations[3].value`) and its line in the file, and the column by its header.
 *
 * @example
 * parseObservationsCsv('metric,period,numerator,denominator\n2.6,2023,170,200\n').observations[0]
 * // { kind: 'rate', row: 0, metric: '2.6', period: '2023', numerator: '170', denominator: '200' }
 * parseObservationsCsv('Mã chỉ tiêu;Kỳ;Giá trị\n2.3;2023;7,5\n').observations[0]
 * // { kind: 'value', row: 0, metric: '2.3', period: '2023', value: '7.5' }
 */
export function parseObservationsCsv(text: string, options: Omit<ParseObservationsOptions, 'lines'> = {}): ObservationSet {
  const table = parseCsv(text);
  if ('issues' in table) throw new DataError(table.issues);
  return parseObservationsTable(table.records, { ...options, lines: table.lines });
}
