/**
 * Fill a template (`writeTemplateXlsx`) as an official would, from observation rows: each row's
 * cells by its metric id and period, a second unit or delivery in a copy of the row at the end.
 * Used by the template round trip and by the officials' whole path (test/officials-path.test.ts).
 */
import ExcelJS from 'exceljs';
import type { Observation } from '../index.js';

/** Fill the template's cells from observations, one row per observation (copying the template's row for extra ones). */
export async function fillTemplate(bytes: Uint8Array, observations: readonly Observation[]): Promise<Uint8Array> {
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
      // A column the template has not (no target asks for it) stays unfilled: a verdict that needed it differs, and the caller's comparison shows it.
      const at = col.get(header);
      if (v !== undefined && at !== undefined) row.getCell(at).value = v;
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

