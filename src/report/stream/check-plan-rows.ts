/**
 * `checkPlanRows`: a streamed plan check over an iterable or async iterable of rows.
 */
import type { Plan } from '../../plan/types.js';
import type { PlanReport } from '../types.js';
import { createPlanChecker, type CheckRowsOptions } from './plan-checker.js';

/**
 * Options of `checkPlanRows`: the check's options and a progress callback.
 *
 * @example
 * ({ asOf: '2023-12-31', progressEvery: 100_000, onProgress: (rows) => console.error(rows) })
 */
export interface CheckPlanRowsOptions extends CheckRowsOptions {
  /** Called every `progressEvery` rows (default 10,000) with the number of rows read. */
  readonly onProgress?: (rows: number) => void;
  readonly progressEvery?: number;
}

/**
 * Check a plan against rows that arrive one by one, holding only a few bytes per (target,
 * period) and the rows of targets that need other rows (see `createPlanChecker`). Items are
 * decoded JSON rows or NDJSON lines. Throws `DataError` with every bad row (up to `maxIssues`).
 *
 * @example
 * const lines = readline.createInterface({ input: createReadStream('obs.ndjson'), crlfDelay: Infinity })
 * const report = await checkPlanRows(plan, lines, { asOf: '2023-12-31' })
 * renderReport(report, 'text')
 */
export async function checkPlanRows(
  plan: Plan,
  rows: Iterable<unknown> | AsyncIterable<unknown>,
  options: CheckPlanRowsOptions = {},
): Promise<PlanReport> {
  const checker = createPlanChecker(plan, options);
  const every = options.progressEvery ?? 10_000;
  let next = every;
  for await (const row of rows) {
    checker.add(row);
    if (options.onProgress && checker.rows >= next) {
      next = checker.rows + every;
      options.onProgress(checker.rows);
    }
  }
  return checker.finish();
}
