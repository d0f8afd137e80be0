/**
 * `checkPlanRows`: a streamed plan check over an iterable or async iterable of rows;
 * `checkPlanNdjson`: the same over NDJSON text in pieces.
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

/**
 * An open file to read bytes from: Node's `FileHandle` (`await fs.promises.open(path)`) has
 * this `read`, and so can any other source. `checkPlanNdjson` reads it into one buffer, reused.
 *
 * @example
 * const file: NdjsonFile = await open('obs.ndjson') // node:fs/promises
 */
export interface NdjsonFile {
  /** Read up to `length` bytes into `buffer` at `offset`, from the current position (`position: null`). */
  read(buffer: Uint8Array, offset: number, length: number, position: null): Promise<{ bytesRead: number }>;
}

/**
 * A web `ReadableStream` of bytes or strings (`(await fetch(url)).body`), read with its reader
 * where the browser does not make it async-iterable.
 *
 * @example
 * const body: NdjsonStream = (await fetch('/obs.ndjson')).body!
 */
export interface NdjsonStream {
  getReader(): { read(): Promise<{ done: boolean; value?: string | Uint8Array | undefined }>; releaseLock(): void };
}

/**
 * Options of `checkPlanNdjson`: those of `checkPlanRows`, and the read size for a file.
 *
 * @example
 * ({ asOf: '2023-12-31', chunkBytes: 4 << 20, onProgress: (rows) => console.error(rows) })
 */
export interface CheckPlanNdjsonOptions extends CheckPlanRowsOptions {
  /** Bytes read at a time from an `NdjsonFile` (default 1 MiB). */
  readonly chunkBytes?: number;
}

/**
 * Check a plan against an NDJSON file or NDJSON text that arrives in pieces: the fastest way
 * to check a big file. `source` is an open file (`NdjsonFile`: Node's `FileHandle`), read into
 * one reused buffer; or pieces of the text, UTF-8 bytes or strings cut anywhere, from an
 * iterable, an async iterable (a Node stream) or a web `ReadableStream` (`fetch(url).body`);
 * or the whole text. Lines end at `\n` (or
 * `\r\n`); blank lines are skipped but counted for line numbers; the lines in a common shape
 * are read in place, without `JSON.parse` (see `PlanChecker.addChunk`). The report is the one
 * `checkPlanRows` gives for the same lines.
 *
 * @example
 * const file = await open('obs.ndjson') // node:fs/promises
 * try {
 *   const report = await checkPlanNdjson(plan, file, { asOf: '2023-12-31' })
 *   renderReport(report, 'text')
 * } finally {
 *   await file.close()
 * }
 */
export async function checkPlanNdjson(
  plan: Plan,
  source: NdjsonFile | NdjsonStream | string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: CheckPlanNdjsonOptions = {},
): Promise<PlanReport> {
  const checker = createPlanChecker(plan, options);
  const every = options.progressEvery ?? 10_000;
  let next = every;
  const progress = () => {
    // Reported once per piece: as often as asked, or less when a piece holds more rows.
    if (options.onProgress && checker.rows >= next) {
      next = checker.rows + every;
      options.onProgress(checker.rows);
    }
  };
  if (typeof source === 'string') {
    checker.addChunk(source);
    progress();
  } else if (Symbol.iterator in source || Symbol.asyncIterator in source) {
    for await (const chunk of source as Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>) {
      checker.addChunk(chunk);
      progress();
    }
  } else if ('getReader' in source) {
    const reader = source.getReader();
    try {
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        if (r.value !== undefined) checker.addChunk(r.value);
        progress();
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    // One buffer for the whole file: the checker keeps nothing of a piece once it returns
    // (a line cut at the end is copied), and fresh buffers per read cost garbage collections.
    const buffer = new Uint8Array(options.chunkBytes ?? 1 << 20);
    for (;;) {
      const { bytesRead } = await source.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      checker.addChunk(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      progress();
    }
  }
  return checker.finish();
}

