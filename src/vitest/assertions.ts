/**
 * The assertions behind the `chitieu/vitest` matchers, as plain functions that work under any
 * test runner (node:test, Jest, Mocha, a script): each `check*` returns whether it passed and a
 * message; each `assert*` throws a {@link ChitieuAssertionError} when it fails. No vitest import.
 */
import type { Clause, Target } from '../ast/types.js';
import { parseTarget } from '../api/index.js';
import { formatPairComparison } from '../consistency/compare-messages.js';
import { comparePlans, type MetricPairComparison } from '../consistency/compare-plans.js';
import { compareConstraints } from '../consistency/compare.js';
import { formatConstraint, formatWitness } from '../consistency/format.js';
import { lintPlan, type LintOptions } from '../consistency/lint.js';
import type { PlanMapping } from '../consistency/mapping.js';
import { formatFinding } from '../consistency/messages.js';
import { asConstraint } from '../consistency/satisfies.js';
import { observationSetOf } from '../data/accept.js';
import { ChitieuError } from '../diagnostics/chitieu-error.js';
import type { Lang } from '../diagnostics/types.js';
import { evaluateTarget } from '../evaluate/evaluate.js';
import type { EvaluateOptions } from '../evaluate/options.js';
import type { Verdict } from '../evaluate/verdict.js';
import type { Plan } from '../plan/types.js';

/**
 * The outcome of a check: whether it passed, and what to tell the reader either way.
 *
 * @example
 * checkAtLeastAsStrict('Đạt trên 91%', 'Đạt trên 90%', { lang: 'en' })
 * // { pass: true, message: 'The lower is at least as strict as the higher:\n  - clause 1: `> 91%` stricter than `> 90%`' }
 */
export interface CheckOutcome {
  readonly pass: boolean;
  /** Why it failed (when `pass` is false) or why it passed (for a negated assertion). */
  readonly message: string;
}

/**
 * Which assertion failed: `not_consistent` (`assertConsistent`), `not_as_strict`
 * (`assertAtLeastAsStrictAs`) or `not_met` (`assertMetBy`).
 *
 * @example
 * try { assertConsistent('Đạt trên 100%') } catch (e) {
 *   if (e instanceof ChitieuAssertionError) e.code // 'not_consistent'
 * }
 */
export type AssertionErrorCode = 'not_consistent' | 'not_as_strict' | 'not_met';

/**
 * Thrown by the `assert*` functions; `outcome` holds the check's result as data, and
 * `format(lang)` words it in either language (the check is told again in that language).
 *
 * @example
 * try { assertMetBy('Giảm 07% so với năm 2022', { observations: [{ period: '2022', value: 412 }, { period: '2023', value: 400 }] }) }
 * catch (e) { if (e instanceof ChitieuAssertionError) e.outcome.pass } // false: a 2,91% cut, 7% required
 */
export class ChitieuAssertionError extends ChitieuError<AssertionErrorCode> {
  override readonly name = 'ChitieuAssertionError';
  /** Which assertion failed. */
  readonly code: AssertionErrorCode;
  /** The failed check: `pass` is false, `message` is in the language the assertion was asked in. */
  readonly outcome: CheckOutcome;
  readonly #render: (lang: Lang) => string;

  /** `render` words the same check in a given language; without it `format` gives `outcome.message`. */
  constructor(code: AssertionErrorCode, outcome: CheckOutcome, render: (lang: Lang) => string = () => outcome.message) {
    super(outcome.message);
    this.code = code;
    this.outcome = outcome;
    this.#render = render;
  }

  /** Why the assertion failed, in `lang` (Vietnamese by default). */
  format(lang: Lang = 'vi'): string {
    return this.#render(lang);
  }
}

/** A plan, a target, or a target statement as text (parsed with `parseTarget`). */
export type Checked = Plan | Target | string;

function asTargetOrPlan(x: Checked): Plan | Target {
  return typeof x === 'string' ? parseTarget(x) : x;
}

/** One target as a plan of one row, so a statement's clauses are linted like a plan's. */
function planOfTarget(t: Target): Plan {
  const span = t.span;
  return {
    kind: 'plan',
    header: { implements: [], span },
    body: [
      {
        kind: 'target',
        stt: '1',
        description: '',
        statement: { text: '', target: t, span, segments: [{ start: 0, offset: span.start, line: span.line, column: span.column }] },
        lead: [],
        coordinators: [],
        metrics: t.clauses.map((clause, clauseIndex) => ({ id: clauseIndex === 0 ? '1' : `1.${String.fromCharCode(97 + clauseIndex)}`, clauseIndex, clause, explicit: false })),
        span,
      },
    ],
  };
}

function nameOf(x: Plan | Target, lang: Lang): string {
  if (x.kind === 'plan') return x.header.number ?? x.file ?? (lang === 'vi' ? 'kế hoạch' : 'the plan');
  return lang === 'vi' ? 'chỉ tiêu' : 'the target';
}

/**
 * Options of `checkConsistent`: `lintPlan`'s options and the language of messages.
 *
 * @example
 * checkConsistent(camPha, { units: { 'đơn vị trường học': ['THCS Cẩm Đông', 'THCS Cẩm Phả'] }, lang: 'en' })
 */
export interface ConsistentOptions extends LintOptions {
  readonly lang?: Lang;
}

/**
 * Whether a plan (or one target's clauses) has no error-level finding: nothing impossible,
 * no contradiction. Warnings and notes do not fail it.
 *
 * @example
 * checkConsistent(parsePlan(source)) // { pass: true, message: '...' }
 * checkConsistent('Giảm 7% so với năm 2022; nhiều hơn năm 2022').pass // false
 */
export function checkConsistent(x: Checked, options: ConsistentOptions = {}): CheckOutcome {
  const lang = options.lang ?? 'vi';
  const subject = asTargetOrPlan(x);
  const plan = subject.kind === 'plan' ? subject : planOfTarget(subject);
  const { ok, findings } = lintPlan(plan, options);
  const errors = findings.filter((f) => f.severity === 'error');
  const name = nameOf(subject, lang);
  if (ok) return { pass: true, message: lang === 'vi' ? `${name} không có lỗi nhất quán nào.` : `${name} has no consistency error.` };
  const head = lang === 'vi' ? `${name} không nhất quán: ${errors.length} lỗi` : `${name} is not consistent: ${errors.length} error(s)`;
  return { pass: false, message: `${head}\n${errors.map((f) => `  - ${formatFinding(f, lang)}`).join('\n')}` };
}

/**
 * Options of `checkAtLeastAsStrict`: the metric mapping between two plans, and the language.
 *
 * @example
 * const read = readMapping(JSON.parse(mappingJson))
 * if (read.success) checkAtLeastAsStrict(camPha, haiDuong, { mapping: read.mapping, lang: 'en' })
 */
export interface StrictOptions {
  readonly mapping?: PlanMapping;
  readonly lang?: Lang;
}

/**
 * Whether a lower plan (or target, or clause) is at least as strict as a higher one: every
 * linked pair stricter or equal. For plans, pairs come from `mapping` (or shared explicit ids)
 * and pairs that cannot be compared are listed but do not fail; for two targets, clauses pair
 * by position and every pair must be comparable.
 *
 * @example
 * checkAtLeastAsStrict('Đạt trên 91%', 'Đạt trên 90%').pass // true
 * checkAtLeastAsStrict(camPha, haiDuong, { mapping }).message // "... 2.10 `≥ 60%` LỎNG HƠN I.3.6 `= 100%`: 60% đạt 2.10 ..."
 */
export function checkAtLeastAsStrict(lower: Checked | Clause, higher: Checked | Clause, options: StrictOptions = {}): CheckOutcome {
  const lang = options.lang ?? 'vi';
  const l = isClause(lower) ? lower : asTargetOrPlan(lower);
  const h = isClause(higher) ? higher : asTargetOrPlan(higher);
  if ('kind' in l && l.kind === 'plan' && 'kind' in h && h.kind === 'plan') return planStrictness(l, h, options.mapping, lang);
  if (isPlanLike(l) || isPlanLike(h)) {
    return { pass: false, message: lang === 'vi' ? 'Chỉ so được kế hoạch với kế hoạch, chỉ tiêu với chỉ tiêu.' : 'Compare a plan with a plan, or a target with a target.' };
  }
  const lc = isClause(l) ? [l] : (l as Target).clauses;
  const hc = isClause(h) ? [h] : (h as Target).clauses;
  if (lc.length !== hc.length) {
    return { pass: false, message: lang === 'vi' ? `Số vế khác nhau: ${lc.length} và ${hc.length}.` : `Different numbers of clauses: ${lc.length} and ${hc.length}.` };
  }
  const lines = lc.map((c, i) => clauseLine(c, hc[i]!, i, lang));
  const pass = lines.every((x) => x.ok);
  const head = pass
    ? lang === 'vi' ? 'Cấp dưới chặt bằng hoặc hơn cấp trên:' : 'The lower is at least as strict as the higher:'
    : lang === 'vi' ? 'Cấp dưới không chặt bằng cấp trên:' : 'The lower is not at least as strict as the higher:';
  return { pass, message: `${head}\n${lines.map((x) => `  - ${x.text}`).join('\n')}` };
}

function isClause(x: unknown): x is Clause {
  return typeof x === 'object' && x !== null && 'kind' in x && 'subject' in x && 'part' in x;
}

function isPlanLike(x: unknown): boolean {
  return typeof x === 'object' && x !== null && 'kind' in x && (x as { kind: string }).kind === 'plan';
}

/** One clause pair, told the way `compare` tells it. */
function clauseLine(lower: Clause, higher: Clause, i: number, lang: Lang): { ok: boolean; text: string } {
  const r = compareConstraints(lower, higher);
  const show = (c: Clause) => {
    const k = asConstraint(c);
    return k ? `\`${formatConstraint(k, lang)}\`` : c.kind;
  };
  const ok = r.strictness === 'stricter' || r.strictness === 'equal';
  const verdict = { stricter: ['chặt hơn', 'stricter than'], equal: ['bằng', 'equal to'], looser: ['LỎNG HƠN', 'LOOSER than'], not_comparable: ['không so được với', 'not comparable with'] }[r.strictness][lang === 'vi' ? 0 : 1];
  const why = r.counterexample
    ? lang === 'vi' ? `: ${formatWitness(r.counterexample, lang)} đạt cấp dưới nhưng không đạt cấp trên` : `: ${formatWitness(r.counterexample, lang)} meets the lower but fails the higher`
    : r.reason.code === 'quantity_mismatch' || r.reason.code === 'uncheckable' || r.reason.code === 'zero_baseline' ? ` (${r.reason.code})` : '';
  return { ok, text: `${lang === 'vi' ? 'vế' : 'clause'} ${i + 1}: ${show(lower)} ${verdict} ${show(higher)}${why}` };
}

function planStrictness(lower: Plan, higher: Plan, mapping: PlanMapping | undefined, lang: Lang): CheckOutcome {
  const r = comparePlans(lower, higher, mapping);
  const vi = lang === 'vi';
  const list = (ps: readonly MetricPairComparison[]) => ps.map((p) => `  - ${formatPairComparison(p, lang)}`).join('\n');
  const looser = r.pairs.filter((p) => p.strictness === 'looser');
  const unknown = r.unknownIds.map((u) => `  - ${vi ? `không có mã \`${u.id}\` ở kế hoạch cấp ${u.side === 'lower' ? 'dưới' : 'trên'}` : `no metric \`${u.id}\` in the ${u.side} plan`}`);
  const l = nameOf(lower, lang);
  const h = nameOf(higher, lang);
  if (r.ok) {
    const c = r.counts;
    return { pass: true, message: vi ? `${l} chặt bằng hoặc hơn ${h}: ${c.stricter} chặt hơn, ${c.equal} bằng, ${c.not_comparable} không so được.` : `${l} is at least as strict as ${h}: ${c.stricter} stricter, ${c.equal} equal, ${c.not_comparable} not comparable.` };
  }
  const head = vi ? `${l} không chặt bằng ${h}: ${looser.length} cặp lỏng hơn` : `${l} is not at least as strict as ${h}: ${looser.length} looser pair(s)`;
  return { pass: false, message: [head, list(looser), ...unknown].filter((s) => s !== '').join('\n') };
}

/**
 * Options of `checkMetBy`: the evaluator's options (period, year, metric, asOf, lang).
 *
 * @example
 * checkMetBy('Giảm 07% so với năm 2022', data, { metric: '2.3', period: '2023', lang: 'en' })
 */
export type MetOptions = EvaluateOptions;

/**
 * Whether observed data meets a target (đạt or vượt), by `evaluateTarget`. `data` is an
 * `ObservationSet` or the raw `{ "observations": [...] }` JSON (validated first).
 *
 * @example
 * checkMetBy('Giảm 07% so với năm 2022', { observations: [{ period: '2022', value: 412 }, { period: '2023', value: 380 }] }).pass // true
 */
export function checkMetBy(target: Target | string, data: unknown, options: MetOptions = {}): CheckOutcome & { readonly verdict: Verdict } {
  const lang = options.lang ?? 'vi';
  const verdict = evaluateTarget(target, observationSetOf(data), options);
  const pass = verdict.status === 'met' || verdict.status === 'exceeded';
  const name = typeof target === 'string' ? `\`${target}\`` : lang === 'vi' ? 'chỉ tiêu' : 'the target';
  const message = pass
    ? lang === 'vi' ? `${name} đạt: ${verdict.explanation}` : `${name} is met: ${verdict.explanation}`
    : lang === 'vi' ? `${name} chưa đạt (${verdict.label}): ${verdict.explanation}` : `${name} is not met (${verdict.status}): ${verdict.explanation}`;
  return { pass, message, verdict };
}

/**
 * Throw a {@link ChitieuAssertionError} unless the plan (or target) is consistent.
 *
 * @example
 * assertConsistent(parsePlan(source)) // throws with every error finding listed
 */
export function assertConsistent(x: Checked, options?: ConsistentOptions): void {
  const o = checkConsistent(x, options);
  if (!o.pass) throw new ChitieuAssertionError('not_consistent', o, (lang) => checkConsistent(x, { ...options, lang }).message);
}

/**
 * Throw a {@link ChitieuAssertionError} unless `lower` is at least as strict as `higher`.
 *
 * @example
 * assertAtLeastAsStrictAs(camPha, haiDuong, { mapping }) // throws: 2.10 and 2.10.b are looser
 */
export function assertAtLeastAsStrictAs(lower: Checked | Clause, higher: Checked | Clause, options?: StrictOptions): void {
  const o = checkAtLeastAsStrict(lower, higher, options);
  if (!o.pass) throw new ChitieuAssertionError('not_as_strict', o, (lang) => checkAtLeastAsStrict(lower, higher, { ...options, lang }).message);
}

/**
 * Throw a {@link ChitieuAssertionError} unless the data meets the target.
 *
 * @example
 * assertMetBy('Đạt trên 91%', { observations: [{ numerator: 95, denominator: 100, period: '2023' }] })
 */
export function assertMetBy(target: Target | string, data: unknown, options?: MetOptions): void {
  const o = checkMetBy(target, data, options);
  if (!o.pass) throw new ChitieuAssertionError('not_met', o, (lang) => checkMetBy(target, data, { ...options, lang }).message);
}
