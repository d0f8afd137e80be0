/**
 * Reading the data of `chitieu check`: a JSON document, a CSV/TSV file or an .xlsx workbook,
 * validated whole; or an
 * NDJSON file (`.ndjson`, `.jsonl`, or `--data-format ndjson`), streamed into the plan checker
 * 1 MiB at a time, never held in memory. `-` reads stdin, streamed too for NDJSON.
 */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkPlanNdjson, type EvaluatePlanOptions, type Lang, type ObservationSet, type Plan, type PlanReport } from '../../index.js';
import type { CommandIo } from '../command.js';
import { inDataFile, parseDataBytes, readBytes, type ReadDataOptions, type WholeDataFormat } from '../data-input.js';
import { stdinOf } from '../input.js';
import type { Progress } from './check-progress.js';

/**
 * Above this many rows the check shows its progress.
 *
 * @example
 * rows > PROGRESS_ROWS // show `đã đọc 120.000 dòng số liệu…`
 */
export const PROGRESS_ROWS = 5000;

/**
 * A count with thousands separators, as the reports write it.
 *
 * @example
 * count(120000, 'vi') // '120.000'
 * count(120000, 'en') // '120,000'
 */
export function count(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}

/**
 * A JSON, CSV or .xlsx data file (or stdin), validated whole (a `DataError` lists every bad row).
 *
 * @example
 * await readDataFile('examples/cam-pha-2023.json', 'json', progress, io, 'vi') // { observations: [...], warnings: [] }
 */
export async function readDataFile(file: string, format: WholeDataFormat, progress: Progress, io: CommandIo, lang: Lang, options: ReadDataOptions = {}): Promise<ObservationSet> {
  const bytes = await readBytes(file, io);
  // A cheap count before the validation, which is the slow part of a big file.
  let rough = 0;
  if (bytes.length > 200_000 && format !== 'xlsx') for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) rough++;
  if (rough > PROGRESS_ROWS) progress.update(lang === 'vi' ? `đang đọc số liệu (~${count(rough, lang)} dòng)…` : `reading data (~${count(rough, lang)} lines)…`);
  return parseDataBytes(file, bytes, format, options);
}

/**
 * NDJSON data checked as it streams: a file read into one reused buffer, or stdin as it comes,
 * its lines read in place by the checker (`checkPlanNdjson`).
 *
 * @example
 * await checkNdjson(plan, 'obs.ndjson', { asOf: '2023-12-31' }, progress, io)
 */
export async function checkNdjson(plan: Plan, file: string, options: EvaluatePlanOptions, progress: Progress, io: CommandIo): Promise<PlanReport> {
  const lang = options.lang ?? 'vi';
  const streamed = {
    ...options,
    progressEvery: 1000,
    onProgress: (rows: number) => {
      if (rows > PROGRESS_ROWS) progress.update(lang === 'vi' ? `đã đọc ${count(rows, lang)} dòng số liệu…` : `${count(rows, lang)} data rows read…`);
    },
  };
  if (file === '-') return inDataFile(file, () => checkPlanNdjson(plan, stdinOf(io), streamed));
  const handle = await open(resolve(io.cwd, file));
  try {
    return await inDataFile(file, () => checkPlanNdjson(plan, handle, streamed));
  } finally {
    await handle.close();
  }
}
