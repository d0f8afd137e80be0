import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from './check.js';
import { sqlCommand } from './sql.js';
import { collectingIo } from './cli-io.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PLAN = file(
  'plan.chitieu',
  'Năm: 2023\nChỉ tiêu 2.2: Giải quyết tố giác\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Công an\nChỉ tiêu 2.3: Tội phạm\n  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022\n  Chủ trì: Công an\nChỉ tiêu 3.1: Phát hiện\n  Chỉ tiêu thực hiện: Kịp thời phát hiện triệt xóa\n  Chủ trì: Công an\n',
);
const ROWS = [
  { metric: '2.2', period: '2023', numerator: 91, denominator: 100 },
  { metric: '2.3', period: '2022', value: 1000 },
  { metric: '2.3', period: '2023', value: 930 },
  { metric: '3.1', period: '2023', assessment: 'met' },
];
const NDJSON = file('obs.ndjson', ROWS.map((r) => JSON.stringify(r)).join('\n'));
// CSV: ids stay text (2.10 is not 2.1), empty cells are absent fields.
const CSV = file('obs.csv', `metric,period,value,numerator,denominator,assessment\n2.2,2023,,91,100,\n2.3,2022,1000,,,\n2.3,2023,930,,,\n3.1,2023,,,,met\n`);

async function run(command: typeof checkCommand, args: string[]) {
  const c = collectingIo();
  const code = await command.run(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('chitieu check --engine duckdb', () => {
  it('gives the report the streamed check gives, from NDJSON and from CSV', async () => {
    const js = await run(checkCommand, [PLAN, '--data', NDJSON, '--as-of', '2023-12-31', '--format', 'json']);
    for (const data of [NDJSON, CSV]) {
      const sql = await run(checkCommand, [PLAN, '--data', data, '--engine', 'duckdb', '--as-of', '2023-12-31', '--format', 'json']);
      expect(sql.err).toBe('');
      expect(sql.code).toBe(1); // 91/100 is not above 91%
      const report = JSON.parse(sql.out);
      expect(report.mode).toBe('stream');
      expect(report.groups.flatMap((g: { entries: { status: string }[] }) => g.entries.map((e) => e.status))).toEqual(['not_met', 'met', 'met']);
      expect(report.totals).toEqual(JSON.parse(js.out).totals);
    }
  });

  it('refuses a bad row as the data layer does, naming the file (exit 2)', async () => {
    const bad = file('bad.ndjson', '{"metric": "2.2", "period": "2023", "value": -1}\n');
    const r = await run(checkCommand, [PLAN, '--data', bad, '--engine', 'duckdb']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.ndjson');
  });

  it('refuses an unknown engine (exit 2)', async () => {
    expect((await run(checkCommand, [PLAN, '--data', NDJSON, '--engine', 'oracle'])).code).toBe(2);
  });
});

describe('chitieu sql', () => {
  it('prints the tables and the query for each dialect', async () => {
    for (const dialect of ['duckdb', 'postgres', 'clickhouse']) {
      const r = await run(sqlCommand, [PLAN, '--dialect', dialect, '--table', 'obs']);
      expect(r.code).toBe(0);
      expect(r.out).toContain('INSERT INTO chitieu_bind VALUES');
      expect(r.out).toContain('FROM obs');
    }
    expect((await run(sqlCommand, [PLAN, '--dialect', 'postgres', '--data', NDJSON])).code).toBe(2);
  });
});
