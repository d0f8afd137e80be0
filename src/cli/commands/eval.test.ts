import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectingIo } from './cli-io.fixture.js';
import { evalCommand } from './eval.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-eval-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const OBS = file(
  'obs.json',
  JSON.stringify({
    observations: [
      { metric: '2.3', period: '2022', value: 412 },
      { metric: '2.3', period: '2023', value: 380 },
      { metric: '2.6', period: '2023', numerator: 157, denominator: 200 },
      { metric: '2.6.b', period: '2023', numerator: 48, denominator: 50 },
      { metric: '9.9', period: '2023', value: 1 },
    ],
  }),
);
const CSV = file('obs.csv', 'metric,period,value\n2.3,2022,412\n2.3,2023,400\n');

async function run(...args: string[]) {
  const { io, out, err } = collectingIo();
  const code = await evalCommand.run(args, io);
  return { code, out: out(), err: err() };
}

describe('chitieu eval', () => {
  it('exits 0 when exceeded and prints the explanation', async () => {
    const r = await run('Giảm 07% so với năm 2022', '--data', OBS, '--metric', '2.3');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Vượt: từ 412 (năm 2022) xuống 380 (năm 2023): giảm ≈ 7,77%, mức giảm ≥ 7% so với năm 2022: dư ≈ 0,77 điểm phần trăm\n');
  });

  it('exits 1 when not met; --json prints the Verdict with status at the top', async () => {
    const r = await run('Đạt tỷ lệ từ 80% trở lên, trong đó ... đạt từ 96% trở lên', '--data', OBS, '--metric', '2.6', '--json', '--year', '2023');
    expect(r.code).toBe(1);
    const verdict = JSON.parse(r.out);
    expect(verdict.status).toBe('not_met');
    expect(verdict.clauses.map((c: { metric: string; status: string }) => [c.metric, c.status])).toEqual([
      ['2.6', 'not_met'],
      ['2.6.b', 'met'],
    ]);
    expect(verdict.clauses[0].checks[0].flip).toEqual({ delta: 3, result: '160', to: 'met' });
  });

  it('warns on stderr about rows for metrics the statement does not use', async () => {
    const r = await run('Giảm 07% so với năm 2022', '--data', OBS, '--metric', '2.3');
    expect(r.err).toContain('[unused_metric]');
    expect(r.err).toContain('`9.9`');
    expect(r.err).toContain('`2.6`');
  });

  it('reads .csv data, in English on request', async () => {
    const r = await run('Giảm 07% so với năm 2022', '--data', CSV, '--metric', '2.3', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Not met: from 412 \(2022\) to 400 \(2023\): down ≈ 2\.91%/);
  });

  it('exits 1 on no data and 0 when not yet due', async () => {
    expect((await run('Đạt trên 91%', '--data', OBS, '--metric', '2.2', '--year', '2023')).code).toBe(1);
    const r = await run('Quý II', '--year', '2023', '--as-of', '2023-05-01');
    expect([r.code, r.out]).toEqual([0, 'Chưa đến hạn: chưa hoàn thành, còn 60 ngày đến hạn 30/06/2023 (quý II/2023)\n']);
  });

  it('exits 2 on a statement that does not parse, with its position', async () => {
    const r = await run('Đạt từ 80% trở', '--data', OBS);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/<chỉ tiêu>:1:\d+: lỗi \[missing_closer\]/);
  });

  it('exits 2 on bad data, listing every bad row', async () => {
    const bad = file('bad.json', JSON.stringify({ observations: [{ period: '2023-13', value: 1 }, { period: '2023', value: -1 }] }));
    const r = await run('Đạt trên 91%', '--data', bad);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(2);
    expect(r.err).toContain('observations[0].period');
    expect(r.err).toContain('observations[1].value');
    expect((await run('Đạt trên 91%', '--data', file('broken.json', '{"observations": ['))).code).toBe(2);
  });

  it('exits 2 on bad options', async () => {
    expect((await run('Đạt trên 91%', '--data', OBS, '--period', '2023-Q5')).code).toBe(2);
    expect((await run('Đạt trên 91%', '--data', OBS, '--as-of', '2023-02-30')).code).toBe(2);
    for (const [args, said] of [
      [['--year', 'abc'], /--year/],
      [['--bogus'], /không có tuỳ chọn --bogus/],
      [['--data', join(dir, 'missing.json')], /missing\.json`: ENOENT/],
    ] as const) {
      const r = await run('Đạt trên 91%', ...args);
      expect([r.code, r.out]).toEqual([2, '']);
      expect(r.err).toMatch(said);
    }
  });

  it('prints help', async () => {
    const r = await run('--help');
    expect([r.code, r.out.startsWith('chitieu eval')]).toEqual([0, true]);
  });

  it('reads the data from stdin with --data - (JSON, or CSV with --data-format csv)', async () => {
    const viaStdin = async (stdin: string, ...args: string[]) => {
      const { io, out } = collectingIo({ stdin });
      return { code: await evalCommand.run(['Giảm 07% so với năm 2022', '--metric', '2.3', '--data', '-', ...args], io), out: out() };
    };
    expect((await viaStdin(JSON.stringify({ observations: [{ metric: '2.3', period: '2022', value: 412 }, { metric: '2.3', period: '2023', value: 380 }] }))).code).toBe(0);
    expect((await viaStdin('metric,period,value\n2.3,2022,412\n2.3,2023,400\n', '--data-format', 'csv')).code).toBe(1);
    expect((await viaStdin('', '--data-format', 'ndjson')).code).toBe(2);
  });

  it('--json: a bad data file is a JSON error naming the file and each issue', async () => {
    const bad = file('bad-json.json', JSON.stringify({ observations: [{ period: '2023', value: -1 }] }));
    const r = await run('Đạt trên 91%', '--data', bad, '--json');
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.out);
    expect(error).toMatchObject({ code: 'invalid_data', file: bad });
    expect(error.issues[0].path).toEqual(['observations', 0, 'value']);
    expect(typeof error.issues[0].message).toBe('string');
  });
});
