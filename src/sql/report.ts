/**
 * The engine's answer → the report. Targets SQL decided take their counts from it; every other
 * entry (and task) is judged by the streamed check (`createPlanChecker`) on the rows the query
 * handed back, which holds all the rows of those entries: the same code, the same rules, so the
 * report is the one `checkPlanRows` gives on the whole data.
 */
import type { DataWarning } from '../data/data-error.js';
import type { VerdictStatus } from '../evaluate/verdict.js';
import { emptyCounts } from '../report/counts.js';
import { byLatest, parsePeriod } from '../periods/period.js';
import { targetReport } from '../report/entries.js';
import { assembleReport } from '../report/evaluate-plan.js';
import { createPlanChecker } from '../report/stream/plan-checker.js';
import { totalize, type PlacedReport } from '../report/summary.js';
import type { PlanReport } from '../report/types.js';
import { listEntries } from '../plan/walk.js';
import type { CompiledPlan } from './compile-plan.js';
import { RANKS } from './query.js';
import { FIELDS } from './source.js';

/**
 * One row of the engine's answer, as a driver returns it (numbers may come as numbers,
 * bigints or text; fields absent or null alike).
 *
 * @example
 * ({ kind: 'e', entry: 4, n0: 0, n1: 0, n2: 0, n3: 12, n4: 0 })
 * ({ kind: 'k', raw_metric: '"3.1"', raw_period: '"2023"', raw_assessment: '"met"' })
 */
export type SqlAnswerRow = Readonly<Record<string, unknown>>;

function int(v: unknown): number {
  if (v === null || v === undefined) return 0;
  const n = typeof v === 'bigint' ? Number(v) : Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer in the engine's answer: ${String(v)}`);
  return n;
}

/** A handed-back row as the data layer reads it: JSON values parsed back, text as strings. */
function rowOf(r: SqlAnswerRow, json: boolean): unknown {
  if (json && typeof r['raw_row'] === 'string') return JSON.parse(r['raw_row']);
  const row: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const raw = r[`raw_${f}`];
    if (raw === null || raw === undefined) continue;
    row[f] = json ? JSON.parse(String(raw)) : String(raw);
  }
  return row;
}

/**
 * The report from the engine's answer to `compiled.query`: the streamed check's report
 * (`mode: 'stream'`), the same as `checkPlanRows(plan, rows)` on the whole data. Throws the
 * `DataError` the data layer gives the bad rows, if any were handed back.
 *
 * @example
 * const rows = await connection.query(compiled.query)
 * reportFromAnswer(compiled, rows, { json: false }).totals.evaluations
 */
export function reportFromAnswer(compiled: CompiledPlan, answer: Iterable<SqlAnswerRow>, format: { readonly json: boolean }): PlanReport {
  const { plan, options } = compiled;
  const checker = createPlanChecker(plan, options);
  const decided = new Map<number, { period: string; status: VerdictStatus }[]>();
  const unused: DataWarning[] = [];
  let total = 0;
  for (const r of answer) {
    switch (r['kind']) {
      case 'e': {
        const entry = int(r['entry']);
        const periods = decided.get(entry) ?? [];
        periods.push({ period: String(r['raw_period']), status: RANKS[int(r['n0'])]! });
        decided.set(entry, periods);
        break;
      }
      case 'k':
        checker.add(rowOf(r, format.json));
        break;
      case 'u':
        unused.push({ code: 'unused_metric', path: ['observations'], found: String(r['raw_metric']), rows: [] });
        break;
      case 't':
        total = int(r['n0']);
        break;
    }
  }
  const handed = checker.finish();
  const placed = listEntries(plan);
  const entries = handed.groups.flatMap((g) => g.entries);
  const reports: PlacedReport[] = placed.map(({ entry, sections }, i) => {
    const judged = entry.kind === 'target' ? judgedPeriod(decided.get(i) ?? [], options.period, options.year ?? plan.header.year) : undefined;
    if (!judged || entry.kind !== 'target') return { report: entries[i]!, sections };
    const evaluations = emptyCounts();
    evaluations[judged.status] = 1;
    return { report: targetReport(entry, { status: judged.status, evaluations, period: judged.period }, options.lang), sections };
  });
  const evaluations = emptyCounts();
  for (const { report } of reports) if (report.kind === 'target' && report.evaluations) for (const s of RANKS) evaluations[s] += report.evaluations[s];
  const totals = { ...totalize(reports.map((r) => r.report)), evaluations };
  const warnings = [...handed.warnings, ...unused];
  return assembleReport(plan, reports, options, { mode: 'stream', warnings, rows: total, totals });
}

/**
 * The period a target is judged on, as the streamed check and `evaluatePlan` choose it: the one
 * asked for, else its latest period with rows in the plan year (latest end, then longest).
 * Undefined when none is: the target is then the streamed check's, which saw no row for it.
 */
function judgedPeriod(periods: readonly { period: string; status: VerdictStatus }[], only: string | undefined, year: number | undefined): { period: string; status: VerdictStatus } | undefined {
  const candidates = periods
    .map((p) => ({ ...p, parsed: parsePeriod(p.period) }))
    .filter((p) => p.parsed !== undefined && (only !== undefined ? p.period === only : year === undefined || p.parsed.year === year));
  candidates.sort((a, b) => byLatest(a.parsed!, b.parsed!));
  const first = candidates[0];
  return first && { period: first.period, status: first.status };
}
