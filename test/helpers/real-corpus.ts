/**
 * The real-plan corpus (test/corpus/real/): statements copied verbatim from published plans,
 * each with what a careful reader reads in it. Here: the schema of a case, and how chitieu's
 * reading of a statement is compared with the careful reader's.
 *
 * A case's status is one of
 * - `read`: every clause is read as the careful reader reads it (kind, comparator, figure,
 *   stretch, unit, direction, baseline);
 * - `warned`: it is not, but chitieu says so: the statement fails to parse, or parses with a
 *   warning (the reading is not given with confidence);
 * - `wrong`: it is not, and nothing says so: a confidently wrong reading, the worst outcome.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { safeParseTarget } from '../../src/api/index.js';
import type { Baseline, Clause } from '../../src/ast/types.js';
import { unitOf } from '../../src/reading/units.js';
import { foldText } from '../../src/text/index.js';

/** Where the real corpus lives. */
export const REAL_DIR = fileURLToPath(new URL('../corpus/real/', import.meta.url));

/** The fields of planning, one folder each. */
export const FIELDS = [
  'ktxh', 'ngan-sach', 'nong-nghiep', 'y-te', 'giao-duc', 'lao-dong', 'atgt', 'an-ninh', 'pccc',
  'nong-thon-moi', 'moi-truong', 'chuyen-doi-so', 'van-hoa',
] as const;

const KINDS = [
  'rate', 'quantity', 'change', 'growth_rate', 'points', 'increase', 'ratio', 'average_growth',
  'level_by_change', 'share_of_plan', 'zero', 'compare', 'rank', 'qualitative', 'task',
] as const;

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string with . as the decimal point');

const readingSchema = z.strictObject({
  kind: z.enum(KINDS),
  subject: z.string(),
  op: z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'approx', 'range']).optional(),
  value: decimal.optional(),
  stretch: decimal.optional(),
  unit: z.string().optional(),
  per: z.string().optional(),
  direction: z.enum(['decrease', 'increase']).optional(),
  baseline: z.string().regex(/^(year:\d{4}|previous_year|same_period|period_start|current|period:\d{4}-\d{4}|plan_figure|unwritten)$/).optional(),
  period: z.string().optional(),
  timing: z.string().optional(),
  qualifiers: z.array(z.string()).optional(),
  /** `rate_change_points`, `unwritten_baseline`, `lower_is_better` (README), or another the collector named. */
  conventions: z.array(z.string().regex(/^[a-z_]+$/)).optional(),
});

/** What a careful reader reads in one clause. */
export type Reading = z.infer<typeof readingSchema>;

const caseSchema = z.strictObject({
  source: z.strictObject({
    document: z.string().min(1),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    year: z.number().int().nullable(),
    url: z.string().url(),
    field: z.enum(FIELDS),
  }),
  input: z.string().min(1),
  clauses: z.array(readingSchema).min(1),
  note: z.string().optional(),
});

/** One real statement with its careful reading. */
export type RealCase = z.infer<typeof caseSchema> & { readonly id: string };

/**
 * Every case, validated (a malformed file throws, naming it), sorted by id (`field/name`).
 *
 * @example
 * loadRealCorpus()[0].id // 'an-ninh/…'
 */
export function loadRealCorpus(dir: string = REAL_DIR): RealCase[] {
  const cases: RealCase[] = [];
  for (const field of readdirSync(dir).sort()) {
    if (!statSync(join(dir, field)).isDirectory()) continue;
    if (!(FIELDS as readonly string[]).includes(field)) throw new Error(`unknown field folder real/${field}`);
    for (const file of readdirSync(join(dir, field)).sort()) {
      const id = `${field}/${file.replace(/\.json$/, '')}`;
      if (!file.endsWith('.json')) throw new Error(`not a case: real/${field}/${file}`);
      const parsed = caseSchema.safeParse(JSON.parse(readFileSync(join(dir, field, file), 'utf8')));
      if (!parsed.success) throw new Error(`real/${id}.json: ${parsed.error.message}`);
      if (parsed.data.source.field !== field) throw new Error(`real/${id}.json: field ${parsed.data.source.field} in folder ${field}`);
      cases.push({ ...parsed.data, id });
    }
  }
  return cases;
}

/** How a case is read now. */
export type Status = 'read' | 'warned' | 'wrong';

/** A case's status and, when not read, the first difference found. */
export interface Judged {
  readonly status: Status;
  readonly why?: string;
}

/** `"6.0"` and `"6"` are one figure. */
const figure = (v: string | undefined): string | undefined => (v === undefined ? undefined : v.includes('.') ? v.replace(/\.?0+$/, '') : v);
const folded = (s: string): string => foldText(s, 0, s.length).text.trim();

function baselineText(b: Baseline): string {
  switch (b.kind) {
    case 'year': return `year:${b.year}`;
    case 'previous_year': return 'previous_year';
    case 'same_period_last_year': return 'same_period';
    case 'current': return 'current';
    case 'period_start': return 'period_start';
  }
}

/** chitieu's reading of a clause in the careful reader's terms. */
function asReading(c: Clause): Partial<Reading> & { kind: string } {
  switch (c.kind) {
    case 'rate': return { kind: 'rate', op: c.bound.op, value: c.bound.value, stretch: c.bound.stretch, unit: '%' };
    case 'count': return { kind: 'quantity', op: c.bound.op, value: c.bound.value, stretch: c.bound.stretch, unit: c.unit };
    case 'change': {
      const kind = c.measure === 'points' ? 'points' : c.measure === 'absolute' ? 'increase' : c.measure === 'times' ? 'ratio' : c.measure === 'average' ? 'average_growth' : 'change';
      const period = c.period && { period: `${c.period.from}-${c.period.to}` };
      return { kind, direction: c.direction, op: c.bound.op, value: c.bound.value, stretch: c.bound.stretch, baseline: baselineText(c.baseline), ...(c.unit !== undefined && { unit: c.unit }), ...period };
    }
    case 'compare': return { kind: 'compare', op: c.op, baseline: baselineText(c.baseline) };
    case 'zero': return { kind: 'zero' };
    case 'qualitative':
    case 'delegated': return { kind: 'qualitative' };
    case 'task': return { kind: 'task' };
  }
}

/** Kinds whose readings evaluate alike: a level reached by a change is judged as the level. */
const SAME_KIND: Readonly<Record<string, readonly string[]>> = {
  level_by_change: ['rate', 'quantity'],
};

/**
 * Units name the same thing when equal, or when one is a unit of the lexicon and the other
 * starts with its words (`lượt` and `lượt khách`, `giường` and `giường bệnh`): where the unit
 * ends and the subject begins is a reader's choice. `lao` for `lao động` is not (no such unit).
 */
function sameUnit(a: string, b: string): boolean {
  const [x, y] = [folded(a), folded(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x === y || (y.startsWith(`${x} `) && unitOf(x) !== undefined);
}

/** Why chitieu's reading of a clause differs from the careful one, or undefined when it does not. */
function difference(expected: Reading, got: Partial<Reading> & { kind: string }): string | undefined {
  if (got.kind !== expected.kind && !SAME_KIND[expected.kind]?.includes(got.kind)) return `kind ${got.kind}, not ${expected.kind}`;
  if (got.kind === 'qualitative' || got.kind === 'zero' || got.kind === 'task') return undefined;
  const op = expected.op === 'range' ? 'gte' : expected.op;
  const hundred = figure(expected.value) === '100' && expected.unit === '%';
  if (op !== undefined && got.op !== op && !(hundred && [got.op, op].every((o) => o === 'eq' || o === 'gte'))) return `op ${got.op}, not ${expected.op}`;
  if (figure(got.value) !== figure(expected.value)) return `figure ${got.value}, not ${expected.value}`;
  if (expected.stretch !== undefined && figure(got.stretch) !== figure(expected.stretch)) return `stretch ${got.stretch}, not ${expected.stretch}`;
  if (expected.kind === 'quantity' && expected.unit !== undefined && got.unit !== undefined && !sameUnit(got.unit, expected.unit)) return `unit ${got.unit}, not ${expected.unit}`;
  if (expected.direction !== undefined && got.direction !== undefined && got.direction !== expected.direction) return `direction ${got.direction}, not ${expected.direction}`;
  // An average's period as written; one the reader took from the document's title is not in the text.
  if (expected.kind === 'average_growth' && got.period !== undefined && expected.period !== undefined && got.period !== expected.period) return `period ${got.period}, not ${expected.period}`;
  if (expected.baseline !== undefined && got.baseline !== undefined) {
    // An unwritten baseline is the reader's default, whichever it is (a convention, see grammar/README).
    const unwritten = expected.baseline === 'unwritten' && (got.baseline === 'period_start' || got.baseline === 'same_period');
    // A yearly change (`hằng năm giảm 5%`) against the year before: judged on one year, the
    // year before the plan year and the same period a year earlier are the same period.
    const yearBefore = expected.baseline === 'previous_year' && got.baseline === 'same_period';
    // `hiện nay` and the start of the period are one figure to the evaluator: the row's `start`.
    const start = [expected.baseline, got.baseline].every((b) => b === 'current' || b === 'period_start');
    if (!unwritten && !yearBefore && !start && got.baseline !== expected.baseline) return `baseline ${got.baseline}, not ${expected.baseline}`;
  }
  return undefined;
}

/**
 * Read a case's statement with chitieu and judge the reading against the careful one.
 *
 * @example
 * judge(loadRealCorpus()[0]).status // 'read' | 'warned' | 'wrong'
 */
export function judge(c: RealCase): Judged {
  const r = safeParseTarget(c.input);
  if (!r.success) return { status: 'warned', why: `does not parse: ${r.error.diagnostics[0]?.code ?? 'error'}` };
  const got = r.target.clauses;
  let why: string | undefined;
  if (got.length !== c.clauses.length) why = `${got.length} clauses (${got.map((g) => g.kind).join(', ')}), not ${c.clauses.length}`;
  else for (let i = 0; i < got.length && why === undefined; i++) {
    const d = difference(c.clauses[i]!, asReading(got[i]!));
    if (d !== undefined) why = `clause ${i + 1}: ${d}`;
  }
  if (why === undefined) return { status: 'read' };
  return { status: r.warnings.length > 0 ? 'warned' : 'wrong', why };
}
