import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePeriod } from '../../index.js';
import { flag, UsageError } from '../args.js';
import { defineCommand, type CommandContext } from '../command.js';
import { loadOnePlan } from '../common.js';

const HELP = `chitieu template <KẾ_HOẠCH.chitieu | -> --out so-lieu.xlsx [--period 2023-H1] [--lang en]

Tạo bảng Excel để điền số liệu: mỗi dòng một mã chỉ tiêu và một kỳ, kèm tên chỉ tiêu, chỉ tiêu
kế hoạch, đơn vị tính, đơn vị chủ trì, và các ô cần điền (tỷ lệ: tử số và mẫu số; tăng giảm: kỳ
này và kỳ gốc); mỗi nhiệm vụ một dòng cho ngày hoàn thành. Điền xong, kiểm tra ngay:
  chitieu check KẾ_HOẠCH.chitieu --data so-lieu.xlsx
Writes the .xlsx sheet to fill for a plan's check: one row per metric id and period, with what
it is about beside the cells to fill. Filled in, it is read back as it is by \`check --data\`.

  --out FILE     tệp .xlsx ghi ra / the workbook to write (required)
  --period P     kỳ kiểm tra (2023, 2023-H1, 2023-Q2, 2023-06); mặc định năm của kế hoạch /
                 the period checked; default the plan's year
Exit: 0 ok, 2 bad input or usage.`;

async function run({ args, lang, io }: CommandContext): Promise<number> {
  const out = flag(args, 'out');
  if (out === undefined) throw new UsageError('cần --out so-lieu.xlsx (the workbook to write is required)');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out: cần tên tệp .xlsx (expected an .xlsx file name), không phải \`${out}\``);
  const period = flag(args, 'period');
  if (period !== undefined && !parsePeriod(period)) throw new UsageError(`--period: cần kỳ 2023, 2023-H1, 2023-Q2 hoặc 2023-06 (expected a period), không phải \`${period}\``);
  const plan = await loadOnePlan(args, lang, io);
  if (period === undefined && plan.header.year === undefined) throw new UsageError('kế hoạch không ghi Năm: cần --period (the plan has no year: give --period)');
  const { templateRows, writeTemplateXlsx } = await import('../../xlsx/index.js');
  const options = period === undefined ? {} : { period };
  await writeFile(resolve(io.cwd, out), await writeTemplateXlsx(plan, options));
  const rows = templateRows(plan, options).length;
  io.stderr.write(lang === 'en' ? `${rows} rows written to ${out}.\n` : `${rows} dòng, đã ghi vào ${out}.\n`);
  return 0;
}

/**
 * `chitieu template`: the .xlsx sheet to fill for a plan's check.
 *
 * @example
 * await templateCommand.run(['plan.chitieu', '--out', 'so-lieu.xlsx', '--period', '2023-H1'], io) // 0
 */
export const templateCommand = defineCommand({
  name: 'template',
  help: HELP,
  options: { out: { type: 'string' }, period: { type: 'string' } },
  run,
});
