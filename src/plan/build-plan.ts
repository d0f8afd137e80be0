/**
 * The third pass: turn the grouped document into the {@link Plan}: read header values, parse
 * every statement and timing, bind metric ids, split unit lists, and check ids are unique.
 * Collects every diagnostic; the caller decides whether to throw.
 */
import type { Span } from '../ast/types.js';
import type { Lang } from '../diagnostics/index.js';
import { planDiagnostic, type PlanDiagnostic } from './diagnostics.js';
import { readDate, readDocumentNumber, readYear } from './header-values.js';
import { ENTRY_FIELD_NAMES, foldKeyword, type EntryField, type HeaderField } from './keywords.js';
import type { Conventions } from '../reading/context.js';
import { bindMetrics, defaultTaskId, isValidId, splitIds } from './metric-ids.js';
import { joinPieces, parseStatement, type StatementParser } from './statement.js';
import type { RawEntry, RawField, RawNode, RawPlan } from './structure.js';
import type { MetricBinding, Plan, PlanHeader, PlanNode, PlanReference, PlanStatement, PlanTarget, PlanTask } from './types.js';

/** Timings a task may give (Thời gian thực hiện), for the message when one names no time. */
const TIMING_FORMS = ['Quý I', 'Tháng 1 và tháng 6', 'Cả năm', 'Quý I và cả năm 2023', 'trước ngày 15/03/2023', 'Định kỳ (6 tháng, 1 năm)'];

/** A plan node under construction (the result is handed out as readonly data). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The fields targets and tasks share. */
interface Common {
  stt: string;
  description: string;
  lead: string[];
  coordinators: string[];
  note?: string;
  span: Span;
}

/** What `Quy ước:` may say, as a message shows it. */
const CONVENTION_EXAMPLES = ['mốc không ghi là cùng kỳ', 'mốc không ghi là đầu kỳ', 'tỷ lệ tăng giảm theo điểm phần trăm', 'tỷ lệ tăng giảm tương đối'];

/**
 * Read `Quy ước:`: `;`-separated phrases, each naming one convention by its folded words
 * (`cùng kỳ` / `đầu kỳ` for an unwritten baseline; `điểm phần trăm` / `tương đối` for a change
 * of a rate). Undefined (an error) when a phrase names none, or names both sides.
 */
function readConventions(text: string): Conventions | undefined {
  const out: { -readonly [K in keyof Conventions]: Conventions[K] } = {};
  for (const phrase of text.split(';').map(foldKeyword).filter(Boolean)) {
    const baseline = phrase.includes('cung ky') ? 'same_period' : phrase.includes('dau ky') ? 'period_start' : undefined;
    const rate = phrase.includes('diem phan tram') ? 'points' : phrase.includes('tuong doi') ? 'relative' : undefined;
    if ((baseline === undefined) === (rate === undefined)) return undefined;
    if (baseline) out.unwrittenBaseline = baseline;
    if (rate) out.rateChange = rate;
  }
  return out;
}

/** Ids seen so far, per namespace, with the line of their first use. */
type Seen = Map<string, number>;

/** The ids an entry's `Mã:` field gives (none without the field), and the field. */
interface ExplicitIds {
  readonly ids: string[];
  readonly field?: RawField;
}

class PlanBuilder {
  readonly diagnostics: PlanDiagnostic[] = [];
  private readonly metrics: Seen = new Map();
  private readonly tasks: Seen = new Map();

  /**
   * The statement parser, remembering each distinct text: plans repeat statements
   * (`Không để tồn tại`, `Quý I`, one figure for every commune), and a Target is immutable data
   * whose spans are relative to its own text, so equal texts can share one parse.
   */
  private readonly parse: StatementParser;

  constructor(
    parse: StatementParser,
    private readonly lang: Lang,
  ) {
    const seen = new Map<string, ReturnType<StatementParser>>();
    this.parse = (text) => {
      let result = seen.get(text);
      if (!result) seen.set(text, (result = parse(text, this.conventions)));
      return result;
    };
  }

  /** The conventions statements are read by: the header's `Quy ước`, over the caller's. */
  conventions: { readonly conventions?: Conventions } = {};

  report(severity: 'error' | 'warning', d: Omit<PlanDiagnostic, 'message' | 'severity'>): void {
    this.diagnostics.push(planDiagnostic(this.lang, { severity, ...d }));
  }

  header(raw: RawPlan): PlanHeader {
    const one = (f: HeaderField): ReturnType<typeof joinPieces> | undefined => {
      const field = raw.header.get(f)?.[0];
      return field ? joinPieces(field.pieces) : undefined;
    };
    const number = one('number');
    const title = one('title');
    const issuer = one('issuer');
    const date = this.value(one('date'), readDate, ['dd/mm/yyyy', 'ngày 05 tháng 4 năm 2023']);
    const year = this.value(one('year'), readYear, ['2023']);
    const implementsList: PlanReference[] = (raw.header.get('implements') ?? []).map((f) => {
      const j = joinPieces(f.pieces);
      return { number: readDocumentNumber(j.text) ?? j.text, text: j.text, span: j.span };
    });
    const conventions = this.value(one('conventions'), readConventions, CONVENTION_EXAMPLES);
    const units = this.unitLists(raw.header.get('units') ?? []);
    const planYear = year ?? (date ? Number(date.slice(0, 4)) : undefined);
    if (planYear === undefined) {
      this.report('warning', { code: 'missing_year', range: raw.headerSpan, found: '', expected: ['Năm: 2023'] });
    }
    return {
      ...(number?.text ? { number: readDocumentNumber(number.text) ?? number.text } : {}),
      ...(title?.text ? { title: title.text } : {}),
      ...(issuer?.text ? { issuer: issuer.text } : {}),
      ...(date ? { date } : {}),
      ...(planYear !== undefined ? { year: planYear } : {}),
      implements: implementsList,
      ...(conventions ? { conventions } : {}),
      ...(units ? { units } : {}),
      span: raw.headerSpan,
    };
  }

  /** `Danh sách <kind>: a; b; c` lines: the units of each kind, in file order (a kind may take several lines). */
  private unitLists(fields: readonly RawField[]): Record<string, string[]> | undefined {
    if (fields.length === 0) return undefined;
    const out: Record<string, string[]> = {};
    for (const f of fields) {
      const kind = f.name.text.trim().replace(/^\S+\s+\S+\s*/u, '').trim();
      const j = joinPieces(f.pieces);
      const names = j.text.split(';').map((s) => s.trim()).filter((s) => s !== '');
      if (kind === '' || names.length === 0) {
        this.report('error', { code: 'invalid_value', range: kind === '' ? f.name.span : j.span, found: kind === '' ? f.name.text : j.text, expected: ['Danh sách xã: Cẩm Hải; Dương Huy'] });
        continue;
      }
      // Not Object.hasOwn-free keys: a kind named `__proto__` is data (defineProperty, not assignment).
      const list = Object.hasOwn(out, kind) ? out[kind]! : [];
      Object.defineProperty(out, kind, { value: [...list, ...names], enumerable: true, writable: true, configurable: true });
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  private value<T>(
    joined: ReturnType<typeof joinPieces> | undefined,
    read: (text: string) => T | undefined,
    expected: string[],
  ): T | undefined {
    if (!joined || joined.text === '') return undefined;
    const value = read(joined.text);
    if (value === undefined) this.report('error', { code: 'invalid_value', range: joined.span, found: joined.text, expected });
    return value;
  }

  nodes(raw: readonly RawNode[]): PlanNode[] {
    const out: PlanNode[] = [];
    for (const node of raw) {
      if (node.kind === 'section') {
        const title = joinPieces(node.title.pieces).text;
        out.push({ kind: 'section', number: node.number.text, title, children: this.nodes(node.children), span: node.span });
        continue;
      }
      const entry = node.kind === 'target' ? this.target(node) : this.task(node);
      if (entry) out.push(entry);
    }
    return out;
  }

  private text(entry: RawEntry, field: EntryField): string | undefined {
    const raw = entry.fields.get(field);
    if (!raw) return undefined;
    const text = joinPieces(raw.pieces).text;
    return text === '' ? undefined : text;
  }

  /** A required statement field, parsed; reports a missing or empty field. */
  private statement(entry: RawEntry, field: 'statement' | 'timing') {
    const raw = entry.fields.get(field);
    if (!raw || raw.pieces.every((p) => p.text === '')) {
      const range = raw ? raw.name.span : entry.stt.span;
      this.report('error', raw
        ? { code: 'empty_value', range, found: raw.name.text, expected: [`<${ENTRY_FIELD_NAMES[field]}>`] }
        : { code: 'missing_field', range, found: entry.stt.text, expected: [`${ENTRY_FIELD_NAMES[field]}: ...`], detail: entry.label });
      return undefined;
    }
    const { statement, diagnostics } = parseStatement(this.parse, raw.pieces, this.lang, ENTRY_FIELD_NAMES[field]);
    for (const d of diagnostics) this.diagnostics.push(d);
    return statement;
  }

  /** The author's ids (`Mã:`), checked for shape; undefined when one is malformed. */
  private explicitIds(entry: RawEntry): ExplicitIds | undefined {
    const field = entry.fields.get('id');
    if (!field) return { ids: [] };
    const joined = joinPieces(field.pieces);
    const ids = splitIds(joined.text);
    const bad = ids.find((id) => !isValidId(id));
    if (bad !== undefined || ids.length === 0) {
      this.report('error', { code: 'invalid_id', range: joined.span, found: bad ?? joined.text, expected: ['2.6', '2.6.b', 'toi-pham-tt'] });
      return undefined;
    }
    return { ids, field };
  }

  private claim(seen: Seen, id: string, span: Span): void {
    const first = seen.get(id);
    if (first !== undefined) {
      this.report('error', { code: 'duplicate_id', range: span, found: id, expected: [], detail: String(first) });
    } else {
      seen.set(id, span.line);
    }
  }

  /** The fields targets and tasks share. Built field by field: this runs once per entry. */
  private common(entry: RawEntry): Common {
    const common: Common = {
      stt: entry.stt.text,
      description: this.text(entry, 'description') ?? '',
      lead: splitUnits(this.text(entry, 'lead')),
      coordinators: splitUnits(this.text(entry, 'coordinators')),
      span: entry.span,
    };
    const note = this.text(entry, 'note');
    if (note !== undefined) common.note = note;
    return common;
  }

  /**
   * Claim an entry's ids even when the entry has another error, so a duplicate is reported in
   * the same pass: the bound ids when there are, else the ids written (`Mã:`), else the STT
   * (the id of a first clause). A malformed `Mã:` (already an error) claims nothing.
   */
  private claimAll(seen: Seen, entry: RawEntry, explicit: ExplicitIds | undefined, bound?: readonly string[]): void {
    if (!explicit) return;
    const span = explicit.field ? joinPieces(explicit.field.pieces).span : entry.stt.span;
    for (const id of bound ?? (explicit.ids.length > 0 ? explicit.ids : [entry.stt.text])) this.claim(seen, id, span);
  }

  private target(entry: RawEntry): PlanTarget | undefined {
    const statement = this.statement(entry, 'statement');
    const explicit = this.explicitIds(entry);
    const metrics = statement && explicit ? this.bind(entry, statement, explicit) : undefined;
    this.claimAll(this.metrics, entry, explicit, metrics?.map((m) => m.id));
    if (!statement || !metrics) return undefined;
    const c = this.common(entry);
    const target: Mutable<PlanTarget> = { kind: 'target', stt: c.stt, description: c.description, statement, lead: c.lead, coordinators: c.coordinators, metrics, span: c.span };
    if (c.note !== undefined) target.note = c.note;
    return target;
  }

  /** A target's clauses bound to their metric ids; undefined (reported) when ids and clauses do not pair. */
  private bind(entry: RawEntry, statement: PlanStatement, explicit: ExplicitIds): MetricBinding[] | undefined {
    const metrics = bindMetrics(entry.stt.text, statement.target.clauses, explicit.ids);
    if (metrics) return metrics;
    const count = String(statement.target.clauses.length);
    const joined = explicit.ids.length > 1 ? joinPieces(explicit.field!.pieces) : undefined;
    this.report('error', joined
      ? { code: 'metric_count_mismatch', range: joined.span, found: joined.text, expected: [], detail: count }
      : { code: 'too_many_clauses', range: statement.span, found: entry.label, expected: ['Mã: <mã 1>; <mã 2>; ...'], detail: count });
    return undefined;
  }

  private task(entry: RawEntry): PlanTask | undefined {
    const timing = this.statement(entry, 'timing');
    const explicit = this.explicitIds(entry);
    const defaultId = defaultTaskId(entry.stt.text, entry.sections);
    this.claimAll(this.tasks, entry, explicit, explicit?.ids.length === 0 ? [defaultId] : undefined);
    if (!timing || !explicit) return undefined;
    if (explicit.ids.length > 1) {
      const joined = joinPieces(explicit.field!.pieces);
      this.report('error', { code: 'metric_count_mismatch', range: joined.span, found: joined.text, expected: [], detail: '1' });
      return undefined;
    }
    const schedule = timing.target.schedule;
    if (!schedule) {
      this.report('error', { code: 'missing_schedule', range: timing.span, found: timing.text, expected: TIMING_FORMS });
      return undefined;
    }
    const id = explicit.ids[0] ?? defaultId;
    const c = this.common(entry);
    const task: Mutable<PlanTask> = {
      kind: 'task',
      stt: c.stt,
      id,
      explicitId: explicit.ids.length > 0,
      description: c.description,
      timing,
      schedule,
      lead: c.lead,
      coordinators: c.coordinators,
      span: c.span,
    };
    if (c.note !== undefined) task.note = c.note;
    return task;
  }
}

/**
 * Split a unit list (Đơn vị chủ trì / phối hợp) at `;`: commas stay inside a unit's name
 * (`UBND các phường, xã` is one unit). A final `.` is dropped so `Công an thành phố.` and
 * `Công an thành phố` group together.
 *
 * @example
 * splitUnits('Văn phòng HĐND-UBND thành phố; UBND các phường, xã') // ["Văn phòng HĐND-UBND thành phố", "UBND các phường, xã"]
 */
export function splitUnits(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(';')
    .map((u) => u.trim().replace(/\.$/, '').trim())
    .filter((u) => u !== '');
}

/**
 * Build the plan from the grouped document, parsing statements with `parse`.
 *
 * @example
 * const { plan, diagnostics } = buildPlan(buildStructure(eachLine(src), 'vi'), safeParseTarget, 'vi');
 */
export function buildPlan(
  raw: RawPlan,
  parse: StatementParser,
  lang: Lang,
  file?: string,
  conventions: Conventions = {},
): { plan: Plan; diagnostics: PlanDiagnostic[] } {
  const b = new PlanBuilder(parse, lang);
  const header = b.header(raw);
  b.conventions = { conventions: { ...conventions, ...header.conventions } };
  const body = b.nodes(raw.body);
  if (countRaw(raw.body) === 0) {
    b.report('warning', { code: 'empty_plan', range: raw.headerSpan, found: '', expected: ['Chỉ tiêu <STT>', 'Nhiệm vụ <STT>'] });
  }
  const plan: Plan = { kind: 'plan', header, body, ...(file !== undefined ? { file } : {}) };
  return { plan, diagnostics: [...raw.diagnostics, ...b.diagnostics] };
}

function countRaw(nodes: readonly RawNode[]): number {
  return nodes.reduce((n, node) => n + (node.kind === 'section' ? countRaw(node.children) : 1), 0);
}
