import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_DATA_FILE, MINI_PLAN_FILE } from '../../../test/report/mini.fixture.js';
import { UsageError } from '../args.js';
import type { CommandIo } from '../command.js';
import { checkCommand } from './check.js';
import { collectingIo } from './cli-io.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-check-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PLAN = file('plan.chitieu', 'Năm: 2023\nChỉ tiêu 2.2: Giải quyết tố giác\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Công an\nChỉ tiêu 3.3: Hồ sơ\n  Chỉ tiêu thực hiện: 550 hồ sơ\n  Chủ trì: Công an\n');
const ALL_MET = file('met.json', JSON.stringify({ observations: [{ metric: '2.2', period: '2023', numerator: 95, denominator: 100 }, { metric: '3.3', period: '2023', value: 550 }] }));
const MISSING = file('missing.json', JSON.stringify({ observations: [{ metric: '2.2', period: '2023', numerator: 95, denominator: 100 }] }));

async function check(args: string[], io?: CommandIo) {
  const c = collectingIo();
  const code = await checkCommand.run(args, io ?? c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('chitieu check', () => {
  it('exits 1 when a target or task is not met, and prints the report', async () => {
    const r = await check([MINI_PLAN_FILE, '--data', MINI_DATA_FILE, '--as-of', '2023-12-31']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU');
    expect(r.out).toContain('Tính đến ngày 31/12/2023');
    expect(r.out).not.toContain('\u001b['); // not a terminal: no colour
  });

  it('exits 0 when every target is met, and 1 with --fail-on no_data when a figure is missing', async () => {
    expect((await check([PLAN, '--data', ALL_MET, '--as-of', '2023-12-31'])).code).toBe(0);
    expect((await check([PLAN, '--data', MISSING, '--as-of', '2023-12-31'])).code).toBe(0);
    expect((await check([PLAN, '--data', MISSING, '--as-of', '2023-12-31', '--fail-on', 'no_data'])).code).toBe(1);
    expect((await check([PLAN, '--data', MISSING, '--as-of', '2023-06-30', '--fail-on', 'no_data'])).code).toBe(0); // not due yet
    expect((await check([PLAN, '--data', MISSING, '--as-of', '2023-06-30', '--fail-on', 'no_data,not_due'])).code).toBe(1);
  });

  it('writes each format', async () => {
    const args = [MINI_PLAN_FILE, '--data', MINI_DATA_FILE, '--as-of', '2023-12-31'];
    expect((await check([...args, '--format', 'md'])).out).toMatch(/^# Báo cáo kết quả thực hiện chỉ tiêu\n/);
    expect(JSON.parse((await check([...args, '--format', 'json'])).out).totals.targets).toEqual({ met: 5, exceeded: 4, not_met: 3, no_data: 2, not_due: 0 });
    expect((await check([...args, '--format', 'html'])).out).toMatch(/^<!doctype html>/);
    expect((await check([...args, '--lang', 'en'])).out).toContain('PLAN CHECK REPORT');
    expect((await check([...args, '--color'])).out).toContain('\u001b[1;31m');
  });

  it('reads CSV data', async () => {
    const csv = file('met.csv', 'metric,period,numerator,denominator,value\n2.2,2023,95,100,\n3.3,2023,,,551\n');
    const r = await check([PLAN, '--data', csv, '--as-of', '2023-12-31', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).totals.targets.exceeded).toBe(1);
  });

  it('exits 2 on a plan error, printed as file:line:col with a caret', async () => {
    const bad = file('bad.chitieu', 'Năm: 2023\nChỉ tiêu 1: X\n  Chỉ tiêu thực hiện: Đạt trên %\n');
    const r = await check([bad, '--data', ALL_MET]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}:3:`);
    expect(r.err).toContain('^');
    expect(r.out).toBe('');
  });

  it('exits 2 on bad data, every bad row with its path', async () => {
    const data = file('bad.json', JSON.stringify({ observations: [{ metric: '2.2', period: '2023-13', value: 1 }, { metric: '3.3', period: '2023', value: -1 }] }));
    const r = await check([PLAN, '--data', data]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter((l) => l.startsWith(`${data}: observations[`))).toHaveLength(2);
    expect(r.err).toContain(`${data}: observations[0].period`);
  });

  it('refuses bad usage', async () => {
    await expect(check([PLAN])).rejects.toThrow(UsageError);
    await expect(check([PLAN, '--data', ALL_MET, '--format', 'pdf'])).rejects.toThrow(/--format/);
    await expect(check([PLAN, '--data', ALL_MET, '--as-of', '2023-02-30'])).rejects.toThrow(/--as-of/);
    await expect(check([PLAN, '--data', ALL_MET, '--fail-on', 'late'])).rejects.toThrow(/--fail-on/);
    await expect(check([PLAN, '--data', ALL_MET, '--period', 'H1'])).rejects.toThrow(/--period/);
  });

  it('streams NDJSON data, showing progress on stderr when forced', async () => {
    const lines: string[] = [];
    for (let m = 1; m <= 12; m++) for (let i = 0; i < 600; i++) lines.push(JSON.stringify({ metric: 'x', period: `2023-${String(m).padStart(2, '0')}`, unit: `u${i}`, value: i }));
    lines.push(JSON.stringify({ metric: '2.2', period: '2023', numerator: 95, denominator: 100 }), JSON.stringify({ metric: '3.3', period: '2023', value: 600 }));
    const ndjson = file('rows.ndjson', `${lines.join('\n')}\n`);
    const quiet = await check([PLAN, '--data', ndjson, '--as-of', '2023-12-31', '--format', 'json']);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
    const report = JSON.parse(quiet.out);
    expect([report.mode, report.rows, report.totals.evaluations.exceeded]).toEqual(['stream', 7202, 1]);
    expect(report.warnings[0].found).toBe('x');
    const loud = await check([PLAN, '--data', ndjson, '--as-of', '2023-12-31', '--progress']);
    expect(loud.err).toMatch(/^đã đọc [\d.]+ dòng số liệu…\n/);
  });
});
