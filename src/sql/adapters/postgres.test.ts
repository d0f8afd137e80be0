/**
 * PostgreSQL, against Debian's server started by the test: the same differential property as
 * DuckDB's (the streamed check's report, on random rows), on a table with numeric figures.
 */
import { dirname } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithSystem, systemToolPath } from '../../../test/helpers/system.js';
import { DataError } from '../../data/data-error.js';
import { checkPlanRows } from '../../report/stream/check-plan-rows.js';
import type { PlanReport } from '../../report/types.js';
import { RANKS } from '../query.js';
import { reportFromAnswer } from '../report.js';
import { badArb, comparable, plan, rowsArb } from './differential.fixture.js';
import { postgresAnswer } from './postgres.js';
import { startPostgres, type TestServer } from './servers.fixture.js';

describeWithSystem(['postgres'], 'checkPlanPostgres on Debian’s PostgreSQL', () => {
  let server: (TestServer & { url: Record<string, unknown> }) | undefined;
  beforeAll(async () => {
    server = await startPostgres(dirname(systemToolPath('postgres')), 55432);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  async function load(rows: readonly Record<string, unknown>[]): Promise<void> {
    const { default: pg } = (await import('pg')) as unknown as { default: { Client: new (c: unknown) => { connect(): Promise<void>; query(q: string, p?: unknown[]): Promise<unknown>; end(): Promise<void> } } };
    const c = new pg.Client(server!.url);
    await c.connect();
    try {
      await c.query('DROP TABLE IF EXISTS obs');
      await c.query('CREATE TABLE obs (metric TEXT, period TEXT, unit TEXT, value NUMERIC, numerator NUMERIC, denominator NUMERIC, start NUMERIC, assessment TEXT, evidence TEXT, task TEXT, completed TEXT)');
      const cols = ['metric', 'period', 'unit', 'value', 'numerator', 'denominator', 'start', 'assessment', 'evidence', 'task', 'completed'];
      for (const r of rows) await c.query(`INSERT INTO obs VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`, cols.map((k) => (r[k] === undefined ? null : String(r[k]))));
    } finally {
      await c.end();
    }
  }

  it('gives the streamed check’s report on random data (40 data sets)', async () => {
    let decided = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(rowsArb, fc.option(badArb, { freq: 6 }), fc.constantFrom(undefined, '2023-06-30', '2023-12-31'), async (rows, bad, asOf) => {
        // Rows a numeric column can hold (a negative figure is one: the data layer refuses it).
        const all = [...rows, ...(bad ?? [])].filter((r) => typeof r['metric'] !== 'number' && !('valeu' in r) && r['value'] !== '1,5,5');
        await load(all);
        const options = asOf ? { asOf } : {};
        let viaSql: { report: PlanReport } | { error: true };
        try {
          const { compiled, answer } = await postgresAnswer(plan, { url: server!.url, table: 'obs' }, options);
          for (const r of answer) if (r['kind'] === 'e') decided += 1; // one row per (target, period) decided in SQL
          viaSql = { report: reportFromAnswer(compiled, answer, { json: false }) };
        } catch (e) {
          if (!(e instanceof DataError)) throw e;
          viaSql = { error: true };
        }
        // Figures come back from NUMERIC as text: the reference reads them as strings too.
        const asText = all.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v])));
        let viaJs: { report: PlanReport } | { error: true };
        try {
          viaJs = { report: await checkPlanRows(plan, asText, options) };
        } catch (e) {
          if (!(e instanceof DataError)) throw e;
          viaJs = { error: true };
          refused++;
        }
        if ('error' in viaJs) expect(viaSql).toEqual(viaJs);
        else expect('report' in viaSql && comparable(viaSql.report)).toEqual(comparable(viaJs.report));
      }),
      { numRuns: 40 },
    );
    expect(decided).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(0);
  }, 300_000);
});
