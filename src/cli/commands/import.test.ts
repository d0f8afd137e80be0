import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTargets, listTasks, parsePlan } from '../../index.js';
import { collectingIo } from './cli-io.fixture.js';
import { importCommand } from './import.js';
import { checkCommand } from './check.js';


const APPENDIX = new URL('../../../test/plan/fixtures/cam-pha-appendix.tsv', import.meta.url).pathname;

describe('chitieu import', () => {
  it('writes a plan that parses, with the header values given on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
    const out = join(dir, 'cam-pha.chitieu');
    const c = collectingIo();
    const code = await importCommand.run([APPENDIX, '--out', out, '--number', '102/KH-UBND', '--date', '05/04/2023'], c.io);
    expect(code).toBe(0);
    expect(c.out()).toBe('');
    expect(c.err()).toContain('25 chỉ tiêu, 11 nhiệm vụ, 5 mục');
    const plan = parsePlan(readFileSync(out, 'utf8'));
    expect([plan.header.number, plan.header.date, plan.header.year]).toEqual(['102/KH-UBND', '2023-04-05', 2023]);
    expect(listTargets(plan)).toHaveLength(25);
    expect(listTasks(plan).map((t) => t.id).at(-1)).toBe('II.11');
  });

  it('prints to stdout without --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
    const tsv = join(dir, 't.tsv');
    writeFileSync(tsv, '2.3\tGiảm tội phạm\tGiảm 07% so với năm 2022\tCông an\t\t\n');
    const c = collectingIo();
    expect(await importCommand.run([tsv, '--year', '2023', '--lang', 'en'], c.io)).toBe(0);
    expect(c.out()).toContain('Chỉ tiêu 2.3: Giảm tội phạm\n  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022\n');
    expect(c.err()).toContain('1 targets, 0 tasks, 0 sections');
  });

  it('still writes the plan but exits 2 when a statement in the table does not parse, naming its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
    const tsv = join(dir, 't.tsv');
    const out = join(dir, 'p.chitieu');
    writeFileSync(tsv, '1.1\tA\tĐạt từ 80% trở\tCông an\t\t\n\t\t\tlạc\t\t\n');
    const c = collectingIo();
    expect(await importCommand.run([tsv, '--out', out, '--year', '2023'], c.io)).toBe(2);
    expect(readFileSync(out, 'utf8')).toContain('Chỉ tiêu thực hiện: Đạt từ 80% trở');
    expect(c.err()).toMatch(/p\.chitieu:\d+:\d+: lỗi: Trong `Chỉ tiêu thực hiện`: Thiếu phần kết/);
  });

  it('refuses a year that is not four digits', async () => {
    const c = collectingIo();
    expect(await importCommand.run([APPENDIX, '--year', '23'], c.io)).toBe(2);
    expect(c.err()).toMatch(/--year/);
  });

  it('refuses a file that is not a Word document with a clear error, Vietnamese or English, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
    const fake = join(dir, 'ke-hoach.docx');
    writeFileSync(fake, 'STT\tDanh mục chỉ tiêu\n');
    const c = collectingIo();
    expect(await importCommand.run([fake], c.io)).toBe(2);
    expect(c.err()).toMatch(/ke-hoach\.docx: không phải tệp Word \.docx/);
    expect(c.out()).toBe('');
    const bin = join(dir, 'anh.png');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]));
    const en = collectingIo();
    expect(await importCommand.run([bin, '--lang', 'en'], en.io)).toBe(2);
    expect(en.err()).toMatch(/anh\.png: neither a Word \.docx file nor a text table/);
    expect(en.out()).toBe('');
  });

  it('writes last year\'s column of a resolution table as a data file that check reads, and reports a cell that is not a figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
    const tsv = join(dir, 'nghi-quyet.tsv');
    writeFileSync(
      tsv,
      'STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tKế hoạch năm 2024\n1\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t11.800\t12.500\n2\tTỷ lệ lao động qua đào tạo\t%\t70,5\t72\n3\tTỷ lệ hộ nghèo\t%\tkhoảng 2\t1,6\n',
    );
    const out = join(dir, 'nq.chitieu');
    const data = join(dir, 'nam-truoc.json');
    const c = collectingIo();
    expect(await importCommand.run([tsv, '--out', out, '--baseline-out', data, '--lang', 'en'], c.io)).toBe(2);
    expect(c.err()).toContain("nghi-quyet.tsv:4:4: warning: last year's cell is not a figure (not written to the data file): khoảng 2");
    expect(c.err()).toContain('3 targets, 0 tasks, 0 sections written to');
    expect(JSON.parse(readFileSync(data, 'utf8')).observations).toEqual([
      { metric: '1', period: '2023', value: '11800' },
      { metric: '2', period: '2023', value: '70.5' },
    ]);
    const plan = parsePlan(readFileSync(out, 'utf8'));
    expect(listTargets(plan).map((t) => t.statement.text)).toEqual(['Thu ngân sách nhà nước trên địa bàn 12.500 tỷ đồng', 'Tỷ lệ lao động qua đào tạo 72%', 'Tỷ lệ hộ nghèo 1,6%']);
    // check reads the data file; 2023 figures are no verdict on the 2024 targets.
    const k = collectingIo();
    await checkCommand.run([out, '--data', data, '--format', 'json'], k.io);
    expect(k.err()).not.toMatch(/lỗi|error/i);
    const report = JSON.stringify(JSON.parse(k.out()));
    expect(report).toMatch(/"status":"no_data"/);
    expect(report).not.toMatch(/"status":"(met|exceeded|not_met)"/);
  });
});

