/**
 * The differential property: on random plans' data (boundaries, rates as fractions and as
 * percentages, zero baselines, missing periods, duplicates, negative and malformed figures), the
 * report DuckDB gives is the streamed check's on the same rows, and each (target, period) is the
 * status `evaluateTarget` gives with that period (the one each target is judged on).
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
import { listTargets } from '../../plan/walk.js';
import { emptyCounts } from '../../report/counts.js';
import { checkPlanRows } from '../../report/stream/check-plan-rows.js';
import type { PlanReport, TargetReport } from '../../report/types.js';
import { compilePlan } from '../compile-plan.js';
import { duckdbAnswer } from './duckdb.js';
import { reportFromAnswer } from '../report.js';
import { badArb, comparable, completionsArb, plan, rowsArb, SQL_DECIDED, STATEMENTS } from './differential.fixture.js';
import { RANKS } from '../query.js';

const dir = mkdtempSync(join(tmpdir(), 'sql-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let file = 0;

function ndjson(rows: readonly unknown[]): string {
  const path = join(dir, `obs-${file++}.ndjson`);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

function targets(report: PlanReport): TargetReport[] {
  return report.groups.flatMap((g) => g.entries.filter((e): e is TargetReport => e.kind === 'target'));
}

/**
 * Each target judged by the full evaluator on the period the report names (the latest of 2023
 * with rows, as evaluatePlan chooses it): one evaluation, with the status evaluateTarget gives.
 */
function reference(rows: readonly Record<string, unknown>[], asOf: string | undefined, report: PlanReport): Map<string, Record<VerdictStatus, number>> {
  const out = new Map<string, Record<VerdictStatus, number>>();
  // parseObservations refuses a duplicate row of a metric no target binds, which the streamed
  // check (and so the SQL path, held to it above) leaves to the unused-metric warning.
  let data: ReturnType<typeof parseObservations>;
  try {
    data = parseObservations({ observations: rows });
  } catch (e) {
    if (e instanceof DataError) return out;
    throw e;
  }
  const judgedOn = new Map(targets(report).map((t) => [t.stt, t.period]));
  for (const t of listTargets(plan)) {
    const period = judgedOn.get(t.stt);
    if (period === undefined || parsePeriod(period)?.year !== 2023) continue;
    const counts = emptyCounts();
    counts[evaluateTarget(t.statement.target, data, { metric: t.stt, period, year: 2023, ...(asOf && { asOf }) }).status] += 1;
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
  it.todo('refuses a text figure ambiguous in its column (`1.000` beside `7.5`: ambiguous_figure), as the streamed check does: the SQL path reads each cell alone');
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
            seen.decided += 1;
            seen.statuses.add(RANKS[Number(r['n0'])]!);
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
        const ref = reference(all, asOf, report);
        for (const t of targets(report)) if (ref.has(t.stt)) expect([t.stt, t.evaluations]).toEqual([t.stt, ref.get(t.stt)]);
      }),
      {
        numRuns: 100,
        // One data set with every status, so the guard below never depends on the seed.
        examples: [
          [
            [
              { metric: '1', period: '2023', numerator: 95, denominator: 100 },
              { metric: '3', period: '2023', value: 551 },
              { metric: '6', period: '2023', value: 20 },
              { metric: '7', period: '2022', value: 1000 },
              { metric: '7', period: '2023', value: 930 },
              { metric: '4', period: '2023', value: 1 },
              { metric: '5', period: '2023', assessment: 'met' },
              { metric: '3', period: '2023-05', value: 10 },
            ],
            [],
            null,
            '2023-06-30',
          ],
        ],
      },
    );
    // Not vacuous: SQL itself judged many evaluations, of every status, and bad data was tried.
    expect(seen.decided).toBeGreaterThan(100);
    expect([...seen.statuses].sort()).toEqual(['exceeded', 'met', 'no_data', 'not_due', 'not_met']);
    expect(seen.refused).toBeGreaterThan(5);
  }, 240_000);
});
