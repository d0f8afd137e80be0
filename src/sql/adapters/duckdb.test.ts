/**
 * The differential property: on random plans' data (boundaries, rates as fractions and as
 * percentages, zero baselines, missing periods, duplicates, negative and malformed figures), the
 * report DuckDB gives is the streamed check's on the same rows, and each (target, period) is the
 * status `evaluateTarget` gives with that period.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../data/data-error.js';
import { parseObservations } from '../../data/parse-observations.js';
import { evaluateTarget } from '../../evaluate/evaluate.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { parsePeriod } from '../../periods/period.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { listTargets } from '../../plan/walk.js';
import { emptyCounts } from '../../report/counts.js';
import { checkPlanRows } from '../../report/stream/check-plan-rows.js';
import type { PlanReport, TargetReport } from '../../report/types.js';
import { compilePlan } from '../compile-plan.js';
import { duckdbAnswer } from './duckdb.js';
import { reportFromAnswer } from '../report.js';
import { RANKS } from '../query.js';

/** Statements SQL decides (the first thirteen) and ones it hands to the evaluator (the rest). */
const STATEMENTS = [
  'Đạt trên 91%',
  'Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ 96% trở lên',
  '550 hồ sơ',
  'Không để xảy ra',
  'kéo giảm từ 5-10% số vụ',
  'không quá 20 vụ',
  'Giảm 07% so với năm 2022',
  'nhiều hơn năm 2022',
  'Tăng 5% so với năm trước',
  'Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm so với năm 2022',
  'tăng thêm 4 trường so với năm 2022',
  'tăng gấp 2 lần so với năm 2022',
  'đạt khoảng 50%',
  'Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm',
  'Kịp thời phát hiện triệt xóa',
  'Tổ chức kiểm tra 01 lần/quý',
];
const SQL_DECIDED = 13;

const PLAN_TEXT = `Năm: 2023\n${STATEMENTS.map((s, i) => `Chỉ tiêu ${i + 1}: Chỉ tiêu ${i + 1}\n  Chỉ tiêu thực hiện: ${s}\n  Chủ trì: Đơn vị ${i % 3}\n`).join('')}Nhiệm vụ 1: Báo cáo\n  Thời gian: Quý II\n  Mã: bc\n`;
const plan = parsePlan(PLAN_TEXT);
const IDS = listTargets(plan).flatMap((t) => t.metrics.map((m) => m.id));
const PERIODS = ['2022', '2022-Q2', '2022-H1', '2023', '2023-H1', '2023-Q1', '2023-Q2', '2023-Q4', '2023-05', '2024'];

/** Figures at and around the written ones (91, 80, 96, 550, 20, 7%, 1,5 points, 50 ± 5%), as numbers and strings. */
const figure = fc.oneof(
  fc.nat(40),
  fc.constantFrom(0, 91, 80, 96, 100, 550, 549, 551, 20, 21, 47.5, 52.5, 52.6, 93, 100.5),
  fc.constantFrom('7.5', '0.5', '12', '91.000001', '549.999999', '1.000', '0412.50'),
);
const measure = fc.oneof(
  figure.map((value) => ({ value })),
  fc.tuple(figure, figure).map(([value, start]) => ({ value, start })),
  fc.tuple(fc.nat(200), fc.nat(200)).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) })),
  fc.constantFrom({ numerator: 91, denominator: 100 }, { numerator: 0, denominator: 0 }, { numerator: 4, denominator: 5 }),
  fc.constantFrom({ assessment: 'met' }, { assessment: 'not_met' }),
);
const rowsArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...IDS, 'khac'), fc.constantFrom(...PERIODS), fc.constantFrom(undefined, undefined, undefined, undefined, 'Trường A', 'Trường B')), {
    selector: ([m, p, u]) => `${m}|${p}|${u}`,
    maxLength: 60,
  })
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(measure, { minLength: keys.length, maxLength: keys.length })))
  .map(([keys, measures]) => keys.map(([metric, period, unit], i): Record<string, unknown> => ({ metric, period, ...(unit && { unit }), ...measures[i] })));
const completionsArb = fc.array(fc.constantFrom('2023-05-01', '2023-06-30', '2023-07-02'), { maxLength: 2 }).map((ds) => ds.map((completed) => ({ task: 'bc', completed })));
/** Rows a careful reader calls bad: SQL must hand them to the data layer, which refuses them. */
const badArb = fc.constantFrom<Record<string, unknown>[]>(
  [{ metric: '1', period: '2023', value: -1 }],
  [{ metric: '1', period: '2023-13', value: 1 }],
  [{ metric: '7', period: '2023', value: 5 }, { metric: '7', period: '2023', value: 6 }],
  [{ metric: '1', period: '2023', numerator: 5, denominator: 4 }],
  [{ metric: '1', value: 5 }],
  [{ metric: 1, period: '2023', value: 5 }],
  [{ metric: '1', period: '2023', value: 5, valeu: 3 }],
  [{ metric: 'khac', period: '2023', value: '1,5' }],
);

const dir = mkdtempSync(join(tmpdir(), 'sql-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let file = 0;

function ndjson(rows: readonly unknown[]): string {
  const path = join(dir, `obs-${file++}.ndjson`);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

/** A report without what differs by construction: row numbers of handed-back rows, and of unused ids. */
function comparable(r: PlanReport): unknown {
  return JSON.parse(JSON.stringify({ ...r, warnings: r.warnings.map((w) => [w.code, w.found]).sort() }, (k, v: unknown) => (k === 'row' ? undefined : v)));
}

function targets(report: PlanReport): TargetReport[] {
  return report.groups.flatMap((g) => g.entries.filter((e): e is TargetReport => e.kind === 'target'));
}

/** Each (target, period of 2023 with rows) judged by the full evaluator. */
function reference(rows: readonly Record<string, unknown>[], asOf: string | undefined): Map<string, Record<VerdictStatus, number>> {
  const data = parseObservations({ observations: rows });
  const out = new Map<string, Record<VerdictStatus, number>>();
  for (const t of listTargets(plan)) {
    const ids = new Set(t.metrics.map((m) => m.id));
    const periods = new Set(rows.flatMap((r) => (ids.has(r['metric'] as string) && parsePeriod(r['period'] as string)!.year === 2023 ? [r['period'] as string] : [])));
    const counts = emptyCounts();
    for (const period of periods) counts[evaluateTarget(t.statement.target, data, { metric: t.stt, period, year: 2023, ...(asOf && { asOf }) }).status] += 1;
    out.set(t.stt, counts);
  }
  return out;
}

async function outcome(run: () => Promise<PlanReport>): Promise<{ report: PlanReport } | { codes: string[] }> {
  try {
    return { report: await run() };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { codes: e.issues.map((i) => i.code).sort() };
  }
}

describe('checkPlanDuckdb', () => {
  it('decides in SQL the targets rows decide, and hands the others to the evaluator', () => {
    const { specs } = compilePlan(plan, { dialect: 'duckdb', source: { table: 'obs' } });
    expect([...specs.decided].length).toBe(SQL_DECIDED);
    expect(listTargets(plan).filter((_, i) => !specs.decided.has(i)).map((t) => t.statement.text)).toEqual(STATEMENTS.slice(SQL_DECIDED));
  });

  it('gives the streamed check’s report and evaluateTarget’s status for every (target, period), on random data (100 data sets)', async () => {
    const seen = { decided: 0, statuses: new Set<VerdictStatus>(), refused: 0 };
    await fc.assert(
      fc.asyncProperty(rowsArb, completionsArb, fc.option(badArb, { freq: 8 }), fc.constantFrom(undefined, '2023-04-15', '2023-06-30', '2023-12-31', '2024-02-01'), async (rows, done, bad, asOf) => {
        const all = [...rows, ...done, ...(bad ?? [])];
        const options = asOf ? { asOf } : {};
        const viaSql = await outcome(async () => {
          const { compiled, answer } = await duckdbAnswer(plan, { file: ndjson(all), format: 'ndjson' }, options);
          for (const r of answer.filter((a) => a['kind'] === 'e')) {
            RANKS.forEach((s, i) => {
              const n = Number(r[`n${i}`]);
              seen.decided += n;
              if (n > 0) seen.statuses.add(s);
            });
          }
          return reportFromAnswer(compiled, answer, { json: true });
        });
        const viaJs = await outcome(() => checkPlanRows(plan, all, options));
        if ('codes' in viaJs) {
          seen.refused++;
          expect(viaSql).toEqual(viaJs);
          return;
        }
        expect('report' in viaSql && comparable(viaSql.report)).toEqual(comparable(viaJs.report));
        const report = (viaSql as { report: PlanReport }).report;
        const ref = reference(all, asOf);
        for (const t of targets(report)) {
          expect([t.stt, t.evaluations]).toEqual([t.stt, ref.get(t.stt)]);
        }
      }),
      { numRuns: 100 },
    );
    // Not vacuous: SQL itself judged many evaluations, of every status, and bad data was tried.
    expect(seen.decided).toBeGreaterThan(100);
    expect([...seen.statuses].sort()).toEqual(['exceeded', 'met', 'no_data', 'not_due', 'not_met']);
    expect(seen.refused).toBeGreaterThan(5);
  }, 240_000);
});
