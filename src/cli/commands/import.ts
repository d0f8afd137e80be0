import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { boundedLines, formatImportWarning, importTable, safeParsePlan, visibleText, type ImportTableResult } from '../../index.js';
import { DocxError, importDocx } from '../../docx/index.js';
import { flag, UsageError } from '../args.js';
import { defineCommand, type CommandContext, type CommandIo } from '../command.js';
import { InputError } from '../errors.js';
import { inputName, stdinOf } from '../input.js';

const HELP = `chitieu import <ke-hoach.docx | bảng.tsv | -> [--out kế-hoạch.chitieu] [--baseline-out nam-truoc.json]
               [--number 102/KH-UBND] [--year 2023] [--title ...] [--issuer ...] [--date dd/mm/yyyy]
               [--implements 56/KH-UBND] [--lang en]

Đọc các bảng của kế hoạch từ tệp Word (.docx) hoặc bảng dán từ Word/Excel (các cột cách nhau bằng tab) và
viết tệp .chitieu. Hai kiểu bảng: phụ lục (STT, Danh mục chỉ tiêu, Chỉ tiêu thực hiện, Đơn vị chủ trì,
Đơn vị phối hợp, Ghi chú; có cột Thời gian thực hiện thì là bảng nhiệm vụ) và bảng của nghị quyết
(STT, Chỉ tiêu, Đơn vị tính, Thực hiện năm trước, Kế hoạch năm). Phần đầu (Số, ngày, cơ quan, Thực hiện
kế hoạch) đọc từ các dòng đầu của tệp Word; các tùy chọn --number ... ghi đè. --baseline-out ghi cột
kết quả năm trước thành tệp số liệu cho \`chitieu check --data\`. "-" đọc từ đầu vào chuẩn.
Reads a plan's tables from a Word file (.docx) or a table pasted as TSV and writes a .chitieu plan;
--baseline-out writes last year's column as a data file for \`check\`; "-" reads stdin.
Exit: 0 ok, 2 when a cell could not be placed or a statement does not parse (the plan is still written).`;

/** A plan year as the plan's `Năm:` line takes it: four digits, 1900 to 2199. */
function readYear(text: string): number | undefined {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= 1900 && year < 2200 ? year : undefined;
}

async function readBytes(path: string, io: CommandIo): Promise<Uint8Array> {
  if (path !== '-') return readFile(resolve(io.cwd, path));
  const chunks: Buffer[] = [];
  for await (const chunk of stdinOf(io)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** A Word file by its first bytes (a ZIP or an old OLE `.doc`) or its name. */
function looksLikeWord(bytes: Uint8Array, path: string): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole || /\.docx?$/i.test(path);
}

/** Text of a pasted table; binary (a NUL byte, or bytes that are not UTF-8) is refused. */
function tableText(bytes: Uint8Array, name: string, lang: CommandContext['lang']): string {
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  if (text === undefined || text.includes('\u0000')) {
    const why =
      lang === 'en'
        ? 'neither a Word .docx file nor a text table (tab-separated UTF-8). Save the plan as .docx, or paste its table into a .tsv file.'
        : 'không phải tệp Word .docx, cũng không phải bảng văn bản (UTF-8, các cột cách nhau bằng tab). Lưu kế hoạch dưới dạng .docx, hoặc dán bảng vào tệp .tsv.';
    throw new InputError(`${name}: ${why}`, 'invalid_docx', name);
  }
  return text;
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp Word hoặc bảng, hoặc `-` (exactly one Word file or table, or `-` for stdin)');
  const input = args.positionals[0]!;
  const name = inputName(input);
  const yearText = flag(args, 'year');
  const year = yearText === undefined ? undefined : readYear(yearText);
  if (yearText !== undefined && year === undefined) throw new UsageError(`--year cần năm 4 chữ số (a 4-digit year): ${yearText}`);
  const text = (k: string): Record<string, string> => {
    const v = flag(args, k);
    return v === undefined ? {} : { [k]: v };
  };
  const options = {
    from: input === '-' ? 'stdin' : input,
    ...text('number'),
    ...text('title'),
    ...text('issuer'),
    ...text('date'),
    ...text('implements'),
    ...(year !== undefined ? { year } : {}),
  };
  const bytes = await readBytes(input, io);
  let result: ImportTableResult;
  if (looksLikeWord(bytes, input)) {
    try {
      result = importDocx(bytes, options);
    } catch (e) {
      if (e instanceof DocxError) throw new InputError(`${name}: ${e.format(lang)}`, 'invalid_docx', name);
      throw e;
    }
  } else {
    result = importTable(tableText(bytes, name, lang), options);
  }
  const out = flag(args, 'out');
  if (out) await writeFile(resolve(io.cwd, out), result.source, 'utf8');
  else io.stdout.write(result.source);

  const baselineOut = flag(args, 'baseline-out');
  if (baselineOut) {
    if (result.observations.length < result.baseline.length) {
      throw new UsageError('không biết năm của cột kết quả năm trước: cần --year (the year of last year\'s column is unknown: give --year)');
    }
    const data = {
      _note: `Kết quả năm trước từ ${name}, nhập bằng chitieu import (last year's results, imported from ${name}).`,
      observations: result.observations,
    };
    await writeFile(resolve(io.cwd, baselineOut), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  }

  // The first 1,000 warnings, then how many more; the table's text with its control characters shown.
  for (const l of boundedLines(result.warnings, (w) => visibleText(formatImportWarning(w, lang, name)), { noun: 'warnings', lang })) io.stderr.write(`${l}\n`);
  const check = safeParsePlan(result.source, { file: out ?? '<stdout>', lang });
  if (!check.success) io.stderr.write(`${check.error.format(lang)}\n`);
  const { targets, tasks, sections } = result.counts;
  const figures = baselineOut ? (lang === 'en' ? `; ${result.observations.length} figures of last year written to ${baselineOut}` : `; ${result.observations.length} số liệu năm trước đã ghi vào ${baselineOut}`) : '';
  io.stderr.write(
    lang === 'en'
      ? `${targets} targets, ${tasks} tasks, ${sections} sections${out ? ` written to ${out}` : ''}${figures}.\n`
      : `${targets} chỉ tiêu, ${tasks} nhiệm vụ, ${sections} mục${out ? `, đã ghi vào ${out}` : ''}${figures}.\n`,
  );
  if (targets + tasks === 0) {
    io.stderr.write(lang === 'en' ? `${name}: no target or task was found: is this the plan's table?\n` : `${name}: không tìm thấy chỉ tiêu hay nhiệm vụ nào: có phải bảng của kế hoạch không?\n`);
    return 2;
  }
  return check.success && result.warnings.length === 0 ? 0 : 2;
}

/** `chitieu import`: a Word plan or a pasted table → a `.chitieu` plan. */
export const importCommand = defineCommand({
  name: 'import',
  help: HELP,
  options: Object.fromEntries(['out', 'baseline-out', 'number', 'year', 'title', 'issuer', 'date', 'implements'].map((k) => [k, { type: 'string' as const }])),
  run,
});
