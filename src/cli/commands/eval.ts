import {
  clauseBindingId,
  evaluateTarget,
  formatDataWarning,
  type EvaluateOptions,
  type Lang,
  type ObservationSet,
  type Target,
  type VerdictStatus,
} from '../../index.js';
import { flag, UsageError, type Args } from '../args.js';
import { defineCommand, type CommandContext, type CommandIo } from '../command.js';
import { parseOneStatement } from '../common.js';
import { dataFormatOf, readObservations } from '../data-input.js';
import { inputName } from '../input.js';

const HELP = `chitieu eval "<chỉ tiêu>" [--data obs.json|obs.csv|so-lieu.xlsx|-] [--data-format json|csv|xlsx] [--sheet TÊN] [--metric 2.6]
            [--year 2023] [--period 2023-H1] [--as-of 2023-12-31] [--json] [--lang en]

Đánh giá chỉ tiêu theo số liệu: đạt, vượt, không đạt, chưa có dữ liệu, chưa đến hạn.
Evaluates a target against observed data (JSON; CSV or TSV by the .csv/.tsv extension or
--data-format; an .xlsx workbook, its first sheet or --sheet; --data - reads stdin, JSON unless
--data-format csv, or an .xlsx by its bytes).
Mặc định / defaults: --period = kỳ mới nhất trong số liệu (latest period in the data),
--as-of = ngày cuối kỳ (last day of the period). --json: the Verdict object; errors as JSON too.
Exit: 0 đạt/vượt/chưa đến hạn (met, exceeded, not yet due), 1 không đạt/chưa có dữ liệu
(not met, no data), 2 bad input (statement, data, options).`;

/** Exit status per verdict: a missing figure fails a check (it cannot be shown met); not yet due does not. */
const EXIT: Readonly<Record<VerdictStatus, number>> = { met: 0, exceeded: 0, not_due: 0, not_met: 1, no_data: 1 };

function options(args: Args, lang: Lang): EvaluateOptions {
  const yearText = flag(args, 'year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(`--year cần một năm như 2023 (a year such as 2023), không phải \`${yearText}\``);
  const period = flag(args, 'period');
  const asOf = flag(args, 'as-of');
  const metric = flag(args, 'metric');
  return { lang, ...(year !== undefined && { year }), ...(period && { period }), ...(asOf && { asOf }), ...(metric && { metric }) };
}

async function loadData(args: Args, io: CommandIo, target: Target, metric: string | undefined): Promise<ObservationSet> {
  const file = flag(args, 'data');
  const format = dataFormatOf(file ?? '', flag(args, 'data-format'), ['json', 'csv', 'xlsx']);
  if (file === undefined) return { observations: [], warnings: [] };
  const metrics = target.clauses.map((_, i) => clauseBindingId(metric, i));
  const sheet = flag(args, 'sheet');
  return readObservations(file, format as 'json' | 'csv' | 'xlsx', io, { metrics, ...(sheet !== undefined && { sheet }) });
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  const parsed = parseOneStatement(args, lang, io);
  const opts = options(args, lang);
  const data = await loadData(args, io, parsed.target, opts.metric);
  const file = inputName(flag(args, 'data') ?? '');
  for (const w of data.warnings) io.stderr.write(`${file}: ${lang === 'en' ? 'warning' : 'cảnh báo'} [${w.code}] ${formatDataWarning(w, lang)}\n`);
  const verdict = evaluateTarget(parsed.target, data, opts);
  io.stdout.write(args.flags.has('json') ? `${JSON.stringify(verdict, null, 2)}\n` : `${verdict.explanation}\n`);
  return EXIT[verdict.status];
}

/** `chitieu eval`: a statement and observed data → the verdict, its gap and why. */
export const evalCommand = defineCommand({
  name: 'eval',
  help: HELP,
  options: {
    json: { type: 'boolean' },
    data: { type: 'string' },
    'data-format': { type: 'string' },
    sheet: { type: 'string' },
    metric: { type: 'string' },
    year: { type: 'string' },
    period: { type: 'string' },
    'as-of': { type: 'string' },
  },
  run,
});
