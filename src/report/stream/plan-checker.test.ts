import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../data/data-error.js';
import { parseObservations } from '../../data/parse-observations.js';
import { evaluateTarget } from '../../evaluate/evaluate.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { parsePeriod } from '../../periods/period.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { listTargets } from '../../plan/walk.js';
import { emptyCounts } from '../counts.js';
import { evaluatePlan } from '../evaluate-plan.js';
import { miniData, miniPlan } from '../../../test/report/mini.fixture.js';
import type { PlanReport, TargetReport } from '../types.js';
import { targetReport } from '../entries.js';
import { createPlanChecker, type PlanChecker } from './plan-checker.js';

/** Statements judged row by row (first six) and ones the checker keeps rows for (the rest). */
const STATEMENTS = [
  'Đạt trên 91%',
  'Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ 96% trở lên',
  '550 hồ sơ',
  'Không để xảy ra',
  'kéo giảm từ 5-10% số vụ',
  'không quá 20 vụ',
  'Giảm 07% so với năm 2022',
  'nhiều hơn năm 2022',
  'Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm',
  'Kịp thời phát hiện triệt xóa',
  'Tổ chức kiểm tra 01 lần/quý',
];

const PLAN_TEXT = `Năm: 2023\n${STATEMENTS.map((s, i) => `Chỉ tiêu ${i + 1}: Chỉ tiêu ${i + 1}\n  Chỉ tiêu thực hiện: ${s}\n  Chủ trì: Đơn vị ${i % 3}\n`).join('')}Nhiệm vụ 1: Báo cáo\n  Thời gian: Quý II\n  Mã: bc\n`;
const plan = parsePlan(PLAN_TEXT);
const IDS = listTargets(plan).flatMap((t) => t.metrics.map((m) => m.id));
const PERIODS = ['2022', '2022-Q2', '2023', '2023-H1', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2023-05', '2024'];

const figure = fc.oneof(fc.nat(40), fc.constantFrom('7.5', '0.5', '12'), fc.constantFrom(7.5, 0.5, 91.5, 95.25, 100.5, 20.0001));
const measure = fc.oneof(
  figure.map((value) => ({ value })),
  fc.tuple(figure, figure).map(([value, start]) => ({ value, start })),
  fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) })),
  fc.constantFrom({ assessment: 'met' }, { assessment: 'not_met' }),
);
/** Rows with distinct (metric, period, unit), as a valid data file has them, plus task completions. */
const rowsArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...IDS, 'khac'), fc.constantFrom(...PERIODS), fc.constantFrom(undefined, undefined, undefined, 'Trường A', 'Trường B')), {
    selector: ([m, p, u]) => `${m}|${p}|${u}`,
    maxLength: 40,
  })
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(measure, { minLength: keys.length, maxLength: keys.length })))
  .map(([keys, measures]) => keys.map(([metric, period, unit], i) => ({ metric, period, ...(unit && { unit }), ...measures[i] })));
const completionsArb = fc.array(fc.constantFrom('2023-05-01', '2023-06-30', '2023-07-02'), { maxLength: 2 }).map((ds) => ds.map((completed) => ({ task: 'bc', completed })));

/**
 * What the streamed check must find: what evaluatePlan finds on the same rows, target by target
 * (status and judged period), with one evaluation for a target that has rows in that period.
 */
function reference(rows: readonly Record<string, unknown>[], options: { asOf?: string; period?: string }): Map<string, { status: VerdictStatus; period?: string; evaluations: Record<VerdictStatus, number> }> {
  const full = evaluatePlan(plan, parseObservations({ observations: rows }), options);
  const out = new Map<string, { status: VerdictStatus; period?: string; evaluations: Record<VerdictStatus, number> }>();
  for (const t of targets(full)) {
    const ids = new Set(t.metrics);
    const period = t.verdict?.period;
    const judged = period !== undefined && rows.some((r) => ids.has(r.metric as string) && r.period === period);
    const evaluations = emptyCounts();
    if (judged) evaluations[t.status] = 1;
    out.set(t.stt, { status: t.status, ...(judged && { period }), evaluations });
  }
  return out;
}

function streamed(rows: readonly unknown[], asOf: string | undefined, period?: string): PlanReport {
  const checker = createPlanChecker(plan, { ...(asOf && { asOf }), ...(period && { period }) });
  for (const r of rows) checker.add(r);
  return checker.finish();
}

/** The same rows as NDJSON text in UTF-8 bytes, fed in pieces cut at `cuts`. */
function streamedBytes(rows: readonly unknown[], asOf: string | undefined, period: string | undefined, cuts: readonly number[], spaced: boolean): PlanReport {
  const text = rows.map((r) => JSON.stringify(r, null, spaced ? 1 : undefined).replace(/\n/g, '')).join('\n');
  const checker = createPlanChecker(plan, { ...(asOf && { asOf }), ...(period && { period }) });
  for (const piece of pieces(new TextEncoder().encode(text), cuts)) checker.addChunk(piece);
  return checker.finish();
}

/** `whole` cut at the given fractions of its length (sorted, repeated cuts give empty pieces). */
function pieces<T extends string | Uint8Array>(whole: T, cuts: readonly number[]): T[] {
  const at = [0, ...cuts.map((c) => Math.floor(c * whole.length)).sort((a, b) => a - b), whole.length];
  return at.slice(1).map((end, i) => whole.slice(at[i], end) as T);
}

function targets(report: PlanReport): TargetReport[] {
  return report.groups.flatMap((g) => g.entries.filter((e): e is TargetReport => e.kind === 'target'));
}

describe('createPlanChecker', () => {
  it('judges each target on the period evaluatePlan judges it on, with its status, from rows or from NDJSON bytes (1,000 random data sets)', () => {
    const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });
    let older = 0;
    fc.assert(
      fc.property(
        rowsArb,
        completionsArb,
        fc.constantFrom(undefined, '2023-04-15', '2023-06-30', '2023-12-31', '2024-02-01'),
        fc.constantFrom(undefined, undefined, undefined, '2023', '2023-H1', '2023-05'),
        cuts,
        fc.boolean(),
        (rows, done, asOf, period, at, spaced) => {
          const all = [...rows, ...done];
          const ref = reference(all, { ...(asOf && { asOf }), ...(period && { period }) });
          const report = streamed(all, asOf, period);
          expect(streamedBytes(all, asOf, period, at, spaced)).toEqual(report);
          for (const t of targets(report)) {
            const want = ref.get(t.stt)!;
            expect([t.stt, t.status, t.period, t.evaluations]).toEqual([t.stt, want.status, want.period, want.evaluations]);
            // Not vacuous: targets with rows in an earlier period of the year than the one judged.
            if (want.period !== undefined && rows.some((r) => t.metrics.includes(r.metric) && r.period !== want.period && r.period.startsWith('2023'))) older++;
          }
          const task = report.groups.flatMap((g) => g.entries).find((e) => e.kind === 'task');
          const full = evaluatePlan(plan, parseObservations({ observations: all }), { ...(asOf && { asOf }), ...(period && { period }) });
          expect(task?.status).toBe(full.groups.flatMap((g) => g.entries).find((e) => e.kind === 'task')?.status);
        },
      ),
      { numRuns: 1000 },
    );
    expect(older).toBeGreaterThan(100);
  });

  it('reads NDJSON lines as it reads decoded rows, skipping blank lines but counting them', () => {
    const rows = [
      { metric: '1', period: '2023', numerator: 95, denominator: 100 },
      { metric: '3', period: '2023-05', value: 120 },
      { metric: '3', period: '2023', value: 600 },
    ];
    const lines = ['', ...rows.map((r) => JSON.stringify(r)), '   '];
    const a = streamed(rows, '2023-12-31');
    const b = streamed(lines, '2023-12-31');
    expect(targets(b).map((t) => t.evaluations)).toEqual(targets(a).map((t) => t.evaluations));
    expect(b.rows).toBe(3);
    // 2023-05: 120 of 550 is short at year end; 2023, the latest period (judged): 600 is beyond.
    expect(targets(b).find((t) => t.stt === '3')).toMatchObject({ status: 'exceeded', period: '2023', evaluations: { met: 0, exceeded: 1, not_met: 0, no_data: 0, not_due: 0 } });
  });

  it('throws one DataError with every bad row, its path and its line', () => {
    const checker = createPlanChecker(plan);
    for (const line of ['{"metric": "1", "period": "2023", "value": 5}', '{oops', '{"metric": "1", "period": "2023", "value": 6}', '{"metric": "1", "period": "2023-13", "value": 1}']) checker.add(line);
    try {
      checker.finish();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).issues.map((i) => [i.code, i.path.join('.'), i.line])).toEqual([
        ['invalid_json', 'observations.1', 2],
        ['duplicate_row', 'observations.2', 3],
        ['invalid_value', 'observations.3.period', 4],
      ]);
    }
  });

  it('finds duplicates among kept rows too', () => {
    const checker = createPlanChecker(plan);
    checker.add({ metric: '7', period: '2023', value: 1 });
    checker.add({ metric: '7', period: '2023', value: 2 });
    expect(() => checker.finish()).toThrow(DataError);
  });

  it('lists rows of ids the plan does not have, and tasks it does not have', () => {
    const r = streamed([{ metric: 'x', period: '2023', value: 1 }, { metric: 'x', period: '2023', value: 2, unit: 'A' }, { task: 'zz', completed: '2023-01-01' }], undefined);
    expect(r.warnings.map((w) => [w.found, w.rows])).toEqual([
      ['x', [0, 1]],
      ['zz', [2]],
    ]);
  });

  it('gives a target with no rows what evaluatePlan gives it: no data, or not due while its year runs', () => {
    for (const asOf of ['2023-12-31', '2023-06-30']) {
      const full = targets(evaluatePlan(plan, parseObservations({ observations: [] }), { asOf })).map((t) => t.status);
      expect(targets(streamed([], asOf)).map((t) => t.status)).toEqual(full);
    }
    expect(targets(streamed([], '2023-12-31')).filter((t) => t.status === 'no_data').length).toBeGreaterThan(5);
    expect(targets(streamed([], '2023-06-30')).filter((t) => t.status === 'not_due').length).toBeGreaterThan(5);
  });

  it('agrees with evaluatePlan on the mini plan where each target has one period', () => {
    const rows = miniData().observations.map((o) => {
      const { kind: _k, row: _r, ...rest } = o as unknown as Record<string, unknown>;
      return rest;
    });
    const checker = createPlanChecker(miniPlan(), { asOf: '2023-12-31' });
    for (const r of rows) checker.add(r);
    const stream = checker.finish();
    const full = evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31' });
    const statuses = (r: PlanReport) => r.groups.flatMap((g) => g.entries.map((e) => e.status));
    // 1.7 and 2.3 compare 2023 against 2022; in the plan year only 2023 is judged.
    expect(statuses(stream)).toEqual(statuses(full));
    expect(stream.units).toEqual(full.units);
    expect(stream.mode).toBe('stream');
    expect(stream.totals.evaluations).toEqual({ met: 5, exceeded: 4, not_met: 3, no_data: 0, not_due: 0 });
  });
});

/** What a check ends with: the report, or the issues of its DataError. */
function outcome(feed: (c: PlanChecker) => void, asOf = '2023-12-31'): { report: PlanReport } | { issues: unknown } {
  const checker = createPlanChecker(plan, { asOf });
  feed(checker);
  try {
    return { report: checker.finish() };
  } catch (e) {
    if (e instanceof DataError) return { issues: e.issues };
    throw e;
  }
}

describe('PlanChecker.addChunk', () => {
  /** NDJSON lines: rows in several spellings, blank lines, bad lines, duplicates, Vietnamese text. */
  const lineArb = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...IDS, 'khac'), fc.constantFrom(...PERIODS), fc.oneof(measure, fc.constantFrom({ value: 91.5 }, { numerator: 1, denominator: 3 }))).map(([metric, period, m]) => JSON.stringify({ metric, period, ...m })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...IDS), fc.constantFrom('2023', '2023-05'), fc.constantFrom('Trường Tiểu học Cẩm Thạch', 'Xã Dương Huy')).map(([metric, period, unit]) => `{ "metric": "${metric}", "period": "${period}", "unit": "${unit}", "value": 3, "evidence": "Báo cáo số 12/BC-UBND" }`) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '\t', '{oops', '{"metric": "1", "period": "2023-13", "value": 1}', '{"metric": "1", "period": "2023", "value": -1}', '[1]', '{"task": "bc", "completed": "2023-05-01"}', '{"metric":"1","period":"2023","value":1e1}', '\u00a0') },
  );
  const textArb = fc.tuple(fc.array(fc.tuple(lineArb, fc.boolean()), { maxLength: 25 }), fc.boolean()).map(([lines, last]) => lines.map(([l, crlf]) => (crlf ? `${l}\r` : l)).join('\n') + (last ? '\n' : ''));
  const cutsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

  /** Line by line, as node:readline gives them (CRLF ends without the CR), through `add`. */
  const byLines = (text: string) => (c: PlanChecker) => {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const l of lines) c.add(l.endsWith('\r') ? l.slice(0, -1) : l);
  };

  it('gives the report (or the issues, with their lines) that line-by-line reading gives, wherever the pieces are cut (1,000 texts)', () => {
    fc.assert(
      fc.property(textArb, cutsArb, fc.constantFrom('bytes', 'strings', 'both'), (text, cuts, kind) => {
        const expected = outcome(byLines(text));
        const got = outcome((c) => {
          if (kind === 'bytes') for (const piece of pieces(new TextEncoder().encode(text), cuts)) c.addChunk(piece);
          // Strings, or strings and bytes in turn (the texts have no surrogate pair to cut).
          else pieces(text, cuts).forEach((piece, i) => c.addChunk(kind === 'both' && i % 2 === 1 ? new TextEncoder().encode(piece) : piece));
        });
        expect(got).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a piece cut inside a character, and bytes one at a time', () => {
    const text = '{"metric": "1", "period": "2023", "unit": "Trường Cẩm Thạch", "numerator": 95, "denominator": 100}\n{"metric": "1", "period": "2023", "numerator": 92, "denominator": 100}';
    const bytes = new TextEncoder().encode(text);
    const got = outcome((c) => {
      for (let i = 0; i < bytes.length; i++) c.addChunk(bytes.subarray(i, i + 1));
    });
    expect(got).toEqual(outcome(byLines(text)));
    expect('report' in got && targets(got.report).find((t) => t.stt === '1')?.status).toBe('met');
  });

  it('drops a byte-order mark at the start of bytes, and counts lines after it as usual', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"metric": "1", "period": "2023", "value": 95}\n\n{oops\n');
    const got = outcome((c) => c.addChunk(bytes));
    expect(got).toEqual({ issues: [{ code: 'invalid_json', path: ['observations', 1], expected: 'json', found: expect.any(String), line: 3 }] });
  });

  it('ends the line in progress when add() or finish() comes', () => {
    const got = outcome((c) => {
      c.addChunk('{"metric": "1", "period": "2023", ');
      c.addChunk(new TextEncoder().encode('"value": 95}'));
      c.add('{"metric": "3", "period": "2023", "value": 600}');
      c.addChunk('{"metric": "4", "period": "2023", "value": 0}');
    });
    expect('report' in got && got.report.rows).toBe(3);
    expect('report' in got && targets(got.report).map((t) => t.status).slice(0, 4)).toEqual(['met', 'no_data', 'exceeded', 'met']);
  });
});

