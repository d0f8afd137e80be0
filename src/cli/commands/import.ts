import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { boundedLines, importTable, safeParsePlan, visibleText } from '../../index.js';
import { flag, UsageError } from '../args.js';
import { defineCommand, type CommandContext } from '../command.js';
import { readInput } from '../input.js';

const HELP = `chitieu import <bảng.tsv | -> [--out kế-hoạch.chitieu] [--number 102/KH-UBND] [--year 2023]
               [--title ...] [--issuer ...] [--date dd/mm/yyyy] [--implements 56/KH-UBND] [--lang en]

Chuyển bảng dán từ Word/Excel (các cột cách nhau bằng tab: STT, Danh mục chỉ tiêu, Chỉ tiêu thực hiện,
Đơn vị chủ trì, Đơn vị phối hợp, Ghi chú; có cột Thời gian thực hiện thì là bảng nhiệm vụ) thành tệp .chitieu.
"-" đọc từ đầu vào chuẩn. Không có --out thì in ra màn hình.
Turns a table pasted from Word/Excel (tab-separated) into a .chitieu plan; "-" reads stdin.
Exit: 0 ok, 2 when the table has rows it cannot place or statements that do not parse (the plan is still written).`;

/** A plan year as the plan's `Năm:` line takes it: four digits, 1900 to 2199. */
function readYear(text: string): number | undefined {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= 1900 && year < 2200 ? year : undefined;
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp bảng, hoặc `-` (exactly one table file, or `-` for stdin)');
  const input = args.positionals[0]!;
  const yearText = flag(args, 'year');
  const year = yearText === undefined ? undefined : readYear(yearText);
  if (yearText !== undefined && year === undefined) throw new UsageError(`--year cần năm 4 chữ số (a 4-digit year): ${yearText}`);
  const text = (k: string): Record<string, string> => {
    const v = flag(args, k);
    return v === undefined ? {} : { [k]: v };
  };
  const result = importTable(await readInput(input, io), {
    from: input === '-' ? 'stdin' : input,
    ...text('number'),
    ...text('title'),
    ...text('issuer'),
    ...text('date'),
    ...text('implements'),
    ...(year !== undefined ? { year } : {}),
  });
  const out = flag(args, 'out');
  if (out) await writeFile(resolve(io.cwd, out), result.source, 'utf8');
  else io.stdout.write(result.source);

  // The first 1,000 warnings, then how many more; the table's text with its control characters shown.
  const warnings = boundedLines(result.warnings, (w) => {
    const what = w.code === 'bad_stt' ? (lang === 'en' ? 'the STT is not a number' : 'STT không phải số thứ tự') : lang === 'en' ? 'a continuation row with no row above' : 'dòng nối tiếp không có dòng nào ở trên';
    return `${input}:${w.line}: ${lang === 'en' ? 'warning' : 'cảnh báo'}: ${what}; ${lang === 'en' ? 'kept as a comment' : 'giữ lại dưới dạng ghi chú'}: ${visibleText(w.text)}`;
  }, { noun: 'warnings', lang });
  for (const l of warnings) io.stderr.write(`${l}\n`);
  const check = safeParsePlan(result.source, { file: out ?? '<stdout>', lang });
  if (!check.success) io.stderr.write(`${check.error.format(lang)}\n`);
  const { targets, tasks, sections } = result.counts;
  io.stderr.write(
    lang === 'en'
      ? `${targets} targets, ${tasks} tasks, ${sections} sections${out ? ` written to ${out}` : ''}.\n`
      : `${targets} chỉ tiêu, ${tasks} nhiệm vụ, ${sections} mục${out ? `, đã ghi vào ${out}` : ''}.\n`,
  );
  return check.success && result.warnings.length === 0 ? 0 : 2;
}

/** `chitieu import`: a table pasted from Word/Excel → a `.chitieu` plan. */
export const importCommand = defineCommand({
  name: 'import',
  help: HELP,
  options: Object.fromEntries(['out', 'number', 'year', 'title', 'issuer', 'date', 'implements'].map((k) => [k, { type: 'string' as const }])),
  run,
});
