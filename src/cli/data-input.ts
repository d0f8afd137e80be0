/**
 * Reading observed data for `check` and `eval`: JSON, CSV or NDJSON, by `--data-format` or the
 * file's extension (stdin, `-`, is JSON unless told). A refused file is a `DataError` named by
 * its file (`InFile`), printed by printError.
 */
import { DataError, parseObservationsCsv, parseObservationsJson, type ObservationSet, type ParseObservationsOptions } from '../index.js';
import type { CommandIo } from './command.js';
import { InFile, UsageError } from './errors.js';
import { inputName, readInput } from './input.js';

/** How a data file is written. */
export type DataFormat = 'json' | 'csv' | 'ndjson';

/**
 * The format of a data file: `--data-format` if given, else its extension (`.csv`, `.ndjson`,
 * `.jsonl`), else JSON.
 *
 * @example
 * dataFormatOf('obs.ndjson', undefined, ['json', 'csv', 'ndjson']) // 'ndjson'
 * dataFormatOf('-', 'csv', ['json', 'csv'])                         // 'csv'
 */
export function dataFormatOf(file: string, given: string | undefined, allowed: readonly DataFormat[]): DataFormat {
  if (given !== undefined) {
    if (!allowed.includes(given as DataFormat)) throw new UsageError(`--data-format: cần một trong ${allowed.join(', ')} (expected one of them), không phải \`${given}\``);
    return given as DataFormat;
  }
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(file) && allowed.includes('ndjson')) return 'ndjson';
  return 'json';
}

/**
 * Run `read`, naming the data file in any `DataError` it throws.
 *
 * @example
 * await inDataFile('obs.json', () => checkPlanNdjson(plan, handle))
 */
export async function inDataFile<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof DataError && error.issues[0]?.path[0] !== 'options' ? new InFile(inputName(file), error) : error;
  }
}

/**
 * The text of a JSON or CSV data file, validated whole: a `DataError` (named by the file)
 * lists every bad row.
 *
 * @example
 * await parseDataText('obs.csv', 'metric,period,value\n2.3,2023,380\n', 'csv') // { observations: [...], warnings: [] }
 */
export async function parseDataText(file: string, text: string, format: 'json' | 'csv', options: ParseObservationsOptions = {}): Promise<ObservationSet> {
  return inDataFile(file, async () => (format === 'csv' ? parseObservationsCsv(text, options) : parseObservationsJson(text, options)));
}

/**
 * A JSON or CSV data file (or stdin), read and validated whole.
 *
 * @example
 * await readObservations('obs.csv', 'csv', io) // { observations: [...], warnings: [] }
 */
export async function readObservations(file: string, format: 'json' | 'csv', io: CommandIo, options: ParseObservationsOptions = {}): Promise<ObservationSet> {
  return parseDataText(file, await readInput(file, io), format, options);
}
