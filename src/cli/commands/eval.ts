import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Target } from '../../ast/types.js';
import { DataError } from '../../data/data-error.js';
import { formatDataIssue, formatDataWarning } from '../../data/messages.js';
import { parseObservationsCsv } from '../../data/parse-csv.js';
import { parseObservationsJson } from '../../data/parse-observations.js';
import { boundedLines } from '../../diagnostics/bounded-list.js';
import type { ObservationSet } from '../../data/types.js';
import type { Lang } from '../../diagnostics/types.js';
import { evaluateTarget } from '../../evaluate/evaluate.js';
import { clauseBindingId } from '../../evaluate/metric-ids.js';
import type { EvaluateOptions } from '../../evaluate/options.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { flag, UsageError, type Args } from '../args.js';
import { begin, parseOneStatement } from '../common.js';
import type { Command, CommandIo } from '../command.js';

const HELP = `chitieu eval "<chỉ tiêu>" [--data obs.json|obs.csv] [--metric 2.6] [--year 2023]
            [--period 2023-H1] [--as-of 2023-12-31] [--json] [--lang en]

Đánh giá chỉ tiêu theo số liệu: đạt, vượt, không đạt, chưa có dữ liệu, chưa đến hạn.
Evaluates a target against observed data (JSON, or CSV by the .csv extension).
Mặc định / defaults: --period = kỳ mới nhất trong số liệu (latest period in the data),
--as-of = ngày cuối kỳ (last day of the period). --json: the Verdict object.
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

async function loadData(file: string | undefined, io: CommandIo, target: Target, metric: string | undefined): Promise<ObservationSet> {
  const metrics = target.clauses.map((_, i) => clauseBindingId(metric, i));
  if (file === undefined) return { observations: [], warnings: [] };
  const text = await readFile(resolve(io.cwd, file), 'utf8');
  return extname(file).toLowerCase() === '.csv' ? parseObservationsCsv(text, { metrics }) : parseObservationsJson(text, { metrics });
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const start = begin(argv, io, { booleans: ['json'], values: ['data', 'metric', 'year', 'period', 'as-of'] }, HELP);
  if (typeof start === 'number') return start;
  const { args, lang } = start;
  const parsed = parseOneStatement(args, lang, io, HELP);
  if (!parsed) return 2;
  const file = flag(args, 'data');
  const opts = options(args, lang);
  try {
    const data = await loadData(file, io, parsed.target, opts.metric);
    const warnings = boundedLines(data.warnings, (w) => `${lang === 'en' ? 'warning' : 'cảnh báo'} [${w.code}] ${formatDataWarning(w, lang)}`, { noun: 'warnings', lang });
    for (const line of warnings) io.stderr.write(`${file}: ${line}\n`);
    const verdict = evaluateTarget(parsed.target, data, opts);
    io.stdout.write(args.flags.has('json') ? `${JSON.stringify(verdict, null, 2)}\n` : `${verdict.explanation}\n`);
    return EXIT[verdict.status];
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    const where = e.issues[0]?.path[0] === 'options' ? 'chitieu eval' : (file ?? '');
    const issues = boundedLines(e.issues, (i) => `${lang === 'en' ? 'error' : 'lỗi'} [${i.code}] ${formatDataIssue(i, lang)}`, { noun: 'errors', lang, total: e.total });
    for (const line of issues) io.stderr.write(`${where}: ${line}\n`);
    return 2;
  }
}

/** `chitieu eval`: a statement and observed data → the verdict, its gap and why. */
export const evalCommand: Command = { name: 'eval', summary: 'đánh giá chỉ tiêu theo số liệu / evaluate a target against data', run };
