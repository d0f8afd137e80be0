import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkCommand } from './check.js';
import { collectingIo } from './cli-io.fixture.js';
import { templateCommand } from './template.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-template-'));
const PLAN = join(dir, 'plan.chitieu');
writeFileSync(
  PLAN,
  'Năm: 2023\nChỉ tiêu 2.2: Giải quyết tố giác\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Công an\nChỉ tiêu 2.3: Số vụ phạm tội\n  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022\n  Chủ trì: Công an\n',
);

async function cells(path: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as Parameters<typeof book.xlsx.load>[0]);
  const out: string[][] = [];
  book.worksheets[0]!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return out;
}

describe('chitieu template', () => {
  it('writes the sheet to fill: one row per metric and period, the columns each target needs', async () => {
    const out = join(dir, 'so-lieu.xlsx');
    const c = collectingIo();
    expect(await templateCommand.run([PLAN, '--out', out, '--period', '2023-H1'], c.io)).toBe(0);
    const rows = await cells(out);
    expect(rows[0]).toEqual(['Mã chỉ tiêu', 'Kỳ', 'Tên chỉ tiêu', 'Chỉ tiêu kế hoạch', 'Đơn vị tính', 'Đơn vị chủ trì', 'Cần nhập', 'Giá trị', 'Tử số', 'Mẫu số', 'Ghi chú']);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['2.2', '2023-H1'],
      ['2.3', '2023-H1'],
      ['2.3', '2022-H1'],
    ]);
    expect(c.err()).toContain('3 dòng');
  });

  it('filled in (a Vietnamese decimal, numbers) and read back by check, gives the verdicts without edits', async () => {
    const out = join(dir, 'filled.xlsx');
    await templateCommand.run([PLAN, '--out', out], collectingIo().io);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.worksheets[0]!;
    sheet.getCell('I2').value = 95; // Tử số
    sheet.getCell('J2').value = 100; // Mẫu số
    sheet.getCell('H3').value = '380'; // 2.3, 2023
    sheet.getCell('H4').value = '412,0'; // 2.3, 2022
    writeFileSync(out, new Uint8Array(await book.xlsx.writeBuffer()));
    const c = collectingIo();
    const code = await checkCommand.run([PLAN, '--data', out, '--as-of', '2023-12-31', '--format', 'json'], c.io);
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    const statuses = (c.out().match(/"status": "\w+"/g) ?? []).join(' ');
    expect(statuses).toContain('"status": "met"');
    expect(statuses).toContain('"status": "exceeded"');
  });

  it('refuses a missing --out or a period that is not one', async () => {
    expect(await templateCommand.run([PLAN], collectingIo().io)).toBe(2);
    expect(await templateCommand.run([PLAN, '--out', join(dir, 'x.xlsx'), '--period', '6 tháng 2023'], collectingIo().io)).toBe(2);
  });
});

describe('chitieu check --data FILE.xlsx', () => {
  it('reads an .xlsx whatever its name says (no `Unexpected token P`), and names a bad cell by row and column', async () => {
    const book = new ExcelJS.Workbook();
    const s = book.addWorksheet('Số liệu');
    s.addRow(['Mã chỉ tiêu', 'Kỳ', 'Tử số', 'Mẫu số']);
    s.addRow(['2.2', '2023', '95', 'một trăm']);
    const path = join(dir, 'so-lieu.json');
    writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
    const c = collectingIo();
    expect(await checkCommand.run([PLAN, '--data', path, '--as-of', '2023-12-31'], c.io)).toBe(2);
    expect(c.err()).toContain('dòng 2, cột "Mẫu số": giá trị không hợp lệ `một trăm`');
    expect(c.err()).not.toContain('JSON');
  });

  it('reads a `;` CSV with Vietnamese headers and figures, and a sheet by --sheet', async () => {
    const csv = join(dir, 'so-lieu.csv');
    writeFileSync(csv, '\uFEFFMã chỉ tiêu;Kỳ;Giá trị;Tử số;Mẫu số\n2.2;2023;;95;100\n2.3;2023;380;;\n2.3;2022;412,0;;\n');
    expect(await checkCommand.run([PLAN, '--data', csv, '--as-of', '2023-12-31'], collectingIo().io)).toBe(0);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Bìa').addRow(['x']);
    const s = book.addWorksheet('Số liệu');
    [['Mã chỉ tiêu', 'Kỳ', 'Tử số', 'Mẫu số'], ['2.2', '2023', 95, 100]].forEach((r) => s.addRow(r));
    const path = join(dir, 'two-sheets.xlsx');
    writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
    const c = collectingIo();
    expect(await checkCommand.run([PLAN, '--data', path, '--sheet', 'Số liệu', '--as-of', '2023-12-31', '--format', 'json'], c.io)).toBe(0);
    const bad = collectingIo();
    expect(await checkCommand.run([PLAN, '--data', path, '--sheet', 'Data', '--as-of', '2023-12-31'], bad.io)).toBe(2);
    expect(bad.err()).toContain('Bìa, Số liệu');
  });
});
