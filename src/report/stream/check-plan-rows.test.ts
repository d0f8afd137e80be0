import { describe, expect, it } from 'vitest';
import { DataError } from '../../data/data-error.js';
import { parseObservations } from '../../data/parse-observations.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { checkPlanNdjson, checkPlanRows, type NdjsonFile } from './check-plan-rows.js';

const plan = parsePlan('Năm: 2023\nChỉ tiêu 1: Tỷ lệ\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Công an\n');

async function* lines(n: number): AsyncGenerator<string> {
  for (let m = 0; m < n; m++) yield JSON.stringify({ metric: '1', period: `2023-${String((m % 12) + 1).padStart(2, '0')}`, unit: `u${m}`, numerator: 95, denominator: 100 });
  yield JSON.stringify({ metric: '1', period: '2023', numerator: 95, denominator: 100 });
}

describe('checkPlanRows', () => {
  it('reads an async iterable, reporting progress every so many rows', async () => {
    const seen: number[] = [];
    const report = await checkPlanRows(plan, lines(25), { asOf: '2023-12-31', progressEvery: 10, onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([10, 20]);
    expect(report.rows).toBe(26);
    // Months touched by per-unit rows only, and the year met: the year is the latest period, judged.
    expect(report.totals.evaluations).toEqual({ met: 1, exceeded: 0, not_met: 0, no_data: 0, not_due: 0 });
  });

  it('reads a plain iterable of decoded rows', async () => {
    const report = await checkPlanRows(plan, [{ metric: '1', period: '2023', numerator: 90, denominator: 100 }]);
    expect(report.groups[0]?.entries[0]?.status).toBe('not_met');
  });
});

describe('checkPlanNdjson', () => {
  const text = `${[...Array(30).keys()].map((m) => JSON.stringify({ metric: '1', period: `2023-${String((m % 12) + 1).padStart(2, '0')}`, unit: `u${m}`, numerator: 95, denominator: 100 })).join('\n')}\n{"metric": "1", "period": "2023", "value": 90}`;
  const bytes = new TextEncoder().encode(text);

  /** A file as `fs.promises.open` gives it, over bytes in memory; notes every read's length. */
  function file(reads: number[]): NdjsonFile {
    let at = 0;
    return {
      read: async (buffer, offset, length) => {
        const n = Math.min(length, bytes.length - at);
        buffer.set(bytes.subarray(at, at + n), offset);
        at += n;
        reads.push(n);
        return { bytesRead: n };
      },
    };
  }

  it('reads an open file into one buffer of chunkBytes, reporting progress once per piece', async () => {
    const reads: number[] = [];
    const seen: number[] = [];
    const report = await checkPlanNdjson(plan, file(reads), { asOf: '2023-12-31', chunkBytes: 1000, progressEvery: 10, onProgress: (n) => seen.push(n) });
    expect(reads.slice(0, -2).every((n) => n === 1000)).toBe(true);
    expect(reads[reads.length - 1]).toBe(0);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(report.rows).toBe(31);
    // Months touched by per-unit rows only, and the year (the latest period, judged) not met (90%).
    expect(report.totals.evaluations).toEqual({ met: 0, exceeded: 0, not_met: 1, no_data: 0, not_due: 0 });
  });

  it('gives the same report from the whole text, from pieces of bytes or strings, and from lines', async () => {
    const lines = await checkPlanRows(plan, text.split('\n'), { asOf: '2023-12-31' });
    expect(await checkPlanNdjson(plan, text, { asOf: '2023-12-31' })).toEqual(lines);
    expect(await checkPlanNdjson(plan, [bytes.subarray(0, 7), bytes.subarray(7)], { asOf: '2023-12-31' })).toEqual(lines);
    async function* strings() {
      for (let i = 0; i < text.length; i += 100) yield text.slice(i, i + 100);
    }
    expect(await checkPlanNdjson(plan, strings(), { asOf: '2023-12-31' })).toEqual(lines);
    // A web stream read with its reader, as in a browser where it is not async-iterable.
    const parts = [bytes.subarray(0, 500), bytes.subarray(500)];
    let released = false;
    const stream = { getReader: () => ({ read: async () => (parts.length > 0 ? { done: false, value: parts.shift() } : { done: true }), releaseLock: () => void (released = true) }) };
    expect(await checkPlanNdjson(plan, stream, { asOf: '2023-12-31' })).toEqual(lines);
    expect(released).toBe(true);
  });
});

describe('text figures, streamed and in memory', () => {
  const rows = [
    { metric: '1', period: '2022', numerator: '1.250', denominator: '1.300' },
    { metric: '1', period: '2023', numerator: '7.5', denominator: '10' },
    { metric: '1', period: '2023-H1', numerator: '91,5', denominator: '100' },
  ];

  it('reads them with the plan\'s rule and refuses the same ambiguous cells as parseObservations', async () => {
    let inMemory: unknown;
    try {
      parseObservations({ observations: rows });
    } catch (e) {
      inMemory = e;
    }
    const streamed = await checkPlanNdjson(plan, [rows.map((r) => JSON.stringify(r)).join('\n')]).catch((e: unknown) => e);
    expect(streamed).toBeInstanceOf(DataError);
    // The same cells, the same evidence; the stream adds each row's line in the file.
    const bare = (e: unknown) => (e as DataError).issues.map((i) => ({ code: i.code, path: i.path, found: i.found, evidence: i.evidence && { found: i.evidence.found, path: i.evidence.path } }));
    expect(bare(streamed)).toEqual(bare(inMemory));
    expect((streamed as DataError).issues[0]).toMatchObject({ line: 1, evidence: { line: 2 } });
    expect((streamed as DataError).issues.map((i) => [i.code, i.found])).toEqual([['ambiguous_figure', '1.250']]);
  });

  it('reads 1.250 as thousands when its column writes no 7.5', async () => {
    const ok = [rows[0]!, rows[2]!];
    const report = await checkPlanNdjson(plan, [ok.map((r) => JSON.stringify(r)).join('\n')], { asOf: '2023-12-31' });
    const memory = parseObservations({ observations: ok });
    expect(memory.observations[0]).toMatchObject({ numerator: '1250', denominator: '1300' });
    expect(report.rows).toBe(2);
  });
});
