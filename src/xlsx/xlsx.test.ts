/**
 * The template round trip, on the source plans: write the sheet, fill it as an official would
 * (from the sample data), read it back and check the plan: the same verdicts as the JSON data.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parseObservationsJson, parsePlan, type Observation, type ObservationSet } from '../index.js';
import { readObservationsXlsx, templateRows, writeTemplateXlsx } from './index.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

/** Every verdict of a report, as `id period status`. */
function verdicts(plan: ReturnType<typeof parsePlan>, data: ObservationSet): string[] {
  const report = evaluatePlan(plan, data, { asOf: '2023-12-31' });
  return report.groups.flatMap((g) => g.entries.map((e) => `${e.stt} ${JSON.stringify(e).match(/"status":"(\w+)"/g)?.join(',')}`));
}

/** Fill the template's cells from observations, one row per observation (copying the template's row for extra ones). */
async function fill(bytes: Uint8Array, observations: readonly Observation[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  const sheet = book.worksheets[0]!;
  const col = new Map<string, number>();
  sheet.getRow(1).eachCell((c, k) => col.set(String(c.value), k));
  const rowOf = new Map<string, number>();
  const blank = new Map<number, ExcelJS.CellValue[]>();
  sheet.eachRow((row, n) => {
    blank.set(n, (row.values as ExcelJS.CellValue[]).slice(1));
    const id = String(row.getCell(col.get('Mã chỉ tiêu')!).value ?? '') || String(row.getCell(col.get('Mã nhiệm vụ')!).value ?? '');
    const period = String(row.getCell(col.get('Kỳ')!).value ?? '');
    if (n > 1) rowOf.set(`${id} ${period}`, n);
  });
  const used = new Set<number>();
  for (const o of observations) {
    const key = o.kind === 'completion' ? `${o.task} ` : `${o.metric} ${o.period}`;
    const at = rowOf.get(key);
    // Rows of other periods (a half year of 2022) are not asked for: the verdicts below show none was needed.
    if (at === undefined) continue;
    let n = at;
    if (used.has(n)) {
      // A second unit or delivery: a new row at the end, as an official copies the row.
      n = sheet.addRow(blank.get(at)!).number;
    }
    used.add(n);
    const row = sheet.getRow(n);
    const set = (header: string, v: string | number | undefined) => {
      if (v !== undefined) row.getCell(col.get(header)!).value = v;
    };
    if (o.kind !== 'completion') set('Đơn vị', o.unit);
    if (o.kind === 'value') {
      // Figures typed the Vietnamese way as text, or as numbers: both must read the same.
      set('Giá trị', o.value.includes('.') ? o.value.replace('.', ',') : Number(o.value));
      set('Số đầu kỳ', o.start === undefined ? undefined : Number(o.start));
    } else if (o.kind === 'rate') {
      set('Tử số', Number(o.numerator));
      set('Mẫu số', Number(o.denominator));
    } else if (o.kind === 'assessment') set('Đánh giá', o.assessment === 'met' ? 'Đạt' : 'Không đạt');
    else set('Ngày hoàn thành', o.completed);
    set('Ghi chú', o.evidence);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each([
  ['cam-pha-102-2023.chitieu', ['cam-pha-2022.json', 'cam-pha-2023.json']],
  ['hai-duong-2023.chitieu', ['hai-duong-2022.json', 'hai-duong-2023.json']],
])('the template of %s', (planFile, dataFiles) => {
  const plan = parsePlan(example(planFile));
  const json = dataFiles.map((f) => parseObservationsJson(example(f)).observations);
  // The two files' rows as one set, renumbered; a row both files give (the baseline year) once.
  const seen = new Set<string>();
  const rows = json.flat().filter((o) => {
    const key = o.kind === 'completion' ? `${o.task} ${o.completed}` : `${o.metric} ${o.period} ${o.unit ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
  const all: ObservationSet = { observations: rows.map((o, row) => ({ ...o, row })), warnings: [] };

  it('has a row for every metric id and period the data gives, and each task', () => {
    const rows = templateRows(plan);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.metric !== undefined).every((r) => r.period !== undefined && r.needs.length > 0)).toBe(true);
  });

  it('filled in from the sample data and read back, checks as the JSON does, without edits', async () => {
    const filled = await fill(await writeTemplateXlsx(plan), all.observations);
    const read = await readObservationsXlsx(filled);
    expect(read.observations.length).toBeGreaterThan(all.observations.length / 2);
    const got = verdicts(plan, read);
    expect(got).toEqual(verdicts(plan, all));
    // Not vacuous: verdicts other than no data.
    expect(got.join(' ')).toMatch(/"status":"(met|exceeded|not_met)"/);
  });
});

describe('readObservationsXlsx', () => {
  async function book(rows: unknown[][], format?: (sheet: ExcelJS.Worksheet) => void, name = 'Sheet1'): Promise<Uint8Array> {
    const b = new ExcelJS.Workbook();
    b.addWorksheet('Bìa').addRow(['không phải số liệu']);
    const s = b.addWorksheet(name);
    rows.forEach((r) => s.addRow(r));
    format?.(s);
    return new Uint8Array(await b.xlsx.writeBuffer());
  }

  it('reads numbers as numbers whatever the format (a percentage cell is the percent it shows), text by the plan\'s rule', async () => {
    const bytes = await book(
      [
        ['Mã chỉ tiêu', 'Kỳ', 'Giá trị'],
        ['2.1', '2023', 0.075],
        ['2.2', '2023', 0.1 + 0.2],
        ['2.3', '2023', '44.200'],
        ['2.4', '2023', '7,5'],
        ['2.5', '2023', { formula: 'C3*2', result: 0.6000000000000001 }],
      ],
      (s) => (s.getCell('C2').numFmt = '0.0%'),
      'Số liệu',
    );
    const set = await readObservationsXlsx(bytes, { sheet: 'so lieu' });
    expect(set.observations.map((o) => (o.kind === 'value' ? o.value : ''))).toEqual(['7.5', '0.3', '44200', '7.5', '0.6']);
  });

  it('names the row as Excel numbers it and the column by its header', async () => {
    const bytes = await book([[], ['Mã chỉ tiêu', 'Kỳ', 'Giá trị'], ['2.1', '2023', '7.5'], ['2.2', '6 tháng 2023', 3], ['2.3', '2023', '1.250']], undefined, 'Số liệu');
    await expect(readObservationsXlsx(bytes, { sheet: 'Số liệu' })).rejects.toMatchObject({
      issues: [
        { code: 'invalid_value', line: 4, column: 'Kỳ', found: '6 tháng 2023', suggestion: '2023-H1' },
        { code: 'ambiguous_figure', line: 5, column: 'Giá trị', found: '1.250', evidence: { found: '7.5', line: 3 } },
      ],
    });
  });

  it('refuses what is not a workbook, and a sheet it does not have, naming the sheets', async () => {
    await expect(readObservationsXlsx(new TextEncoder().encode('PK not a zip'))).rejects.toMatchObject({ code: 'invalid_xlsx' });
    await expect(readObservationsXlsx(await book([['Kỳ']]), { sheet: 'Data' })).rejects.toMatchObject({ code: 'invalid_xlsx', issues: [{ expected: 'sheet', found: 'Data (Bìa, Sheet1)' }] });
  });
});
