/**
 * The streamed plan check: rows come one at a time (from an NDJSON file, a database cursor,
 * ...) and are never all held. Each target is judged on the period `evaluatePlan` judges it on
 * (the period asked for, else the latest period with a row for it in the plan year, latest end
 * then longest), with the status `evaluatePlan` gives it. Targets whose clauses can be judged
 * row by row (rates, counts, zero tolerance, changes against the row's own `start`) are judged
 * as each row arrives, with the evaluator's compiled deciders, into a few bytes per target: a
 * row of a later period starts the target afresh, a row of an earlier one is only checked. Only
 * the rows of the other targets (baselines in other years, per-unit counts, assessments) and
 * task completions are kept, and judged by the full evaluator at the end.
 */
import type { Target } from '../../ast/types.js';
import { DataError, type DataIssue, type DataWarning } from '../../data/data-error.js';
import { unusedMetricWarnings } from '../../data/unused.js';
import { parseJsonExact } from '../../data/exact-json.js';
import { trustedSet } from '../../data/trusted.js';
import type { Observation, ObservationSet } from '../../data/types.js';
import { duplicateRows } from '../../data/duplicates.js';
import { evaluateTarget } from '../../evaluate/evaluate.js';
import type { EvaluateOptions } from '../../evaluate/options.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { periodEnd } from '../../periods/dates.js';
import { firstMonth, MONTHS, parsePeriod, type Period } from '../../periods/period.js';
import type { Plan, PlanTarget, PlanTask } from '../../plan/types.js';
import { listEntries } from '../../plan/walk.js';
import { renamedView, targetBinding } from '../bindings.js';
import { emptyCounts, type MutableCounts } from '../counts.js';
import { failure, targetReport, taskReport, type TargetOutcome } from '../entries.js';
import { assembleReport } from '../evaluate-plan.js';
import { checkPlanOptions, planUnits, type EvaluatePlanOptions } from '../options.js';
import type { PlacedReport } from '../summary.js';
import type { PlanReport } from '../types.js';
import { totalize } from '../summary.js';
import type { FastStatus } from '../../evaluate/fast.js';
import { countDeadline, fastClauses, numberStatus, rowStatus, type FastClause, type RowFacts } from './fast-clause.js';
import { ByteKeys } from './byte-keys.js';
import { fastRowSlots, scanFastRow } from './fast-row.js';
import { byteRowSlots, scanRowBytes } from './row-bytes.js';
import { scanRowText } from './row-text.js';
import { SeenBits } from './seen-bits.js';
import { FigureColumns } from '../../data/figure-columns.js';
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
  /**
   * A piece of NDJSON text, cut anywhere (mid-line, mid-character): UTF-8 bytes or a string.
   * Lines end at `\n` (a `\r` before it is dropped); the part after the last one waits for the
   * next piece, or for `finish()`. The fastest way in: lines are read in place, without a string
   * or an object per line. Bytes and strings may follow each other (a line goes on across
   * them); `add` between pieces ends the line in progress.
   */
  addChunk(chunk: string | Uint8Array): void;
  /** Rows read so far (blank lines excluded). */
  readonly rows: number;
  /** The report. Throws a `DataError` listing the bad rows if there were any. */
  finish(): PlanReport;
}

/**
 * The WHATWG decoder and encoder, globals in browsers, Node, Deno and Bun. Declared here because the
 * library is typed without the DOM's or Node's globals.
 */
declare const TextDecoder: new (label?: string, options?: { ignoreBOM?: boolean }) => TextDecoder;
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/** Statuses from worst to best: a clause's rank is its place here. */
const BY_RANK: readonly VerdictStatus[] = ['not_met', 'no_data', 'not_due', 'met', 'exceeded'];
/** A status's rank in `BY_RANK` (a switch: no keyed lookup on the per-row path). */
function rankOf(s: VerdictStatus): number {
  switch (s) {
    case 'not_met':
      return 0;
    case 'no_data':
      return 1;
    case 'not_due':
      return 2;
    case 'met':
      return 3;
    case 'exceeded':
      return 4;
  }
}

/** One period seen in the data. */
interface Slot {
  readonly period: Period;
  readonly text: string;
  /** Its place in `Checker.periodList`. */
  readonly index: number;
  /** Whether a target may be judged on it: the period asked for, or one of the plan year. */
  readonly judged: boolean;
  /** Larger for a later period: by end, then by length, as the evaluator's `byLatest` orders them. */
  readonly order: number;
  readonly asOf: string;
  /** Per fast target, the clauses with a row in this period: what finds a duplicate row. */
  readonly seen: SeenBits;
  /** Count deadlines by statement, computed on first need. */
  readonly deadlines: Map<Target, string>;
}

/** Bit set in `curSeen` once any row (even a per-unit one) touched the target in its period. */
const TOUCHED = 0x8000_0000;

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

/**
 * The check's state. A class, not closures: the per-row path allocates nothing of its own
 * and creates no functions. State per id and per target lives in typed arrays indexed by
 * number, not in an object or a map entry each: a national plan has hundreds of thousands.
 */
class Checker implements PlanChecker {
  private readonly planYear: number | undefined;
  private readonly maxIssues: number;
  private readonly placed: ReturnType<typeof listEntries>;
  /**
   * Per placed entry i: `i` for a fast target (slots are indexed by it), -1 - d for kept target d
   * (tasks: 0, unused).
   */
  private readonly where: Int32Array;
  /** Per placed entry: the bit mask of all its clauses if it is a fast target, else 0. */
  private readonly full: Uint32Array;
  private readonly deferred: { plan: PlanTarget; rows: Observation[] }[] = [];
  /**
   * Metric ids, by their UTF-8 bytes (and by string through them): value b, a binding to clause
   * `bindClause[b]` of entry `bindTarget[b]` (an entry number ≥ 0, or -1 - d for a kept
   * target), judged with `refClause[bindRef[b]]`.
   */
  private readonly ids: ByteKeys;
  /** Ids that are not well-formed UTF-16 (lone surrogates), which have no bytes to look up by. */
  private readonly oddIds = new Map<string, number>();
  private readonly bindTarget: Int32Array;
  private readonly bindClause: Uint8Array;
  private readonly bindRef: Int32Array;
  /** Each statement's fast clauses once, with the statement (targets of one template share them). */
  private readonly refClause: FastClause[] = [];
  private readonly refTarget: Target[] = [];
  private readonly slots = new Map<string, Slot | null>();
  private readonly periodList: Slot[] = [];
  /**
   * Per placed entry (fast targets only): the index of the period it is judged on so far (-1:
   * none), which clauses have a row in it (with TOUCHED), and rank + 1 of the worst clause
   * status (0: none). A few bytes per target, whatever the number of periods.
   */
  private readonly cur: Int32Array;
  private readonly curSeen: Uint32Array;
  private readonly curWorst: Uint8Array;
  /** Periods seen, by their bytes: value i, the slot `periodSlots[i]` (null: not a period). */
  private readonly periods = new ByteKeys();
  private readonly periodSlots: (Slot | null)[] = [];
  private readonly completions: Observation[] = [];
  private readonly unused = new Map<string, number[]>();
  private readonly unitKeys = new Set<string>();
  private readonly issues: DataIssue[] = [];
  /** Every issue found, kept or not: the DataError's true total. */
  private issueCount = 0;
  private readonly warnings: DataWarning[] = [];
  /** The text figures of the stream, column by column, as `parseObservations` reads them. */
  private readonly figureColumns = new FigureColumns();
  private readonly scratch = fastRowSlots();
  private readonly byteScratch = byteRowSlots();
  private count = 0;
  private lines = 0;
  /** Text of `addChunk` after its last line end. */
  private carry = '';
  /** Bytes of `addChunk` after its last line end: `pending[0, carryBytes)`. */
  private pending = new Uint8Array(1024);
  private carryBytes = 0;
  private decoder: TextDecoder | undefined;

  constructor(
    private readonly plan: Plan,
    private readonly options: CheckRowsOptions,
  ) {
    this.planYear = options.year ?? plan.header.year;
    this.maxIssues = options.maxIssues ?? 1000;
    this.placed = listEntries(plan);
    const { placed } = this;
    let ids = 0;
    for (const { entry } of placed) if (entry.kind === 'target') ids += entry.metrics.length;
    this.ids = new ByteKeys(ids);
    this.bindTarget = new Int32Array(ids);
    this.bindClause = new Uint8Array(ids);
    this.bindRef = new Int32Array(ids);
    this.where = new Int32Array(placed.length);
    this.full = new Uint32Array(placed.length);
    this.cur = new Int32Array(placed.length).fill(-1);
    this.curSeen = new Uint32Array(placed.length);
    this.curWorst = new Uint8Array(placed.length);
    // A statement's first clause ref: one lookup per target instead of one per clause.
    const firstRef = new Map<Target, number>();
    let b = 0;
    for (let i = 0; i < placed.length; i++) {
      const entry = placed[i]!.entry;
      if (entry.kind !== 'target') continue;
      const target = entry.statement.target;
      const { metrics } = entry;
      let ref = metrics.length === target.clauses.length ? firstRef.get(target) : undefined;
      if (ref === undefined && metrics.length === target.clauses.length) {
        const clauses = fastClauses(target);
        ref = clauses && clauses.length <= 26 ? this.refClause.length : -1;
        for (const clause of ref >= 0 ? clauses! : []) {
          this.refClause.push(clause);
          this.refTarget.push(target);
        }
        firstRef.set(target, ref);
      }
      let t: number;
      if (ref !== undefined && ref >= 0) {
        t = i;
        this.full[i] = (1 << metrics.length) - 1;
      } else {
        t = -1 - this.deferred.length;
        this.deferred.push({ plan: entry, rows: [] });
      }
      this.where[i] = t;
      for (let c = 0; c < metrics.length; c++, b++) {
        this.bindTarget[b] = t;
        this.bindClause[b] = t >= 0 ? c : 0;
        this.bindRef[b] = t >= 0 ? ref! + c : -1;
        // An id bound twice: the last binding wins, as it did in a Map.
        const id = metrics[c]!.id;
        if (!this.ids.setString(id, b)) this.oddIds.set(id, b);
      }
    }
  }

  /** The binding of a metric id given as a string, or -1. */
  private bindingOf(id: string): number {
    const b = this.ids.getString(id);
    return b >= 0 ? b : (this.oddIds.get(id) ?? -1);
  }

  get rows(): number {
    return this.count;
  }

  add(item: unknown): void {
    if (this.carry !== '' || this.carryBytes > 0) this.endText();
    if (typeof item === 'string') return this.line(item, 0, item.length);
    if (scanFastRow(item, this.scratch) && this.fastRow(undefined)) return;
    this.slowRow(item, this.count++, undefined);
  }

  addChunk(chunk: string | Uint8Array): void {
    if (typeof chunk === 'string') this.addText(chunk);
    else this.addBytes(chunk);
  }

  private addText(text: string): void {
    // A line begun in bytes goes on in text.
    if (this.carryBytes > 0) {
      this.carry = this.decode(this.pending, 0, this.carryBytes);
      this.carryBytes = 0;
    }
    let pos = 0;
    if (this.carry !== '') {
      // The line begun in an earlier piece: joined into a string of its own, so the piece
      // itself stays a flat string scanned in place.
      const nl = text.indexOf('\n');
      if (nl < 0) {
        this.carry += text;
        return;
      }
      const line = this.carry + text.slice(0, nl);
      this.carry = '';
      this.line(line, 0, withoutCr(line, 0, line.length));
      pos = nl + 1;
    }
    for (let nl = text.indexOf('\n', pos); nl >= 0; nl = text.indexOf('\n', pos)) {
      this.line(text, pos, withoutCr(text, pos, nl));
      pos = nl + 1;
    }
    if (pos < text.length) this.carry = text.slice(pos);
  }

  private addBytes(bytes: Uint8Array): void {
    // A line begun in text goes on in bytes.
    if (this.carry !== '') {
      const begun = new TextEncoder().encode(this.carry);
      this.carry = '';
      this.keep(begun, 0, begun.length);
    }
    const n = bytes.length;
    const f = this.byteScratch;
    let pos = 0;
    if (this.carryBytes > 0) {
      // The line begun in an earlier piece: its bytes so far are in `pending`; a `\n` byte is
      // never part of another character, so the line's bytes are whole once it is found.
      let nl = 0;
      while (nl < n && bytes[nl] !== 10) nl++;
      this.keep(bytes, 0, nl);
      if (nl === n) return;
      const len = this.carryBytes;
      this.carryBytes = 0;
      this.byteLine(this.pending, 0, len);
      pos = nl + 1;
    }
    while (pos < n) {
      // The common case: the scanner finds the line's end as it reads the row. A line that may
      // be blank (it starts with whitespace) is left to the text path.
      const end = bytes[pos]! > 32 ? scanRowBytes(bytes, pos, n, f) : -1;
      if (end >= 0 && end < n) {
        if (!this.judgeBytes(bytes)) this.textLine(bytes, pos, end);
        pos = end + 1;
        continue;
      }
      let nl = pos;
      while (nl < n && bytes[nl] !== 10) nl++;
      if (nl === n) break;
      this.textLine(bytes, pos, nl);
      pos = nl + 1;
    }
    if (pos < n) this.keep(bytes, pos, n);
  }

  /** Append `bytes[start, end)` to the line in progress. */
  private keep(bytes: Uint8Array, start: number, end: number): void {
    const need = this.carryBytes + end - start;
    if (need > this.pending.length) {
      const grown = new Uint8Array(Math.max(need, this.pending.length * 2));
      grown.set(this.pending.subarray(0, this.carryBytes));
      this.pending = grown;
    }
    this.pending.set(bytes.subarray(start, end), this.carryBytes);
    this.carryBytes = need;
  }

  /** Ends text fed by `addChunk`: a last line without `\n`. */
  private endText(): void {
    if (this.carryBytes > 0) {
      const len = this.carryBytes;
      this.carryBytes = 0;
      this.byteLine(this.pending, 0, len);
    }
    const line = this.carry;
    this.carry = '';
    if (line !== '') this.line(line, 0, withoutCr(line, 0, line.length));
  }

  /** The whole NDJSON line `bytes[start, end)` (UTF-8, without its `\n`). */
  private byteLine(bytes: Uint8Array, start: number, end: number): void {
    if (start < end && bytes[start]! > 32 && scanRowBytes(bytes, start, end, this.byteScratch) === end && this.judgeBytes(bytes)) return;
    this.textLine(bytes, start, end);
  }

  /**
   * The row `scanRowBytes` just read from `bytes`: judged here, by its bytes, when it is a fast
   * target's whole figure for a known period; false otherwise, for the text path to read.
   */
  private judgeBytes(bytes: Uint8Array): boolean {
    const f = this.byteScratch;
    if (f.unitStart >= 0) return false;
    const b = this.ids.get(bytes, f.metricStart, f.metricEnd, f.metricHash);
    if (b < 0) return false;
    const t = this.bindTarget[b]!;
    if (t < 0) return false;
    let p = this.periods.get(bytes, f.periodStart, f.periodEnd, f.periodHash);
    if (p < 0) {
      p = this.periodSlots.length;
      this.periodSlots.push(this.slotFor(this.decode(bytes, f.periodStart, f.periodEnd)));
      this.periods.setBytes(bytes, f.periodStart, f.periodEnd, p);
    }
    const slot = this.periodSlots[p]!;
    if (slot === null) return false;
    const ref = this.bindRef[b]!;
    this.judge(ref, t, this.bindClause[b]!, slot, numberStatus(this.refClause[ref]!, f.value, f.numerator, f.denominator, f.start, f.valueDigits, f.valueScale), this.count++, ++this.lines);
    return true;
  }

  /** A line of bytes read as text: decoded, and then as `add` reads a line. */
  private textLine(bytes: Uint8Array, start: number, end: number): void {
    if (end > start && bytes[end - 1] === 13) end--; // CRLF, as readline splits it
    // A byte-order mark opens a file, not a row (as TextDecoder drops it).
    if (this.lines === 0 && end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
    const text = this.decode(bytes, start, end);
    this.line(text, 0, text.length);
  }

  /** Bytes of a line to text (U+FFFD for bad UTF-8, as a streaming decoder gives them). */
  private decode(bytes: Uint8Array, start: number, end: number): string {
    return (this.decoder ??= new TextDecoder('utf-8', { ignoreBOM: true })).decode(bytes.subarray(start, end));
  }

  /** The NDJSON line `text[start, end)`: read in place if it has a common shape, else decoded. */
  private line(text: string, start: number, end: number): void {
    const line = ++this.lines;
    if (end === start) return;
    // Blank lines (only whitespace) are skipped; the check avoids a trim() copy of every line.
    if (text.charCodeAt(start) <= 32 && text.slice(start, end).trim() === '') return;
    if (scanRowText(text, start, end, this.scratch) && this.fastRow(line)) return;
    let json: unknown;
    try {
      json = parseJsonExact(text.slice(start, end)); // numbers as written, as parseObservationsJson reads them
    } catch (e) {
      this.issue({ code: 'invalid_json', path: ['observations', this.count++], expected: 'json', found: e instanceof Error ? e.message : String(e), line });
      return;
    }
    if (scanFastRow(json, this.scratch) && this.fastRow(line)) return;
    this.slowRow(json, this.count++, line);
  }

  /**
   * The row in `scratch`, read in a common shape: judged here if its id is a fast target's (or
   * no target's) and its period is one; otherwise false, and the row is the full validation's.
   */
  private fastRow(line: number | undefined): boolean {
    const f = this.scratch;
    if (f.metric === undefined) return false;
    const slot = this.slotFor(f.period!);
    if (!slot) return false;
    const b = this.bindingOf(f.metric);
    const t = b < 0 ? 0 : this.bindTarget[b]!;
    if (t < 0) return false;
    const row = this.count++;
    if (b < 0) this.unusedRow(f.metric, row);
    else if (f.unit !== undefined) this.unitRow(t, slot, f.metric, f.unit, row, line);
    else {
      const ref = this.bindRef[b]!;
      this.judge(ref, t, this.bindClause[b]!, slot, numberStatus(this.refClause[ref]!, f.value, f.numerator, f.denominator, f.start, f.valueDigits, f.valueScale), row, line);
    }
    return true;
  }

  private slotFor(text: string): Slot | null {
    let slot = this.slots.get(text);
    if (slot === undefined) {
      const period = parsePeriod(text);
      const only = this.options.period;
      const months = period ? MONTHS[period.unit] : 0;
      slot = period
        ? {
            period,
            text,
            index: this.periodList.length,
            judged: only !== undefined ? text === only : this.planYear === undefined || period.year === this.planYear,
            order: (period.year * 12 + firstMonth(period) + months) * 16 + months,
            asOf: this.options.asOf ?? periodEnd(period),
            seen: new SeenBits(this.full.length),
            deadlines: new Map(),
          }
        : null;
      if (slot) this.periodList.push(slot);
      this.slots.set(text, slot);
    }
    return slot;
  }

  private issue(i: DataIssue): void {
    this.issueCount++;
    if (this.issues.length < this.maxIssues) this.issues.push(i);
  }

  private duplicate(metric: string, slot: Slot, unit: string | undefined, row: number, line: number | undefined): void {
    const found = unit === undefined ? `${metric}, ${slot.text}` : `${metric}, ${slot.text}, ${unit}`;
    this.issue({ code: 'duplicate_row', path: ['observations', row], expected: 'unique_row', found, ...(line !== undefined && { line }) });
  }

  /** A per-unit row for a clause about the whole: it marks the period, but gives the whole no figure. */
  private unitRow(t: number, slot: Slot, metric: string, unit: string, row: number, line: number | undefined): void {
    const key = `${metric}\u0000${slot.text}\u0000${unit}`;
    if (this.unitKeys.has(key)) this.duplicate(metric, slot, unit, row, line);
    else this.unitKeys.add(key);
    // A period with only per-unit rows is still the target's latest period, as in the evaluator.
    if (slot.judged) this.enter(t, slot);
  }

  /**
   * Whether fast target `t` is judged on `slot`'s period: yes if it already is; yes, afresh, if
   * the period is later than the one it had (the evaluator takes the latest with a row); no if
   * it is earlier.
   */
  private enter(t: number, slot: Slot): boolean {
    const cur = this.cur[t]!;
    if (cur === slot.index) return true;
    if (cur >= 0 && this.periodList[cur]!.order > slot.order) return false;
    this.cur[t] = slot.index;
    this.curSeen[t] = TOUCHED;
    this.curWorst[t] = 0;
    return true;
  }

  /**
   * Record the status of clause `c` of fast target `t` (clause ref `ref`) for a period: every
   * row is checked for a duplicate; one of the target's judged period counts, the worst clause
   * winning, after the count-deadline rule.
   */
  private judge(ref: number, t: number, c: number, slot: Slot, status: FastStatus, row: number, line: number | undefined): void {
    const seen = slot.seen.get(t);
    const bit = 1 << c;
    if (seen & bit) return this.duplicate((this.placed[t]!.entry as PlanTarget).metrics[c]!.id, slot, undefined, row, line);
    slot.seen.set(t, (seen | bit) >>> 0);
    if (!slot.judged || !this.enter(t, slot)) return;
    this.curSeen[t] = (this.curSeen[t]! | bit) >>> 0;
    // A count floor not reached yet is not due before its deadline (as the evaluator's `whenDue`).
    const due = status === 'not_met' && this.refClause[ref]!.floorCount && slot.asOf < this.deadline(ref, slot);
    const rank = rankOf(due ? 'not_due' : status) + 1;
    const worst = this.curWorst[t]!;
    if (worst === 0 || rank < worst) this.curWorst[t] = rank;
  }

  private deadline(ref: number, slot: Slot): string {
    // Keyed by the statement: targets that share one (plans generated from a template) share it.
    const target = this.refTarget[ref]!;
    let due = slot.deadlines.get(target);
    if (due === undefined) slot.deadlines.set(target, (due = countDeadline(target.schedule, slot.period, this.planYear ?? slot.period.year)));
    return due;
  }

  private unusedRow(id: string, row: number): void {
    const list = this.unused.get(id);
    if (list) list.push(row);
    else this.unused.set(id, [row]);
  }

  private slowRow(json: unknown, row: number, line: number | undefined): void {
    const r = readSlowRow(json, row, line, this.figureColumns);
    if ('issues' in r) {
      for (const i of r.issues) this.issue(i);
      return;
    }
    for (const w of r.warnings) this.warnings.push(w);
    const o = r.observation;
    if (o.kind === 'completion') {
      this.completions.push(o);
      return;
    }
    const b = o.metric === undefined ? -1 : this.bindingOf(o.metric);
    if (b < 0 || o.metric === undefined) return this.unusedRow(o.metric ?? '', row);
    const t = this.bindTarget[b]!;
    if (t < 0) {
      this.deferred[-1 - t]!.rows.push(o);
      return;
    }
    const slot = this.slotFor(o.period)!;
    if (o.unit !== undefined) return this.unitRow(t, slot, o.metric, o.unit, row, line);
    const facts: RowFacts =
      o.kind === 'value'
        ? o.start === undefined
          ? { kind: 'value', value: o.value }
          : { kind: 'value', value: o.value, start: o.start }
        : o.kind === 'rate'
          ? { kind: 'rate', numerator: o.numerator, denominator: o.denominator }
          : { kind: 'other' };
    const ref = this.bindRef[b]!;
    this.judge(ref, t, this.bindClause[b]!, slot, rowStatus(this.refClause[ref]!, facts), row, line);
  }

  /**
   * Fast target `t`'s status on the period it was judged on, or undefined when it had no row in
   * a judged period. A clause without a row there is missing: not due while the period runs, else
   * no data (as the evaluator says).
   */
  private fastOutcome(t: number): { status: VerdictStatus; period: string } | undefined {
    const cur = this.cur[t]!;
    if (cur < 0) return undefined;
    const slot = this.periodList[cur]!;
    let rank = this.curWorst[t]!;
    if (((this.curSeen[t]! & ~TOUCHED) >>> 0) !== this.full[t]!) {
      const missing = rankOf(slot.asOf < periodEnd(slot.period) ? 'not_due' : 'no_data') + 1;
      if (rank === 0 || missing < rank) rank = missing;
    }
    return { status: BY_RANK[rank - 1]!, period: slot.text };
  }

  finish(): PlanReport {
    this.endText();
    const { plan, options, planYear, deferred, placed } = this;
    const only = options.period;
    const taskSet: ObservationSet = trustedSet({ observations: this.completions, warnings: [] });
    const late = [...this.figureColumns.finish(), ...deferred.flatMap((d) => duplicateRows(d.rows, ['observations']))];
    const dataIssues = [...this.issues, ...late];
    const total = this.issueCount + late.length;
    if (dataIssues.length > 0) throw new DataError(dataIssues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number)), total);
    const units = planUnits(plan, options);
    const common = {
      ...(planYear !== undefined && { year: planYear }),
      ...(options.asOf !== undefined && { asOf: options.asOf }),
      ...(options.lang && { lang: options.lang }),
      ...(units !== undefined && { units }),
    };
    const evaluations = emptyCounts();
    const none = overall(emptyCounts(), planYear, only, options.asOf);
    const reports: PlacedReport[] = new Array(placed.length);
    for (let i = 0; i < placed.length; i++) {
      const { entry, sections } = placed[i]!;
      if (entry.kind === 'task') {
        reports[i] = { report: judgeTask(entry, taskSet, { ...common, ...(only !== undefined && { period: only }) }), sections };
        continue;
      }
      const t = this.where[i]!;
      if (t >= 0) {
        // A fast target: its one evaluation, on the period it was judged on, if it had rows.
        const judged = this.fastOutcome(t);
        const counts = emptyCounts();
        if (judged) {
          counts[judged.status] = 1;
          evaluations[judged.status] += 1;
        }
        const outcome = judged ? { status: judged.status, evaluations: counts, period: judged.period } : { status: none, evaluations: counts };
        reports[i] = { report: targetReport(entry, outcome, options.lang), sections };
        continue;
      }
      const kept = deferred[-1 - t]!;
      const outcome = deferredOutcome(kept.plan, kept.rows, { ...common, ...(only !== undefined && { period: only }) });
      if (!outcome) reports[i] = { report: targetReport(entry, { problem: { code: 'no_clauses' } }, options.lang), sections };
      else {
        if ('evaluations' in outcome) for (const s of BY_RANK) evaluations[s] += outcome.evaluations[s];
        reports[i] = { report: targetReport(entry, outcome, options.lang), sections };
      }
    }
    const unusedWarnings: DataWarning[] = [
      ...[...this.unused].map(([found, list]): DataWarning => ({ code: 'unused_metric', path: ['observations', list[0]!], found, rows: list })),
      // Completions for a task the plan does not have (metric rows were sorted as they came).
      ...(this.completions.length === 0 ? [] : unusedMetricWarnings(taskSet, placed.flatMap(({ entry }) => (entry.kind === 'task' ? [entry.id] : [])))),
    ];
    const totals = { ...totalize(reports.map((r) => r.report)), evaluations };
    return assembleReport(plan, reports, options, { mode: 'stream', warnings: [...this.warnings, ...unusedWarnings], rows: this.count, totals });
  }
}

/** Where a line read from text ends without its `\r` (CRLF line ends, as node:readline splits them). */
function withoutCr(text: string, start: number, end: number): number {
  return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/**
 * A kept target, judged by the evaluator as `evaluatePlan` judges it: on the period asked for,
 * else on its latest period with rows. One evaluation when it has a row in that period.
 */
function deferredOutcome(
  t: PlanTarget,
  rows: readonly Observation[],
  options: EvaluateOptions,
): TargetOutcome | undefined {
  if (t.statement.target.clauses.length === 0) return undefined;
  try {
    const binding = targetBinding(t);
    const set: ObservationSet = trustedSet({ observations: rows, warnings: [] });
    const data = 'base' in binding ? set : renamedView(set, binding.ids);
    const v = evaluateTarget(t.statement.target, data, { ...options, ...('base' in binding && { metric: binding.base }) });
    const counts = emptyCounts();
    const judged = v.period !== undefined && rows.some((o) => o.kind !== 'completion' && o.period === v.period);
    if (!judged) return { status: v.status, evaluations: counts };
    counts[v.status] = 1;
    return { status: v.status, evaluations: counts, period: v.period! };
  } catch (error) {
    return { problem: failure(error) };
  }
}

function judgeTask(t: PlanTask, data: ObservationSet, options: EvaluateOptions) {
  try {
    return taskReport(t, { verdict: evaluateTarget(t.timing.target, data, { ...options, metric: t.id }) }, options.lang);
  } catch (error) {
    return taskReport(t, { problem: failure(error) }, options.lang);
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
