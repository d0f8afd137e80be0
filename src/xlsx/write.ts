/**
 * The template as an .xlsx workbook: the sheet `Số liệu` to fill (read back as it is by
 * `readObservationsXlsx`), and a sheet `Hướng dẫn` saying how.
 */
import type { Plan } from '../plan/types.js';
import { excel } from './exceljs.js';
import { templateRows, type TemplateField, type TemplateOptions } from './template.js';

/** The sheet's columns: header, width, and the field a cell fills (or what it shows). */
const COLUMNS: readonly { header: string; width: number; key: TemplateField | 'metric' | 'task' | 'period' | 'description' | 'plan' | 'unitOfMeasure' | 'lead' | 'hint' | 'evidence' }[] = [
  { header: 'Mã chỉ tiêu', width: 12, key: 'metric' },
  { header: 'Kỳ', width: 10, key: 'period' },
  { header: 'Tên chỉ tiêu', width: 48, key: 'description' },
  { header: 'Chỉ tiêu kế hoạch', width: 36, key: 'plan' },
  { header: 'Đơn vị tính', width: 12, key: 'unitOfMeasure' },
  { header: 'Đơn vị chủ trì', width: 28, key: 'lead' },
  { header: 'Cần nhập', width: 34, key: 'hint' },
  { header: 'Đơn vị', width: 20, key: 'unit' },
  { header: 'Giá trị', width: 12, key: 'value' },
  { header: 'Tử số', width: 10, key: 'numerator' },
  { header: 'Mẫu số', width: 10, key: 'denominator' },
  { header: 'Số đầu kỳ', width: 12, key: 'start' },
  { header: 'Đánh giá', width: 12, key: 'assessment' },
  { header: 'Mã nhiệm vụ', width: 12, key: 'task' },
  { header: 'Ngày hoàn thành', width: 16, key: 'completed' },
  { header: 'Ghi chú', width: 40, key: 'evidence' },
];

/** The columns that are cells to fill: shown only when a row needs them. */
const FIELD_KEYS: Readonly<Record<TemplateField, true>> = { unit: true, value: true, numerator: true, denominator: true, start: true, assessment: true, completed: true };

/** Columns whose typing Excel must not turn into numbers or dates (`2.10` is not 2,1; `2023-06` not a date). */
const TEXT_KEYS = new Set(['metric', 'period', 'task', 'unit', 'completed']);

const GUIDE = [
  'Cách điền bảng Số liệu',
  '- Mỗi dòng là một chỉ tiêu (Mã chỉ tiêu) trong một kỳ (Kỳ: 2023, 2023-H1, 2023-Q2, 2023-06), hoặc một nhiệm vụ (Mã nhiệm vụ).',
  '- Cột "Cần nhập" cho biết ô nào cần điền; các ô khác để trống. Không sửa Mã chỉ tiêu, Kỳ và tiêu đề cột.',
  '- Số viết kiểu Việt Nam: 7,5 (bảy phẩy năm), 1.250 (một nghìn hai trăm năm mươi), 12.500,75; hoặc nhập số trong ô dạng số.',
  '- Tỷ lệ: điền Tử số và Mẫu số (ví dụ 170 và 200), hoặc Giá trị là phần trăm (85).',
  '- Đánh giá: Đạt hoặc Không đạt; căn cứ ghi ở Ghi chú.',
  '- Ngày hoàn thành: YYYY-MM-DD (2023-03-20); nhiệm vụ hoàn thành nhiều lần thì mỗi lần một dòng.',
  '- Chỉ tiêu "mỗi đơn vị": mỗi đơn vị một dòng, ghi tên ở cột Đơn vị (chép dòng mẫu).',
  '- Dòng chưa có số liệu để trống: được tính là "chưa có dữ liệu".',
  'Kiểm tra: chitieu check KẾ_HOẠCH.chitieu --data so-lieu.xlsx',
];

/**
 * The template of a plan as .xlsx bytes: the sheet `Số liệu`, one row per metric id and period
 * (`templateRows`) with its description, plan figure, unit and lead unit beside the cells to
 * fill, only the columns some row needs, and a sheet `Hướng dẫn`. Filled in and read back with
 * `readObservationsXlsx`, it checks without edits.
 *
 * @example
 * await writeFile('so-lieu.xlsx', await writeTemplateXlsx(plan, { period: '2023-H1' }))
 */
export async function writeTemplateXlsx(plan: Plan, options: TemplateOptions = {}): Promise<Uint8Array> {
  const rows = templateRows(plan, options);
  const used = new Set<string>(rows.flatMap((r) => r.needs));
  if (rows.some((r) => r.metric !== undefined)) used.add('metric').add('period');
  if (rows.some((r) => r.task !== undefined)) used.add('task');
  const columns = COLUMNS.filter((c) => !(c.key in FIELD_KEYS || c.key === 'metric' || c.key === 'period' || c.key === 'task') || used.has(c.key));
  const { Workbook } = await excel();
  const book = new Workbook();
  const sheet = book.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, ...(TEXT_KEYS.has(c.key) && { style: { numFmt: '@' } }) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow({
      metric: r.metric ?? '',
      task: r.task ?? '',
      period: r.period ?? '',
      description: r.description,
      plan: r.plan,
      unitOfMeasure: r.unit,
      lead: r.lead,
      hint: r.hint,
    });
    const assessment = columns.findIndex((c) => c.key === 'assessment');
    if (r.needs.includes('assessment') && assessment >= 0) {
      row.getCell(assessment + 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Đạt,Không đạt"'] };
    }
  }
  const guide = book.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 120;
  GUIDE.forEach((line) => guide.addRow([line]));
  guide.getRow(1).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
