import { DataError } from '../../data/data-error.js';
import type { Lang } from '../../diagnostics/types.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { isIsoDate } from '../../periods/dates.js';
import { parsePeriod } from '../../periods/period.js';
import { evaluatePlan } from '../../report/evaluate-plan.js';
import type { EvaluatePlanOptions } from '../../report/options.js';
import { failingEntries } from '../../report/outcome.js';
import { renderReport, type ReportFormat } from '../../report/render/index.js';
import type { PlanReport } from '../../report/types.js';
import { flag, UsageError, type Args } from '../args.js';
import { begin, loadPlan } from '../common.js';
import type { Command, CommandIo } from '../command.js';
import { checkNdjsonFile, isStreamed, PROGRESS_ROWS, readDataFile } from './check-data.js';
import { progressLine, type Progress } from './check-progress.js';

const HELP = `chitieu check KẾ_HOẠCH.chitieu --data SỐ_LIỆU.json [--as-of 2023-12-31] [--format text|md|json|html]
              [--fail-on no_data[,not_due]] [--period 2023-H1] [--year 2023] [--lang en]

Đánh giá kế hoạch theo số liệu: từng chỉ tiêu (đạt, vượt, không đạt, chưa có dữ liệu, chưa đến
hạn) theo từng mục, nhiệm vụ trọng tâm so với thời hạn, tổng hợp theo đơn vị chủ trì, tổng cộng.
Checks a plan against observed data: each target and key task, a summary per lead unit, totals.

  --data FILE      số liệu / data: JSON {"observations": [...]}, CSV, or NDJSON (.ndjson/.jsonl,
                   one row per line, streamed: for millions of rows)
  --as-of DATE     ngày đánh giá (YYYY-MM-DD); mặc định hôm nay / default today
  --period P       kỳ đánh giá cho mọi chỉ tiêu (2023, 2023-H1, 2023-Q2, 2023-06); mặc định: kỳ
                   mới nhất có số liệu của từng chỉ tiêu / default the latest period with data
  --year N         năm kế hoạch; mặc định dòng "Năm:" của kế hoạch / default the plan's year
  --format F       text (mặc định), md, json, html (một trang HTML in được, có biểu đồ)
  --fail-on LIST   cũng coi là không đạt: no_data, not_due (cách nhau bởi dấu phẩy)
  --color, --no-color  màu ANSI (mặc định: chỉ khi xuất ra terminal và không có NO_COLOR)
  --progress       luôn hiện tiến độ trên stderr (mặc định: chỉ trên terminal, khi > ${PROGRESS_ROWS} dòng)
  --lang en        English labels and messages
Exit: 0 mọi chỉ tiêu, nhiệm vụ đạt / all met; 1 có chỉ tiêu hoặc nhiệm vụ không đạt (hoặc thuộc
--fail-on) / something not met; 2 dữ liệu vào sai / bad input or usage.`;

const FORMATS: readonly ReportFormat[] = ['text', 'md', 'json', 'html'];
const FAIL_ON: readonly VerdictStatus[] = ['no_data', 'not_due', 'not_met'];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The check's options from the flags; a malformed flag is a usage error (exit 2). */
function checkOptions(args: Args, lang: Lang): EvaluatePlanOptions {
  const asOf = flag(args, 'as-of') ?? today();
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

async function buildReport(plan: Parameters<typeof evaluatePlan>[0], dataFile: string, options: EvaluatePlanOptions, progress: Progress, lang: Lang): Promise<PlanReport> {
  if (isStreamed(dataFile)) return checkNdjsonFile(plan, dataFile, options, progress, lang);
  const data = await readDataFile(dataFile, progress, lang);
  const many = data.observations.length > PROGRESS_ROWS;
  return evaluatePlan(plan, data, {
    ...options,
    ...(many && { onProgress: (done, total) => progress.update(lang === 'vi' ? `đang đánh giá ${done}/${total} mục…` : `judging ${done}/${total} entries…`) }),
  });
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const start = begin(argv, io, {
    booleans: ['color', 'no-color', 'progress'],
    values: ['data', 'as-of', 'format', 'fail-on', 'period', 'year'],
  }, HELP);
  if (typeof start === 'number') return start;
  const { args, lang } = start;
  if (args.positionals.length !== 1) throw new UsageError(`cần đúng một tệp kế hoạch (exactly one plan file)\n${HELP}`);
  const dataFile = flag(args, 'data');
  if (dataFile === undefined) throw new UsageError(`cần --data SỐ_LIỆU (a data file is required)\n${HELP}`);
  const [format, failOn, options] = [formatOf(args), failOnOf(args), checkOptions(args, lang)];
  const file = args.positionals[0]!;
  const plan = await loadPlan(file, lang, io);
  if (!plan) return 2;
  const progress = progressLine(io, args.flags.has('progress') || io.stderr.isTTY === true);
  let report: PlanReport;
  try {
    report = await buildReport(plan, dataFile, options, progress, lang);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    progress.done();
    io.stderr.write(`${error.format(lang).split('\n').map((l) => `${dataFile}: ${l}`).join('\n')}\n`);
    return 2;
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
export const checkCommand: Command = { name: 'check', summary: 'đánh giá kế hoạch theo số liệu / check a plan against data', run };
