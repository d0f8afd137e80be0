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
import { flag, UsageError, type Args } from '../args.js';
import { defineCommand, type CommandContext, type CommandIo } from '../command.js';
import { loadPlan } from '../common.js';
import { dataFormatOf, type DataFormat } from '../data-input.js';
import { oneStdin } from '../input.js';
import { checkNdjson, PROGRESS_ROWS, readDataFile } from './check-data.js';
import { progressLine, type Progress } from './check-progress.js';
import { checkWithDuckdb, duckdbSource, ENGINES } from './check-engine.js';

const HELP = `chitieu check <KẾ_HOẠCH.chitieu | -> --data <SỐ_LIỆU.json | -> [--as-of 2023-12-31]
              [--format text|md|json|html] [--fail-on no_data[,not_due]] [--period 2023-H1]
              [--year 2023] [--data-format json|csv|ndjson] [--engine js|duckdb] [--lang en]

Đánh giá kế hoạch theo số liệu: từng chỉ tiêu (đạt, vượt, không đạt, chưa có dữ liệu, chưa đến
hạn) theo từng mục, nhiệm vụ trọng tâm so với thời hạn, tổng hợp theo đơn vị chủ trì, tổng cộng.
Checks a plan against observed data: each target and key task, a summary per lead unit, totals.

  --data FILE      số liệu / data: JSON {"observations": [...]}, CSV, or NDJSON (.ndjson/.jsonl,
                   one row per line, streamed: for millions of rows); "-" đọc stdin / reads stdin
  --data-format F  json, csv, ndjson: mặc định theo đuôi tệp, stdin là json / default by the
                   file's extension; stdin is json
  --engine E       js (mặc định) hoặc duckdb: kế hoạch dịch sang SQL, DuckDB tính trên tệp
                   (.parquet, .csv, .ndjson, .json); cần gói @duckdb/node-api / default js; duckdb
                   runs the plan as SQL on the file (needs @duckdb/node-api); the streamed report
  --as-of DATE     ngày đánh giá (YYYY-MM-DD); mặc định hôm nay theo giờ Việt Nam (Asia/Ho_Chi_Minh,
                   UTC+7), không theo múi giờ của máy / default today in Việt Nam, not the machine's zone
  --period P       kỳ đánh giá cho mọi chỉ tiêu (2023, 2023-H1, 2023-Q2, 2023-06); mặc định: kỳ
                   mới nhất có số liệu của từng chỉ tiêu / default the latest period with data
  --year N         năm kế hoạch; mặc định dòng "Năm:" của kế hoạch / default the plan's year
  --format F       text (mặc định), md, json, html (một trang HTML in được, có biểu đồ); với json,
                   lỗi cũng là JSON / with json, errors are JSON too
  --fail-on LIST   cũng coi là không đạt: no_data, not_due (cách nhau bởi dấu phẩy)
  --color, --no-color  màu ANSI (mặc định: chỉ khi xuất ra terminal và không có NO_COLOR)
  --progress       luôn hiện tiến độ trên stderr (mặc định: chỉ trên terminal, khi > ${PROGRESS_ROWS} dòng)
Exit: 0 mọi chỉ tiêu, nhiệm vụ đạt / all met; 1 có chỉ tiêu hoặc nhiệm vụ không đạt (hoặc thuộc
--fail-on) / something not met; 2 dữ liệu vào sai / bad input or usage.`;

const FORMATS: readonly ReportFormat[] = ['text', 'md', 'json', 'html'];
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

function formatOf(args: Args): ReportFormat {
  const format = (flag(args, 'format') ?? 'text') as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: cần một trong ${FORMATS.join(', ')} (expected one of them), không phải \`${format}\``);
  return format;
}

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

async function buildReport(plan: Plan, data: { file: string; format: DataFormat }, options: EvaluatePlanOptions, progress: Progress, io: CommandIo): Promise<PlanReport> {
  const lang = options.lang ?? 'vi';
  if (data.format === 'ndjson') return checkNdjson(plan, data.file, options, progress, io);
  const observations = await readDataFile(data.file, data.format, progress, io, lang);
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
  oneStdin([file, dataFile]);
  const engine = flag(args, 'engine') ?? 'js';
  if (!(ENGINES as readonly string[]).includes(engine)) throw new UsageError(`--engine: cần một trong ${ENGINES.join(', ')} (expected one of them), không phải \`${engine}\``);
  const source = engine === 'duckdb' ? duckdbSource(dataFile, flag(args, 'data-format')) : undefined;
  const data = source ? undefined : { file: dataFile, format: dataFormatOf(dataFile, flag(args, 'data-format'), ['json', 'csv', 'ndjson']) };
  const [format, failOn, options] = [formatOf(args), failOnOf(args), checkOptions(args, lang, io)];
  const plan = await loadPlan(file, lang, io);
  const progress = progressLine(io, args.flags.has('progress') || io.stderr.isTTY === true);
  let report: PlanReport;
  try {
    report = source && 'file' in source ? await checkWithDuckdb(plan, source, options) : await buildReport(plan, data!, options, progress, io);
  } finally {
    progress.done();
  }
  io.stdout.write(renderReport(report, format, { lang, color: format === 'text' && wantsColor(args, io) }));
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
    ...Object.fromEntries(['data', 'data-format', 'as-of', 'format', 'fail-on', 'period', 'year', 'engine'].map((k) => [k, { type: 'string' as const }])),
  },
  run,
});
