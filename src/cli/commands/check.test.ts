import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_DATA_FILE, MINI_PLAN_FILE } from '../../../test/report/mini.fixture.js';
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
  io ??= c.io;
  const code = await checkCommand.run(args, io);
  return { code, out: c.out(), err: c.err() };
}

describe('chitieu check', () => {
  it('exits 1 when a target or task is not met, and prints the report', async () => {
    const r = await check([MINI_PLAN_FILE, '--data', MINI_DATA_FILE, '--as-of', '2023-12-31']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('BÁO CÁO TỔNG KẾT NĂM 2023 — KẾT QUẢ THỰC HIỆN CHỈ TIÊU');
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
    expect((await check([...args, '--format', 'md'])).out).toMatch(/^# Báo cáo tổng kết năm 2023 — kết quả thực hiện chỉ tiêu\n/);
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

  it('refuses bad usage: exit 2, the flag named on stderr', async () => {
    const usage = async (args: string[], flag: RegExp) => {
      const r = await check(args);
      expect([r.code, r.out]).toEqual([2, '']);
      expect(r.err).toMatch(flag);
      expect(r.err).toContain('chitieu check --help');
    };
    await usage([PLAN], /--data/);
    await usage([PLAN, '--data', ALL_MET, '--format', 'pdf'], /--format/);
    await usage([PLAN, '--data', ALL_MET, '--as-of', '2023-02-30'], /--as-of/);
    await usage([PLAN, '--data', ALL_MET, '--fail-on', 'late'], /--fail-on/);
    await usage([PLAN, '--data', ALL_MET, '--period', 'H1'], /--period/);
    await usage([PLAN, '--data', ALL_MET, '--data-format', 'xml'], /--data-format/);
    await usage([PLAN, '--data'], /--data cần một giá trị/);
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

  it('judges the same rows alike from JSON and from NDJSON (streamed): the example annual and half-year data merged', async () => {
    const read = (name: string) => JSON.parse(readFileSync(join('examples', name), 'utf8')).observations as Record<string, unknown>[];
    const year = read('cam-pha-2023.json');
    const key = (r: Record<string, unknown>) => JSON.stringify([r['metric'], r['period'], r['unit'], r['task'], r['completed']]);
    const have = new Set(year.map(key));
    const rows = [...year, ...read('cam-pha-2023-H1.json').filter((r) => !have.has(key(r)))];
    const json = file('both.json', JSON.stringify({ observations: rows }));
    const ndjson = file('both.ndjson', `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const args = ['examples/cam-pha-102-2023.chitieu', '--as-of', '2023-12-31', '--format', 'json'];
    const full = JSON.parse((await check([...args, '--data', json])).out);
    const streamed = JSON.parse((await check([...args, '--data', ndjson])).out);
    const statuses = (r: { groups: { entries: { stt: string; status: string }[] }[] }) => r.groups.flatMap((g) => g.entries.map((e) => [e.stt, e.status]));
    // It was không đạt 6 from JSON and 9 from NDJSON (1.4, 1.7, 2.2, 3.3 judged on their worse H1).
    expect(streamed.totals.targets).toEqual(full.totals.targets);
    expect(full.totals.targets.not_met).toBe(6);
    expect(statuses(streamed)).toEqual(statuses(full));
  });

  it('--units lists the units of per-unit targets: one without data is reported, not passed (a broken file is a user error)', async () => {
    const plan = file('each.chitieu', 'Năm: 2023\nChỉ tiêu 1: Tuyên truyền\n  Chỉ tiêu thực hiện: Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm\n');
    const data = file('each.json', JSON.stringify({ observations: [{ metric: '1', period: '2023', unit: 'THCS A', value: 2 }] }));
    const units = file('units.json', JSON.stringify({ 'đơn vị trường học': ['THCS A', 'THCS B'] }));
    const args = [plan, '--data', data, '--as-of', '2023-12-31', '--fail-on', 'no_data'];
    expect((await check(args)).code).toBe(0);
    const r = await check([...args, '--units', units]);
    expect([r.code, r.out.includes('THCS B: thiếu số liệu năm 2023')]).toEqual([1, true]);
    const broken = await check([...args, '--units', file('bad-units.json', '["THCS A"]')]);
    expect([broken.code, broken.err]).toEqual([2, expect.stringContaining('bad-units.json: cần { "<loại đơn vị>"')]);
  });

  it('defaults --as-of to today in Việt Nam, not the machine’s date (UTC+7 from 17:00 UTC)', async () => {
    const asOf = async (utc: string) => {
      const c = collectingIo({ now: () => new Date(utc) });
      await checkCommand.run([PLAN, '--data', ALL_MET, '--format', 'json'], c.io);
      return (JSON.parse(c.out()) as { asOf: string }).asOf;
    };
    expect(await asOf('2023-12-31T16:59:59Z')).toBe('2023-12-31');
    expect(await asOf('2023-12-31T17:00:00Z')).toBe('2024-01-01');
    expect((await check(['--help'])).out).toContain('Asia/Ho_Chi_Minh');
  });

  it('reads the data (JSON, CSV or NDJSON) or the plan from stdin with `-`', async () => {
    const data = JSON.stringify({ observations: [{ metric: '2.2', period: '2023', numerator: 95, denominator: 100 }, { metric: '3.3', period: '2023', value: 550 }] });
    const viaStdin = async (args: string[], stdin: string) => {
      const c = collectingIo({ stdin });
      const code = await checkCommand.run([...args, '--as-of', '2023-12-31', '--format', 'json'], c.io);
      return { code, totals: code < 2 ? (JSON.parse(c.out()) as { totals: { targets: Record<string, number> } }).totals.targets : undefined, err: c.err() };
    };
    expect(await viaStdin([PLAN, '--data', '-'], data)).toMatchObject({ code: 0, totals: { met: 2 } });
    expect(await viaStdin([PLAN, '--data', '-', '--data-format', 'csv'], 'metric,period,value\n3.3,2023,550\n')).toMatchObject({ code: 0, totals: { met: 1, no_data: 1 } });
    const ndjson = (JSON.parse(data) as { observations: unknown[] }).observations.map((o) => JSON.stringify(o)).join('\n');
    expect(await viaStdin([PLAN, '--data', '-', '--data-format', 'ndjson'], ndjson)).toMatchObject({ code: 0, totals: { met: 2 } });
    expect(await viaStdin(['-', '--data', ALL_MET], readFileSync(PLAN, 'utf8'))).toMatchObject({ code: 0, totals: { met: 2 } });
    expect((await check(['-', '--data', '-'])).err).toContain('only one input can be `-`');
  });

  it('with --format json, errors are JSON on stdout: {error: {code, message, ...}}, exit 2', async () => {
    const json = async (args: string[]) => {
      const r = await check([...args, '--format', 'json']);
      expect(r.code).toBe(2);
      return (JSON.parse(r.out) as { error: { code: string; message: string; file?: string; issues?: unknown[]; diagnostics?: unknown[] } }).error;
    };
    expect(await json([PLAN, '--data', ALL_MET, '--as-of', 'hôm qua'])).toMatchObject({ code: 'usage', message: expect.stringContaining('--as-of') });
    expect(await json([PLAN, '--data', ALL_MET, '--bogus'])).toMatchObject({ code: 'usage' });
    expect(await json([PLAN, '--data', file('gone.json', '') + '.missing'])).toMatchObject({ code: 'file', errno: 'ENOENT' });
    const bad = file('bad2.json', JSON.stringify({ observations: [{ metric: '2.2', period: '2023-13', value: 1 }] }));
    const data = await json([PLAN, '--data', bad]);
    expect(data).toMatchObject({ code: 'invalid_data', file: bad });
    expect(data.issues).toHaveLength(1);
    const plan = await json([file('bad2.chitieu', 'Năm: 2023\nChỉ tiêu 1: X\n  Chỉ tiêu thực hiện: Đạt trên %\n'), '--data', ALL_MET]);
    expect(plan.code).toBe('invalid_plan');
    expect(plan.diagnostics?.length).toBeGreaterThan(0);
  });

  describe('--out and --format docx', () => {
    it('writes any format to a file, the format from the extension when --format is not given', async () => {
      const md = join(dir, 'report.md');
      const r = await check([PLAN, '--data', MISSING, '--as-of', '2023-06-30', '--out', md]);
      expect(r.code).toBe(0);
      expect(r.out).toBe('');
      expect(readFileSync(md, 'utf8')).toMatch(/^# Báo cáo sơ kết 6 tháng đầu năm 2023 — kết quả thực hiện chỉ tiêu\n/);
      const json = join(dir, 'report.txt');
      await check([PLAN, '--data', MISSING, '--as-of', '2023-06-30', '--out', json, '--format', 'json']);
      expect(JSON.parse(readFileSync(json, 'utf8')).review).toEqual({ kind: 'so_ket', year: 2023, period: '2023-H1' });
    });

    it('writes a Word file with the header fields of the options', async () => {
      const docx = join(dir, 'bao-cao.docx');
      const r = await check([PLAN, '--data', ALL_MET, '--as-of', '2023-12-31', '--out', docx, '--co-quan', 'Ủy ban nhân dân huyện Thử', '--so', '9/BC-UBND', '--ngay', '2024-01-05']);
      expect(r.code).toBe(0);
      const bytes = readFileSync(docx);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: .docx
      const { unzipText } = await import('../../../test/helpers/unzip.js');
      const xml = unzipText(bytes).get('word/document.xml') ?? '';
      expect(xml).toContain('Số: 9/BC-UBND');
      expect(xml).toContain('Thử, ngày 05 tháng 01 năm 2024');
      expect(xml).toContain('Tổng kết năm 2023 thực hiện Kế hoạch');
    });

    it('refuses a Word file on a terminal, an unknown extension and a bad --ngay: usage errors', async () => {
      const c = collectingIo();
      const tty = { ...c.io, stdout: Object.assign(c.io.stdout, { isTTY: true }) };
      expect((await check([PLAN, '--data', ALL_MET, '--format', 'docx'], tty)).code).toBe(2);
      expect(c.err()).toContain('--out');
      const pdf = await check([PLAN, '--data', ALL_MET, '--out', join(dir, 'x.pdf')]);
      expect(pdf.code).toBe(2);
      expect(pdf.err).toContain('.docx');
      expect((await check([PLAN, '--data', ALL_MET, '--out', join(dir, 'x.docx'), '--ngay', '05/01/2024'])).code).toBe(2);
    });
  });
});
