import {
  evaluatePlan,
  failingEntries,
  isIsoDate,
  parsePeriod,
  renderReport,
  todayInVietnam,
  type EvaluatePlanOptions,
  type Lang,
  type Plan,
  type PlanReport,
  type ReportFormat,
  type VerdictStatus,
} from '../../index.js';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DocxReportOptions } from '../../docx-report/index.js';
import { flag, UsageError, type Args } from '../args.js';
import { defineCommand, type CommandContext, type CommandIo } from '../command.js';
import { loadPlan } from '../common.js';
import { dataFormatOf, type DataFormat } from '../data-input.js';
import { oneStdin, readUnits } from '../input.js';
import { checkNdjson, PROGRESS_ROWS, readDataFile } from './check-data.js';
import { progressLine, type Progress } from './check-progress.js';
import { checkWithDuckdb, duckdbSource, ENGINES } from './check-engine.js';

const HELP = `chitieu check <KẾ_HOẠCH.chitieu | -> --data <SỐ_LIỆU.json|.csv|.xlsx | -> [--as-of 2023-12-31]
              [--format text|md|json|html|docx] [--out TỆP] [--fail-on no_data[,not_due]]
              [--period 2023-H1] [--year 2023] [--data-format json|csv|ndjson|xlsx] [--sheet TÊN]
              [--units DON_VI.json] [--engine js|duckdb] [--lang en]
              [--co-quan ...] [--so 215/BC-UBND] [--dia-danh ...] [--ngay 2023-07-05] ...

Đánh giá kế hoạch theo số liệu: từng chỉ tiêu (đạt, vượt, không đạt, chưa có dữ liệu, chưa đến
hạn) theo từng mục, nhiệm vụ trọng tâm so với thời hạn, tổng hợp theo đơn vị chủ trì, tổng cộng.
Checks a plan against observed data: each target and key task, a summary per lead unit, totals.

  --data FILE      số liệu / data: JSON {"observations": [...]}, CSV hoặc TSV (tiêu đề cột tiếng
                   Việt hoặc tiếng Anh; số viết 7,5 / 1.250), Excel .xlsx (bảng của
                   \`chitieu template\`), or NDJSON (.ndjson/.jsonl, one row per line, streamed:
                   for millions of rows); "-" đọc stdin / reads stdin
  --data-format F  json, csv, tsv, ndjson, xlsx: mặc định theo đuôi tệp, stdin là json (hoặc
                   xlsx theo nội dung) / default by the file's extension; stdin is json
  --sheet NAME     trang tính của tệp .xlsx; mặc định trang đầu / the workbook's sheet; default the first
  --engine E       js (mặc định) hoặc duckdb: kế hoạch dịch sang SQL, DuckDB tính trên tệp
                   (.parquet, .csv, .ndjson, .json); cần gói @duckdb/node-api / default js; duckdb
                   runs the plan as SQL on the file (needs @duckdb/node-api); the streamed report
  --as-of DATE     ngày đánh giá (YYYY-MM-DD); mặc định hôm nay theo giờ Việt Nam (Asia/Ho_Chi_Minh,
                   UTC+7), không theo múi giờ của máy / default today in Việt Nam, not the machine's zone
  --period P       kỳ đánh giá cho mọi chỉ tiêu (2023, 2023-H1, 2023-Q2, 2023-06); mặc định: kỳ
                   mới nhất có số liệu của từng chỉ tiêu trong năm kế hoạch (kết thúc muộn nhất,
                   rồi dài nhất: cả năm trước 6 tháng), như nhau với JSON, CSV và NDJSON / default
                   each target's latest period with data in the plan year (latest end, then
                   longest), the same for JSON, CSV and NDJSON
  --year N         năm kế hoạch; mặc định dòng "Năm:" của kế hoạch / default the plan's year
  --units FILE     JSON { "<loại đơn vị>": ["<tên đơn vị>", ...] }: đơn vị của chỉ tiêu "Mỗi ...",
                   đơn vị không có số liệu được báo, không bị bỏ qua (thay danh sách cùng loại
                   trong dòng "Danh sách <loại đơn vị>:" của kế hoạch) / the units of per-unit
                   targets: each listed unit without data is reported
  --format F       text (mặc định), md, json, html (một trang HTML in được, có biểu đồ), docx
                   (báo cáo Word theo Nghị định 30/2020/NĐ-CP, cần --out hoặc stdout không phải
                   terminal); với json, lỗi cũng là JSON / with json, errors are JSON too
  --out FILE       ghi báo cáo vào tệp; không có --format thì lấy theo đuôi tệp (.txt .md .json
                   .html .docx) / write the report to FILE, its format from the extension
  --fail-on LIST   cũng coi là không đạt: no_data, not_due (cách nhau bởi dấu phẩy)
  --color, --no-color  màu ANSI (mặc định: chỉ khi xuất ra terminal và không có NO_COLOR)
  --progress       luôn hiện tiến độ trên stderr (mặc định: chỉ trên terminal, khi > ${PROGRESS_ROWS} dòng)
Báo cáo Word (docx) / Word report header fields, each by default from the plan:
  --co-quan TEN    cơ quan ban hành / issuing body (default the plan's Cơ quan ban hành)
  --co-quan-chu-quan TEN  cơ quan chủ quản, dòng trên cơ quan ban hành / the parent body
  --so SO          số, ký hiệu (215/BC-UBND); mặc định để trống số: "Số:   /BC-UBND" / number
  --dia-danh TEN   địa danh (mặc định theo tên cơ quan: "thành phố Cẩm Phả" → Cẩm Phả) / place
  --ngay DATE      ngày ban hành (YYYY-MM-DD), mặc định --as-of / date of the report
  --trich-yeu TEXT trích yếu (mặc định "Sơ kết 6 tháng đầu năm 2023 thực hiện Kế hoạch số ...")
  --noi-nhan LIST  nơi nhận, cách nhau bởi ";" / recipients, ";"-separated
  --chuc-vu LIST   quyền hạn, chức vụ người ký, mỗi dòng cách nhau bởi ";" (TM. ỦY BAN NHÂN
                   DÂN; CHỦ TỊCH) / the signer's title, one line per ";"
  --nguoi-ky TEN   họ và tên người ký / the signer's name
Exit: 0 mọi chỉ tiêu, nhiệm vụ đạt / all met; 1 có chỉ tiêu hoặc nhiệm vụ không đạt (hoặc thuộc
--fail-on) / something not met; 2 dữ liệu vào sai / bad input or usage.`;

type OutputFormat = ReportFormat | 'docx';
const FORMATS: readonly OutputFormat[] = ['text', 'md', 'json', 'html', 'docx'];
const EXTENSIONS: Readonly<Record<string, OutputFormat>> = { txt: 'text', text: 'text', md: 'md', json: 'json', html: 'html', htm: 'html', docx: 'docx' };
const FAIL_ON: readonly VerdictStatus[] = ['no_data', 'not_due', 'not_met'];

/**
 * The check's options from the flags; a malformed flag is a usage error (exit 2). The default
 * `--as-of` is today in Việt Nam: on a UTC server the machine's date is a day behind before 07:00.
 */
function checkOptions(args: Args, lang: Lang, io: CommandIo): EvaluatePlanOptions {
  const asOf = flag(args, 'as-of') ?? todayInVietnam((io.now ?? Date.now)());
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of: cần ngày dạng YYYY-MM-DD (expected a date), không phải \`${asOf}\``);
  const period = flag(args, 'period');
  if (period !== undefined && !parsePeriod(period)) throw new UsageError(`--period: cần kỳ 2023, 2023-H1, 2023-Q2 hoặc 2023-06 (expected a period), không phải \`${period}\``);
  const yearText = flag(args, 'year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && !(/^\d{4}$/.test(yearText!) && year >= 1000)) throw new UsageError(`--year: cần năm 4 chữ số (expected a year), không phải \`${yearText}\``);
  return { asOf, lang, ...(period !== undefined && { period }), ...(year !== undefined && { year }) };
}

/** `--format`, else the extension of `--out`, else text. */
function formatOf(args: Args): OutputFormat {
  const asked = flag(args, 'format');
  const out = flag(args, 'out');
  if (asked === undefined && out !== undefined) {
    const ext = /\.([A-Za-z]+)$/.exec(out)?.[1]?.toLowerCase();
    const byExt = ext === undefined ? undefined : EXTENSIONS[ext];
    if (byExt === undefined) throw new UsageError(`--out: không biết định dạng của \`${out}\`: dùng đuôi .txt, .md, .json, .html, .docx hoặc --format (unknown extension: use one of them or --format)`);
    return byExt;
  }
  const format = (asked ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: cần một trong ${FORMATS.join(', ')} (expected one of them), không phải \`${format}\``);
  return format;
}

/** The Word report's header fields from the flags (`;` separates the lines of a list). */
function docxOptions(args: Args, lang: Lang): DocxReportOptions {
  const list = (name: string) => flag(args, name)?.split(';').map((s) => s.trim()).filter((s) => s !== '');
  const date = flag(args, 'ngay');
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--ngay: cần ngày dạng YYYY-MM-DD (expected a date), không phải \`${date}\``);
  const fields: [keyof DocxReportOptions, string | readonly string[] | undefined][] = [
    ['issuer', flag(args, 'co-quan')],
    ['parentIssuer', flag(args, 'co-quan-chu-quan')],
    ['number', flag(args, 'so')],
    ['place', flag(args, 'dia-danh')],
    ['date', date],
    ['subject', flag(args, 'trich-yeu')],
    ['recipients', list('noi-nhan')],
    ['signerTitle', list('chuc-vu')],
    ['signer', flag(args, 'nguoi-ky')],
  ];
  return { lang, ...Object.fromEntries(fields.filter(([, v]) => v !== undefined)) };
}

const DOCX_FLAGS = ['co-quan', 'co-quan-chu-quan', 'so', 'dia-danh', 'ngay', 'trich-yeu', 'noi-nhan', 'chuc-vu', 'nguoi-ky'];

function failOnOf(args: Args): VerdictStatus[] {
  const text = flag(args, 'fail-on');
  if (text === undefined) return [];
  const list = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = list.find((s) => !FAIL_ON.includes(s as VerdictStatus));
  if (bad !== undefined || list.length === 0) throw new UsageError(`--fail-on: cần no_data, not_due (expected a comma-separated list of them), không phải \`${bad ?? text}\``);
  return list as VerdictStatus[];
}

/** Colour in the text format: forced by a flag, else only on a terminal without NO_COLOR. */
function wantsColor(args: Args, io: CommandIo): boolean {
  if (args.flags.has('no-color')) return false;
  if (args.flags.has('color')) return true;
  const noColor = process.env['NO_COLOR'];
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

async function buildReport(plan: Plan, data: { file: string; format: DataFormat; sheet: string | undefined }, options: EvaluatePlanOptions, progress: Progress, io: CommandIo): Promise<PlanReport> {
  const lang = options.lang ?? 'vi';
  if (data.format === 'ndjson') return checkNdjson(plan, data.file, options, progress, io);
  const observations = await readDataFile(data.file, data.format, progress, io, lang, data.sheet === undefined ? {} : { sheet: data.sheet });
  const many = observations.observations.length > PROGRESS_ROWS;
  return evaluatePlan(plan, observations, {
    ...options,
    ...(many && { onProgress: (done, total) => progress.update(lang === 'vi' ? `đang đánh giá ${done}/${total} mục…` : `judging ${done}/${total} entries…`) }),
  });
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp kế hoạch, hoặc `-` (exactly one plan file, or `-` for stdin)');
  const dataFile = flag(args, 'data');
  if (dataFile === undefined) throw new UsageError('cần --data SỐ_LIỆU (a data file is required)');
  const file = args.positionals[0]!;
  const unitsFile = flag(args, 'units');
  oneStdin([file, dataFile, unitsFile]);
  const engine = flag(args, 'engine') ?? 'js';
  if (!(ENGINES as readonly string[]).includes(engine)) throw new UsageError(`--engine: cần một trong ${ENGINES.join(', ')} (expected one of them), không phải \`${engine}\``);
  const source = engine === 'duckdb' ? duckdbSource(dataFile, flag(args, 'data-format')) : undefined;
  const data = source ? undefined : { file: dataFile, format: dataFormatOf(dataFile, flag(args, 'data-format'), ['json', 'csv', 'ndjson', 'xlsx']), sheet: flag(args, 'sheet') };
  const [format, failOn, checked] = [formatOf(args), failOnOf(args), checkOptions(args, lang, io)];
  // The units first: a broken units file is reported before the plan and data are read.
  const units = unitsFile === undefined ? undefined : await readUnits(unitsFile, io);
  const options: EvaluatePlanOptions = units ? { ...checked, units } : checked;
  const plan = await loadPlan(file, lang, io);
  const progress = progressLine(io, args.flags.has('progress') || io.stderr.isTTY === true);
  let report: PlanReport;
  try {
    report = source && 'file' in source ? await checkWithDuckdb(plan, source, options) : await buildReport(plan, data!, options, progress, io);
  } finally {
    progress.done();
  }
  const out = flag(args, 'out');
  if (format === 'docx') {
    if (out === undefined && io.stdout.isTTY === true) throw new UsageError('--format docx: cần --out TỆP.docx, không in tệp Word ra terminal (needs --out: a Word file is not for a terminal)');
    // Loaded only here: the Word writer and its library are not part of any other command.
    const { renderDocx } = await import('../../docx-report/index.js');
    const bytes = await renderDocx(report, docxOptions(args, lang));
    if (out !== undefined) await writeFile(resolve(io.cwd, out), bytes);
    else io.stdout.write(bytes);
  } else {
    const text = renderReport(report, format, { lang, color: out === undefined && format === 'text' && wantsColor(args, io) });
    if (out !== undefined) await writeFile(resolve(io.cwd, out), text, 'utf8');
    else io.stdout.write(text);
  }
  return failingEntries(report, failOn).length > 0 ? 1 : 0;
}

/**
 * `chitieu check`: a plan against data, as a report; exit 1 when a target or task is not met.
 *
 * @example
 * await checkCommand.run(['plan.chitieu', '--data', 'obs.json', '--format', 'md'], io) // 0, 1 or 2
 */
export const checkCommand = defineCommand({
  name: 'check',
  help: HELP,
  options: {
    ...Object.fromEntries(['color', 'no-color', 'progress'].map((k) => [k, { type: 'boolean' as const }])),
    ...Object.fromEntries(['data', 'data-format', 'sheet', 'as-of', 'format', 'fail-on', 'period', 'year', 'units', 'engine', 'out', ...DOCX_FLAGS].map((k) => [k, { type: 'string' as const }])),
  },
  run,
});
