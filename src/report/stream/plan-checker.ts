/**
 * The streamed plan check: rows come one at a time (from an NDJSON file, a database cursor,
 * ...) and are never all held. Targets whose clauses can be judged row by row (rates, counts,
 * zero tolerance, changes against the row's own `start`) are judged as each row arrives, with
 * the evaluator's compiled deciders, into a few bytes per (target, period); only the rows of the
 * other targets (baselines in other years, per-unit counts, assessments) and task completions
 * are kept, and judged by the full evaluator at the end. Each (target, period) with rows is one
 * evaluation, with the status `evaluateTarget(target, data, { period })` would give it.
 */
import type { Target } from '../../ast/types.js';
import { DataError, type DataIssue, type DataWarning } from '../../data/data-error.js';
import { unusedMetricWarnings } from '../../data/unused.js';
import type { Observation, ObservationSet } from '../../data/types.js';
import { duplicateRows } from '../../data/duplicates.js';
import { evaluateTarget } from '../../evaluate/evaluate.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { periodEnd } from '../../periods/dates.js';
import { formatPeriod, parsePeriod, type Period } from '../../periods/period.js';
import type { Plan, PlanTarget, PlanTask } from '../../plan/types.js';
import { listEntries } from '../../plan/walk.js';
import { renamedView, targetBinding } from '../bindings.js';
import { emptyCounts, type MutableCounts } from '../counts.js';
import { failure, targetReport, taskReport } from '../entries.js';
import { assembleReport } from '../evaluate-plan.js';
import { checkPlanOptions, type EvaluatePlanOptions } from '../options.js';
import type { PlacedReport } from '../summary.js';
import type { PlanReport } from '../types.js';
import { totalize } from '../summary.js';
import type { FastStatus } from '../../evaluate/fast.js';
import { countDeadline, fastClauses, numberStatus, rowStatus, type FastClause, type RowFacts } from './fast-clause.js';
import { fastRowSlots, scanFastRow } from './fast-row.js';
import { readSlowRow } from './slow-row.js';

/**
 * Options of a streamed check.
 *
 * @example
 * createPlanChecker(plan, { asOf: '2023-12-31', maxIssues: 100 })
 */
export interface CheckRowsOptions extends EvaluatePlanOptions {
  /** Issues kept for the `DataError` (the first ones, in row order); default 1000. */
  readonly maxIssues?: number;
}

/**
 * A check in progress: feed it rows, then `finish()` for the report.
 *
 * @example
 * const c = createPlanChecker(plan); c.add('{"metric": "2.2", "period": "2023", "value": 93}'); c.finish()
 */
export interface PlanChecker {
  /**
   * One row: a decoded JSON object, or a line of NDJSON text (blank lines are skipped, and
   * counted for line numbers).
   */
  add(item: unknown): void;
  /** Rows read so far (blank lines excluded). */
  readonly rows: number;
  /** The report. Throws a `DataError` listing the bad rows if there were any. */
  finish(): PlanReport;
}

const RANK: Readonly<Record<VerdictStatus, number>> = { not_met: 0, no_data: 1, not_due: 2, met: 3, exceeded: 4 };
const BY_RANK: readonly VerdictStatus[] = ['not_met', 'no_data', 'not_due', 'met', 'exceeded'];
/** Bit set in `seen` once any row (even a per-unit one) touched the target in the period. */
const TOUCHED = 0x8000_0000;

type Binding =
  | { readonly kind: 'fast'; readonly t: number; readonly bit: number; readonly clause: FastClause; readonly target: Target }
  | { readonly kind: 'deferred'; readonly d: number };

/** One period seen in the data: per fast target, which clauses have a row and the worst status so far. */
interface Slot {
  readonly period: Period;
  readonly text: string;
  /** Whether this period is judged (the plan year, or the period asked for). */
  readonly judged: boolean;
  readonly asOf: string;
  readonly seen: Uint32Array;
  /** Rank + 1 of the worst clause status so far; 0 for none. */
  readonly worst: Uint8Array;
  /** Count deadlines by statement, computed on first need. */
  readonly deadlines: Map<Target, string>;
}

interface FastTarget {
  readonly plan: PlanTarget;
  readonly clauses: readonly FastClause[];
  readonly full: number;
}

/**
 * Start a streamed check of a plan. Pure library code: the caller reads the file (e.g. with
 * `node:readline`) and feeds lines or rows.
 *
 * @example
 * const checker = createPlanChecker(plan, { asOf: '2023-12-31' })
 * for await (const line of readline.createInterface({ input: createReadStream('obs.ndjson') })) checker.add(line)
 * const report = checker.finish()
 * report.totals.evaluations // { met: ..., exceeded: ..., ... }
 */
export function createPlanChecker(plan: Plan, options: CheckRowsOptions = {}): PlanChecker {
  checkPlanOptions(options);
  return new Checker(plan, options);
}

type FastBinding = Extract<Binding, { kind: 'fast' }>;

/**
 * The check's state. A class, not closures: the per-row path allocates nothing of its own
 * and creates no functions.
 */
class Checker implements PlanChecker {
  private readonly planYear: number | undefined;
  private readonly maxIssues: number;
  private readonly placed: ReturnType<typeof listEntries>;
  private readonly fast: FastTarget[] = [];
  private readonly deferred: { plan: PlanTarget; rows: Observation[] }[] = [];
  private readonly bindings = new Map<string, Binding>();
  private readonly targetIndex = new Map<PlanTarget, { kind: 'fast' | 'deferred'; i: number }>();
  private readonly slots = new Map<string, Slot | null>();
  private readonly completions: Observation[] = [];
  private readonly unused = new Map<string, number[]>();
  private readonly unitKeys = new Set<string>();
  private readonly issues: DataIssue[] = [];
  private readonly warnings: DataWarning[] = [];
  private readonly scratch = fastRowSlots();
  private count = 0;
  private lines = 0;

  constructor(
    private readonly plan: Plan,
    private readonly options: CheckRowsOptions,
  ) {
    this.planYear = options.year ?? plan.header.year;
    this.maxIssues = options.maxIssues ?? 1000;
    this.placed = listEntries(plan);
    for (const { entry } of this.placed) if (entry.kind === 'target') this.bind(entry);
  }

  private bind(entry: PlanTarget): void {
    const clauses = entry.metrics.length === entry.statement.target.clauses.length ? fastClauses(entry.statement.target) : undefined;
    if (clauses && clauses.length <= 26) {
      const t = this.fast.length;
      this.fast.push({ plan: entry, clauses, full: (1 << clauses.length) - 1 });
      const { metrics } = entry;
      for (let c = 0; c < metrics.length; c++) this.bindings.set(metrics[c]!.id, { kind: 'fast', t, bit: 1 << c, clause: clauses[c]!, target: entry.statement.target });
      this.targetIndex.set(entry, { kind: 'fast', i: t });
    } else {
      const d = this.deferred.length;
      this.deferred.push({ plan: entry, rows: [] });
      for (const m of entry.metrics) this.bindings.set(m.id, { kind: 'deferred', d });
      this.targetIndex.set(entry, { kind: 'deferred', i: d });
    }
  }

  get rows(): number {
    return this.count;
  }

  add(item: unknown): void {
    let json = item;
    let line: number | undefined;
    if (typeof item === 'string') {
      line = ++this.lines;
      // Blank lines (only whitespace) are skipped; the check avoids a trim() copy of every line.
      if (item.length === 0 || (item.charCodeAt(0) <= 32 && item.trim() === '')) return;
      try {
        json = JSON.parse(item);
      } catch (e) {
        this.issue({ code: 'invalid_json', path: ['observations', this.count++], expected: 'json', found: e instanceof Error ? e.message : String(e), line });
        return;
      }
    }
    const row = this.count++;
    const f = this.scratch;
    if (scanFastRow(json, f) && f.metric !== undefined) {
      const b = this.bindings.get(f.metric);
      const slot = this.slotFor(f.period!);
      if (slot && b?.kind === 'fast') {
        if (f.unit !== undefined) return this.unitRow(b, slot, f.metric, f.unit, row, line);
        return this.judge(b, slot, numberStatus(b.clause, f.value, f.numerator, f.denominator, f.start), f.metric, row, line);
      }
      if (slot && !b) return this.unusedRow(f.metric, row);
    }
    this.slowRow(json, row, line);
  }

  private slotFor(text: string): Slot | null {
    let slot = this.slots.get(text);
    if (slot === undefined) {
      const period = parsePeriod(text);
      const only = this.options.period;
      slot = period
        ? {
            period,
            text,
            judged: only !== undefined ? text === only : this.planYear === undefined || period.year === this.planYear,
            asOf: this.options.asOf ?? periodEnd(period),
            seen: new Uint32Array(this.fast.length),
            worst: new Uint8Array(this.fast.length),
            deadlines: new Map(),
          }
        : null;
      this.slots.set(text, slot);
    }
    return slot;
  }

  private issue(i: DataIssue): void {
    if (this.issues.length < this.maxIssues) this.issues.push(i);
  }

  private duplicate(metric: string, slot: Slot, unit: string | undefined, row: number, line: number | undefined): void {
    const found = unit === undefined ? `${metric}, ${slot.text}` : `${metric}, ${slot.text}, ${unit}`;
    this.issue({ code: 'duplicate_row', path: ['observations', row], expected: 'unique_row', found, ...(line !== undefined && { line }) });
  }

  /** A per-unit row for a clause about the whole: it marks the period, but gives the whole no figure. */
  private unitRow(b: FastBinding, slot: Slot, metric: string, unit: string, row: number, line: number | undefined): void {
    const key = `${metric}\u0000${slot.text}\u0000${unit}`;
    if (this.unitKeys.has(key)) this.duplicate(metric, slot, unit, row, line);
    else this.unitKeys.add(key);
    slot.seen[b.t] = (slot.seen[b.t]! | TOUCHED) >>> 0;
  }

  /** Record a clause's status for a period: the worst so far wins, after the count-deadline rule. */
  private judge(b: FastBinding, slot: Slot, status: FastStatus, metric: string, row: number, line: number | undefined): void {
    const seen = slot.seen[b.t]!;
    if (seen & b.bit) return this.duplicate(metric, slot, undefined, row, line);
    slot.seen[b.t] = (seen | b.bit | TOUCHED) >>> 0;
    if (!slot.judged) return;
    // A count floor not reached yet is not due before its deadline (as the evaluator's `whenDue`).
    const due = status === 'not_met' && b.clause.floorCount && slot.asOf < this.deadline(b, slot);
    const rank = RANK[due ? 'not_due' : status] + 1;
    const worst = slot.worst[b.t]!;
    if (worst === 0 || rank < worst) slot.worst[b.t] = rank;
  }

  private deadline(b: FastBinding, slot: Slot): string {
    // Keyed by the statement: targets that share one (plans generated from a template) share it.
    let due = slot.deadlines.get(b.target);
    if (due === undefined) slot.deadlines.set(b.target, (due = countDeadline(b.target.schedule, slot.period, this.planYear ?? slot.period.year)));
    return due;
  }

  private unusedRow(id: string, row: number): void {
    const list = this.unused.get(id);
    if (list) list.push(row);
    else this.unused.set(id, [row]);
  }

  private slowRow(json: unknown, row: number, line: number | undefined): void {
    const r = readSlowRow(json, row, line);
    if ('issues' in r) {
      for (const i of r.issues) this.issue(i);
      return;
    }
    this.warnings.push(...r.warnings);
    const o = r.observation;
    if (o.kind === 'completion') {
      this.completions.push(o);
      return;
    }
    const b = this.bindings.get(o.metric ?? '');
    if (!b || o.metric === undefined) return this.unusedRow(o.metric ?? '', row);
    if (b.kind === 'deferred') {
      this.deferred[b.d]!.rows.push(o);
      return;
    }
    const slot = this.slotFor(o.period)!;
    if (o.unit !== undefined) return this.unitRow(b, slot, o.metric, o.unit, row, line);
    const facts: RowFacts =
      o.kind === 'value'
        ? o.start === undefined
          ? { kind: 'value', value: o.value }
          : { kind: 'value', value: o.value, start: o.start }
        : o.kind === 'rate'
          ? { kind: 'rate', numerator: o.numerator, denominator: o.denominator }
          : { kind: 'other' };
    this.judge(b, slot, rowStatus(b.clause, facts), o.metric, row, line);
  }

  finish(): PlanReport {
    const { plan, options, planYear, deferred, placed } = this;
    const only = options.period;
    const taskSet: ObservationSet = { observations: this.completions, warnings: [] };
    const dataIssues = [...this.issues, ...deferred.flatMap((d) => duplicateRows(d.rows, ['observations']))];
    if (dataIssues.length > 0) throw new DataError(dataIssues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number)));
    const common = { ...(planYear !== undefined && { year: planYear }), ...(options.asOf !== undefined && { asOf: options.asOf }), ...(options.lang && { lang: options.lang }) };
    const evaluations = emptyCounts();
    const judged = [...this.slots.values()].filter((s): s is Slot => s !== null && s.judged);
    const fastCounts = countFast(this.fast, judged);
    const reports: PlacedReport[] = placed.map(({ entry, sections }) => {
      if (entry.kind === 'task') return { report: judgeTask(entry, taskSet, { ...common, ...(only !== undefined && { period: only }) }), sections };
      const where = this.targetIndex.get(entry)!;
      const kept = where.kind === 'deferred' ? deferred[where.i]! : undefined;
      const counts = kept ? deferredCounts(kept.plan, kept.rows, judgedPeriods(kept, planYear, only), common) : fastCounts[where.i]!;
      if (!counts) return { report: targetReport(entry, { problem: { code: 'no_clauses' } }), sections };
      if ('problem' in counts) return { report: targetReport(entry, counts), sections };
      for (const s of BY_RANK) evaluations[s] += counts[s];
      return { report: targetReport(entry, { status: overall(counts, planYear, only, options.asOf), evaluations: counts }), sections };
    });
    const unusedWarnings: DataWarning[] = [
      ...[...this.unused].map(([found, list]): DataWarning => ({ code: 'unused_metric', path: ['observations', list[0]!], found, rows: list })),
      // Completions for a task the plan does not have (metric rows were sorted as they came).
      ...(this.completions.length === 0 ? [] : unusedMetricWarnings(taskSet, placed.flatMap(({ entry }) => (entry.kind === 'task' ? [entry.id] : [])))),
    ];
    const totals = { ...totalize(reports.map((r) => r.report)), evaluations };
    return assembleReport(plan, reports, options, { mode: 'stream', warnings: [...this.warnings, ...unusedWarnings], rows: this.count, totals });
  }
}

/** Per fast target, its evaluations by status: one per judged period it has rows in. */
function countFast(fast: readonly FastTarget[], judged: readonly Slot[]): MutableCounts[] {
  const counts = fast.map(() => emptyCounts());
  for (const slot of judged) {
    // A clause without a row in a period that has rows for its target: missing, unless the period has not ended.
    const missing = RANK[slot.asOf < periodEnd(slot.period) ? 'not_due' : 'no_data'] + 1;
    for (let t = 0; t < fast.length; t++) {
      const seen = slot.seen[t]!;
      if (seen === 0) continue;
      let rank = slot.worst[t]!;
      if (((seen & ~TOUCHED) >>> 0) !== fast[t]!.full && (rank === 0 || missing < rank)) rank = missing;
      counts[t]![BY_RANK[rank - 1]!] += 1;
    }
  }
  return counts;
}

/** Years written in a target's baselines (`so với năm 2022`): their rows are baselines, not evaluations. */
function baselineYears(target: Target): Set<number> {
  const years = new Set<number>();
  for (const c of target.clauses) if ((c.kind === 'change' || c.kind === 'compare') && c.baseline.kind === 'year') years.add(c.baseline.year);
  return years;
}

/** The periods a kept target is judged on: those its rows name, in the plan year (or the one asked for). */
function judgedPeriods(d: { plan: PlanTarget; rows: readonly Observation[] }, planYear: number | undefined, only: string | undefined): string[] {
  const skip = baselineYears(d.plan.statement.target);
  const periods = new Set<string>();
  for (const o of d.rows) {
    if (o.kind === 'completion') continue;
    const p = parsePeriod(o.period)!;
    const ok = only !== undefined ? o.period === only : planYear !== undefined ? p.year === planYear : !skip.has(p.year);
    if (ok) periods.add(formatPeriod(p));
  }
  return [...periods].sort();
}

function deferredCounts(
  t: PlanTarget,
  rows: readonly Observation[],
  periods: readonly string[],
  common: { year?: number; asOf?: string; lang?: 'vi' | 'en' },
): MutableCounts | { problem: ReturnType<typeof failure> } | undefined {
  if (t.statement.target.clauses.length === 0) return undefined;
  const counts = emptyCounts();
  try {
    const binding = targetBinding(t);
    const set: ObservationSet = { observations: rows, warnings: [] };
    const data = 'base' in binding ? set : renamedView(set, binding.ids);
    for (const period of periods) {
      const v = evaluateTarget(t.statement.target, data, { ...common, period, ...('base' in binding && { metric: binding.base }) });
      counts[v.status] += 1;
    }
  } catch (error) {
    return { problem: failure(error) };
  }
  return counts;
}

function judgeTask(t: PlanTask, data: ObservationSet, options: { year?: number; asOf?: string; period?: string; lang?: 'vi' | 'en' }) {
  try {
    return taskReport(t, { verdict: evaluateTarget(t.timing.target, data, { ...options, metric: t.id }) });
  } catch (error) {
    return taskReport(t, { problem: failure(error) });
  }
}

/**
 * A target's status over its evaluations: the worst; with none, not due while the period
 * (asked for, or the plan year) runs at `asOf`, else no data.
 */
function overall(c: MutableCounts, planYear: number | undefined, only: string | undefined, asOf: string | undefined): VerdictStatus {
  // BY_RANK runs worst first: the first status with a count is the combined one (see combineStatuses).
  for (const s of BY_RANK) if (c[s] > 0) return s;
  const p = only !== undefined ? parsePeriod(only) : planYear !== undefined ? { year: planYear, unit: 'year' as const, index: 1 } : undefined;
  return p && asOf !== undefined && asOf < periodEnd(p) ? 'not_due' : 'no_data';
}
