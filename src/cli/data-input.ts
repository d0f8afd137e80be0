/**
 * Reading observed data for `check` and `eval`: JSON, CSV/TSV, NDJSON or an .xlsx workbook, by
 * `--data-format` or the file's extension, or by its bytes (an .xlsx is a zip: `PK…` is never
 * read as JSON). Text is UTF-8 with or without a byte order mark, or UTF-16 (Excel's "Unicode
 * Text"). `-` reads stdin (JSON unless told, or an .xlsx by its bytes). A refused file is a
 * `DataError` named by its file (`InFile`), printed by printError.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataError, decodeDataText, isZip, parseObservationsCsv, parseObservationsJson, type ObservationSet, type ParseObservationsOptions } from '../index.js';
import type { CommandIo } from './command.js';
import { InFile, UsageError } from './errors.js';
import { inputName, stdinOf } from './input.js';

/** How a data file is written. */
export type DataFormat = 'json' | 'csv' | 'ndjson' | 'xlsx';

/** The formats read whole (not streamed). */
export type WholeDataFormat = Exclude<DataFormat, 'ndjson'>;

/**
 * The format of a data file: `--data-format` if given, else its extension (`.csv`, `.tsv`,
 * `.txt`, `.ndjson`, `.jsonl`, `.xlsx`), else JSON (an .xlsx by its bytes is found when read).
 *
 * @example
 * dataFormatOf('obs.ndjson', undefined, ['json', 'csv', 'ndjson']) // 'ndjson'
 * dataFormatOf('so-lieu.xlsx', undefined, ['json', 'csv', 'xlsx']) // 'xlsx'
 * dataFormatOf('-', 'csv', ['json', 'csv'])                         // 'csv'
 */
export function dataFormatOf(file: string, given: string | undefined, allowed: readonly DataFormat[]): DataFormat {
  if (given !== undefined) {
    const format = given === 'tsv' ? 'csv' : given;
    if (!allowed.includes(format as DataFormat)) throw new UsageError(`--data-format: cần một trong ${allowed.join(', ')} (expected one of them), không phải \`${given}\``);
    return format as DataFormat;
  }
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
  if (/\.xlsx$/i.test(file) && allowed.includes('xlsx')) return 'xlsx';
  if (/\.xls$/i.test(file)) throw new UsageError(`${file}: tệp .xls cũ chưa đọc được, hãy lưu lại thành .xlsx (save the old .xls workbook as .xlsx)`);
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

/** All of a file's bytes, or stdin's for `-`. */
export async function readBytes(file: string, io: CommandIo): Promise<Uint8Array> {
  if (file !== '-') return readFile(resolve(io.cwd, file));
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdinOf(io)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

/** What reading data takes besides the file: the sheet of a workbook, the ids the check uses. */
export interface ReadDataOptions extends ParseObservationsOptions {
  readonly sheet?: string;
}

/**
 * A data file's bytes, validated whole: an .xlsx workbook (by its format or its bytes), or text
 * (decoded: UTF-8, UTF-16) as JSON or CSV. A `DataError` (named by the file) lists every bad row.
 *
 * @example
 * await parseDataBytes('obs.csv', bytes, 'csv') // { observations: [...], warnings: [] }
 */
export async function parseDataBytes(file: string, bytes: Uint8Array, format: WholeDataFormat, options: ReadDataOptions = {}): Promise<ObservationSet> {
  const { sheet, ...rest } = options;
  return inDataFile(file, async () => {
    if (format === 'xlsx' || isZip(bytes)) {
      const { readObservationsXlsx } = await import('../xlsx/index.js');
      return readObservationsXlsx(bytes, { ...rest, ...(sheet !== undefined && { sheet }) });
    }
    const text = decodeDataText(bytes);
    return format === 'csv' ? parseObservationsCsv(text, rest) : parseObservationsJson(text, rest);
  });
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
 * A data file (or stdin), read and validated whole.
 *
 * @example
 * await readObservations('so-lieu.xlsx', 'xlsx', io, { sheet: 'Số liệu' }) // { observations: [...], warnings: [] }
 */
export async function readObservations(file: string, format: WholeDataFormat, io: CommandIo, options: ReadDataOptions = {}): Promise<ObservationSet> {
  return parseDataBytes(file, await readBytes(file, io), format, options);
}
