import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTargets, listTasks, parsePlan } from '../../index.js';
import { collectingIo } from './cli-io.fixture.js';
import { importCommand } from './import.js';


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
});
