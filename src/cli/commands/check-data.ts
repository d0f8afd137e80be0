/**
 * Reading the data of `chitieu check`: a JSON document or a CSV file, validated whole; or an
 * NDJSON file (`.ndjson`, `.jsonl`), streamed into the plan checker 1 MiB at a time, never held
 * in memory.
 */
import { open, readFile } from 'node:fs/promises';
import { parseObservationsCsv } from '../../data/parse-csv.js';
import { parseObservationsJson } from '../../data/parse-observations.js';
import type { ObservationSet } from '../../data/types.js';
import type { Plan } from '../../plan/types.js';
import { checkPlanNdjson } from '../../report/stream/check-plan-rows.js';
import type { EvaluatePlanOptions } from '../../report/options.js';
import type { PlanReport } from '../../report/types.js';
import { figure } from '../../report/render/labels.js';
import type { Progress } from './check-progress.js';

/**
 * Above this many rows the check shows its progress.
 *
 * @example
 * rows > PROGRESS_ROWS // show `đã đọc 120.000 dòng số liệu…`
 */
export const PROGRESS_ROWS = 5000;

/**
 * Whether a data file is streamed (NDJSON) rather than read whole.
 *
 * @example
 * isStreamed('obs.ndjson') // true
 * isStreamed('obs.json')   // false
 */
export function isStreamed(file: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(file);
}

/**
 * A JSON or CSV data file, validated whole (a `DataError` lists every bad row).
 *
 * @example
 * await readDataFile('examples/cam-pha-2023.json', progress) // { observations: [...], warnings: [] }
 */
export async function readDataFile(file: string, progress: Progress, lang: 'vi' | 'en'): Promise<ObservationSet> {
  const text = await readFile(file, 'utf8');
  // A cheap count before the validation, which is the slow part of a big file.
  const rough = text.length > 200_000 ? (text.match(/\n/g)?.length ?? 0) : 0;
  if (rough > PROGRESS_ROWS) progress.update(lang === 'vi' ? `đang đọc số liệu (~${figure(String(rough), lang)} dòng)…` : `reading data (~${figure(String(rough), lang)} lines)…`);
  return /\.csv$/i.test(file) ? parseObservationsCsv(text) : parseObservationsJson(text);
}

/**
 * An NDJSON data file checked as it streams: read into one reused buffer, its lines read in
 * place by the checker (`checkPlanNdjson`).
 *
 * @example
 * await checkNdjsonFile(plan, 'obs.ndjson', { asOf: '2023-12-31' }, progress, 'vi')
 */
export async function checkNdjsonFile(plan: Plan, file: string, options: EvaluatePlanOptions, progress: Progress, lang: 'vi' | 'en'): Promise<PlanReport> {
  const handle = await open(file);
  try {
    return await checkPlanNdjson(plan, handle, {
      ...options,
      progressEvery: 1000,
      onProgress: (rows) => {
        if (rows > PROGRESS_ROWS) progress.update(lang === 'vi' ? `đã đọc ${figure(String(rows), lang)} dòng số liệu…` : `${figure(String(rows), lang)} data rows read…`);
      },
    });
  } finally {
    await handle.close();
  }
}
