/**
 * The conformance suite: one JSON case per file under `test/conformance/<feature>/`, each
 * `{statement, plan year, observed rows, options} → {status per clause, gap, kinds}`. The
 * meaning of the language is fixed by these files; this module validates them (strict zod
 * objects, so a misspelt key or a malformed figure fails loudly instead of asserting nothing)
 * and projects a `Verdict` onto the shape a case expects.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ClauseKind } from '../../src/ast/types.js';
import type { ClauseVerdict, ReasonCode, Verdict, VerdictStatus } from '../../src/evaluate/index.js';

/** Where the suite lives. */
export const CONFORMANCE_DIR = fileURLToPath(new URL('../conformance/', import.meta.url));

/** The feature folders; a folder outside this list is an error, so none is silently skipped. */
export const FEATURES = [
  'rate', 'count', 'amount', 'change', 'compare', 'zero', 'frequency', 'per-unit', 'task',
  'qualitative', 'delegated', 'range', 'approx', 'compound', 'baseline', 'not-due', 'no-data',
  'progress', 'points', 'absolute', 'times', 'average', 'real',
] as const;

/** A feature folder's name. */
export type Feature = (typeof FEATURES)[number];

/** Files allowed at the top of the suite folder, beside the feature folders. */
export const TOP_LEVEL_FILES = ['README.md', 'disagreements.json'] as const;

/** The fewest cases a feature folder may hold, and the fewest in all: the suite cannot pass vacuously. */
export const MIN_CASES_PER_FEATURE = 5;
export const MIN_CASES = 150;

const STATUSES = ['met', 'exceeded', 'not_met', 'no_data', 'not_due'] as const satisfies readonly VerdictStatus[];
const KINDS = ['rate', 'count', 'change', 'compare', 'zero', 'qualitative', 'delegated', 'task'] as const satisfies readonly ClauseKind[];
const REASONS = [
  'missing_value', 'missing_baseline', 'missing_start', 'zero_baseline', 'zero_denominator', 'unusable_row',
  'rate_out_of_range', 'no_units', 'units_only', 'delegated', 'no_assessment', 'unknown_period', 'pending',
  'late', 'overdue', 'not_yet_due', 'outside_period',
] as const satisfies readonly ReasonCode[];

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const status = z.enum(STATUSES);
const isoDate = z.string().regex(ISO_DATE, 'a date YYYY-MM-DD');

/**
 * A gap as a case writes it: a decimal string in the target's unit (percentage points, the
 * count's unit), signed like the Verdict's (positive on the good side). `"-1.5"` means the
 * Verdict's gap is exactly -1,5; `"≈0.77"` means the exact gap is not a short decimal and the
 * Verdict shows it rounded as 0,77 (`exact: false`). `null`: the check has no gap.
 */
const gap = z.union([z.string().regex(/^≈?-?\d+(?:\.\d+)?$/, 'a decimal string, `≈` in front when the gap is rounded'), z.null()]);

/** One check (one unit and/or one sub-period) as a case expects it. */
const checkSchema = z.strictObject({
  period: z.string().min(1),
  unit: z.string().min(1).optional(),
  status,
  gap: gap.optional(),
  reason: z.enum(REASONS).optional(),
});

/** One delivery of a task against its deadline. */
const deadlineSchema = z.strictObject({
  due: isoDate,
  status,
  completed: isoDate.optional(),
  daysLate: z.number().int().optional(),
  reason: z.enum(REASONS).optional(),
});

/** One clause's expected verdict; `kind` and `status` always, the rest when the case is about it. */
const clauseSchema = z.strictObject({
  kind: z.enum(KINDS),
  status,
  part: z.enum(['main', 'of_which', 'specifically']).optional(),
  /** The first check's gap. */
  gap: gap.optional(),
  /** The clause's reason (else the first check's that has one). */
  reason: z.enum(REASONS).optional(),
  /** Every check, in order (per unit and/or per sub-period). */
  checks: z.array(checkSchema).optional(),
  /** Units whose check is not met, in order. */
  shortfall: z.array(z.string()).optional(),
  /** Every delivery of a task, in order. */
  deadlines: z.array(deadlineSchema).optional(),
  /** Who sets the figure of a delegated clause. */
  by: z.string().optional(),
});

const expectSchema = z.strictObject({
  status,
  /** The period the Verdict says it evaluated (`2023`, `2023-H1`). */
  period: z.string().optional(),
  progress: z.boolean().optional(),
  /** Every clause, in order. */
  clauses: z.array(clauseSchema).min(1),
});

/** Options passed to evaluateTarget besides the plan year (which is the case's `year`). */
const optionsSchema = z.strictObject({
  metric: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  asOf: isoDate.optional(),
  lang: z.enum(['vi', 'en']).optional(),
});

/** A row as parseObservations takes it (it validates the row itself): figures as numbers or exact strings. */
const rowSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** Conventions the statement is read by (parseTarget's `conventions`), as a plan's `Quy ước:` sets them. */
const conventionsSchema = z.strictObject({
  rateChange: z.enum(['points', 'relative']).optional(),
  unwrittenBaseline: z.enum(['period_start', 'same_period']).optional(),
});

const caseFields = {
  /** Where the statement comes from (plan, section, STT), or `boundary of <case>`. */
  source: z.string().min(1),
  statement: z.string().min(1),
  /** The plan year, passed as `options.year`; `null` leaves it to the evaluator (period, data, asOf). */
  year: z.number().int().min(1000).max(9999).nullable(),
  rows: z.array(rowSchema),
  options: optionsSchema.optional(),
  conventions: conventionsSchema.optional(),
  expect: expectSchema,
  /** Why the expectation is what it is: the arithmetic at the boundary, the rule it rests on. */
  note: z.string().optional(),
};

const caseSchema = z.strictObject(caseFields);

/** A case where the evaluator disagrees with the README or the plain meaning: kept out of the suite. */
const disagreementSchema = z.strictObject({
  /** The folder and file name the case would have in the suite. */
  feature: z.enum(FEATURES),
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  ...caseFields,
  /** What the evaluator gave instead (same shape as `expect`), or the error it threw. */
  got: z.union([expectSchema, z.strictObject({ error: z.string().min(1) })]),
  /** Why `expect` is right: the README rule or the plain meaning it follows. */
  why: z.string().min(1),
});

const disagreementsSchema = z.strictObject({ disagreements: z.array(disagreementSchema) });

/** A case's expectation. */
export type Expectation = z.infer<typeof expectSchema>;
/** One clause's expectation. */
export type ClauseExpectation = z.infer<typeof clauseSchema>;
/** A validated case, with the folder and file it came from. */
export type ConformanceCase = z.infer<typeof caseSchema> & { readonly feature: Feature; readonly name: string };
/** A validated disagreement. */
export type Disagreement = z.infer<typeof disagreementSchema>;

function isFeature(name: string): name is Feature {
  return (FEATURES as readonly string[]).includes(name);
}

/**
 * Validate one case file's text; the error names the file and every bad field.
 *
 * @example
 * parseConformanceCase('rate', 'tren-91-at-figure', text).expect.clauses[0]?.kind // 'rate'
 */
export function parseConformanceCase(feature: string, name: string, json: string): ConformanceCase {
  const where = `${feature}/${name}.json`;
  if (!isFeature(feature)) throw new Error(`${where}: unknown feature folder ${feature} (known: ${FEATURES.join(', ')})`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`${where}: not JSON: ${(e as Error).message}`);
  }
  const r = caseSchema.safeParse(raw);
  if (!r.success) throw new Error(`${where}: ${z.prettifyError(r.error)}`);
  return { ...r.data, feature, name };
}

/**
 * Read and validate every case, sorted by feature and name. A folder that is not a feature, a
 * file that is not `.json`, a folder inside a feature, or a stray file at the top is an error.
 *
 * @example
 * loadConformance().filter((c) => c.feature === 'rate').length // ≥ MIN_CASES_PER_FEATURE
 */
export function loadConformance(dir: string = CONFORMANCE_DIR): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) {
      if (!(TOP_LEVEL_FILES as readonly string[]).includes(entry)) throw new Error(`conformance: stray file ${entry} (cases go in a feature folder)`);
      continue;
    }
    if (!isFeature(entry)) throw new Error(`conformance: unknown feature folder ${entry} (known: ${FEATURES.join(', ')})`);
    for (const file of readdirSync(path).sort()) {
      if (statSync(join(path, file)).isDirectory()) throw new Error(`conformance: ${entry}/${file} is a folder; one level of feature folders only`);
      if (!file.endsWith('.json')) throw new Error(`conformance: not a case: ${entry}/${file} (cases are .json files)`);
      cases.push(parseConformanceCase(entry, file.slice(0, -'.json'.length), readFileSync(join(path, file), 'utf8')));
    }
  }
  return cases;
}

/**
 * The disagreements kept out of the suite (`disagreements.json`), validated like cases.
 *
 * @example
 * loadDisagreements().map((d) => `${d.feature}/${d.name}`)
 */
export function loadDisagreements(dir: string = CONFORMANCE_DIR): Disagreement[] {
  const path = join(dir, 'disagreements.json');
  const text = readFileSync(path, 'utf8');
  const r = disagreementsSchema.safeParse(JSON.parse(text));
  if (!r.success) throw new Error(`disagreements.json: ${z.prettifyError(r.error)}`);
  return r.data.disagreements;
}

/** The options evaluateTarget gets for a case: its `options`, plus `year` when the case gives one. */
export function evaluateOptionsOf(c: { readonly year: number | null; readonly options?: ConformanceCase['options'] }): NonNullable<ConformanceCase['options']> & { year?: number } {
  return { ...c.options, ...(c.year !== null && { year: c.year }) };
}

// ── Comparing ───────────────────────────────────────────────────────────────

/** An exact decimal string in canonical form: no trailing zeros, no `-0`. */
export function canonicalDecimal(s: string): string {
  if (!DECIMAL.test(s)) throw new Error(`not a decimal: ${s}`);
  const negative = s.startsWith('-');
  let [int = '0', frac = ''] = (negative ? s.slice(1) : s).split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const zero = /^0*$/.test(int + frac);
  return `${negative && !zero ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** A gap as a case writes it, canonical (`"≈0.50"` → `"≈0.5"`), or `null`. */
export function canonicalGap(g: string | null): string | null {
  if (g === null) return null;
  return g.startsWith('≈') ? `≈${canonicalDecimal(g.slice(1))}` : canonicalDecimal(g);
}

/** The gap of a Verdict's check in the case's notation. */
function gapText(g: { readonly value: string; readonly exact: boolean } | undefined): string | null {
  if (!g) return null;
  return `${g.exact ? '' : '≈'}${canonicalDecimal(g.value)}`;
}

/** The reason a case reads: the clause's own, else the first check's or delivery's that has one. */
export function reasonOf(c: ClauseVerdict): ReasonCode | undefined {
  return c.reason ?? c.checks.find((k) => k.reason !== undefined)?.reason ?? c.deadlines?.find((d) => d.reason !== undefined)?.reason;
}

function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

function projectClause(actual: ClauseVerdict, want: ClauseExpectation): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: actual.kind, status: actual.status };
  if (want.part !== undefined) out['part'] = actual.part;
  if (want.gap !== undefined) out['gap'] = gapText(actual.checks[0]?.gap);
  if (want.reason !== undefined) out['reason'] = reasonOf(actual);
  if (want.checks !== undefined) {
    out['checks'] = actual.checks.map((k, i) => {
      const w = want.checks?.[i];
      const keys = ['period', 'unit', 'status'] as const;
      const base: Record<string, unknown> = { ...pick(k, keys) };
      if (w?.gap !== undefined) base['gap'] = gapText(k.gap);
      if (w?.reason !== undefined) base['reason'] = k.reason;
      return base;
    });
  }
  if (want.shortfall !== undefined) out['shortfall'] = actual.shortfall;
  if (want.deadlines !== undefined) {
    out['deadlines'] = (actual.deadlines ?? []).map((d, i) => {
      const w = want.deadlines?.[i];
      const base: Record<string, unknown> = { due: d.due, status: d.status };
      if (w?.completed !== undefined) base['completed'] = d.completed;
      if (w?.daysLate !== undefined) base['daysLate'] = d.daysLate;
      if (w?.reason !== undefined) base['reason'] = d.reason;
      return base;
    });
  }
  if (want.by !== undefined) out['by'] = actual.by;
  return out;
}

/** A case's expectation with its gaps in canonical form, for a strict comparison. */
export function normalizedExpectation(e: Expectation): Record<string, unknown> {
  return {
    status: e.status,
    ...(e.period !== undefined && { period: e.period }),
    ...(e.progress !== undefined && { progress: e.progress }),
    clauses: e.clauses.map((c) => {
      const out: Record<string, unknown> = { ...c };
      if (c.gap !== undefined) out['gap'] = canonicalGap(c.gap);
      if (c.checks) out['checks'] = c.checks.map((k) => (k.gap === undefined ? { ...k } : { ...k, gap: canonicalGap(k.gap) }));
      return out;
    }),
  };
}

/**
 * The part of a Verdict a case speaks about, in the case's shape: the statement's status, every
 * clause's kind and status, and each optional field only where the case states it (so a case
 * states what it is about and no more; the clause list is always complete).
 *
 * @example
 * projectVerdict(verdict, c.expect) // { status: 'met', clauses: [{ kind: 'change', status: 'met', gap: '0' }] }
 */
export function projectVerdict(v: Verdict, e: Expectation): Record<string, unknown> {
  const clauses = v.clauses.map((c, i) => {
    const want = e.clauses[i];
    return want ? projectClause(c, want) : { kind: c.kind, status: c.status, extra: 'a clause the case does not list' };
  });
  return {
    status: v.status,
    ...(e.period !== undefined && { period: v.period }),
    ...(e.progress !== undefined && { progress: v.progress }),
    clauses,
  };
}

/**
 * Figure clauses whose first check has a gap that the case does not state: a case about a
 * figure must say its gap (the point of a boundary case), so none is left unchecked.
 */
export function unstatedGaps(v: Verdict, e: Expectation): number[] {
  const out: number[] = [];
  v.clauses.forEach((c, i) => {
    const want = e.clauses[i];
    if (want && want.gap === undefined && c.checks[0]?.gap !== undefined) out.push(i);
  });
  return out;
}
