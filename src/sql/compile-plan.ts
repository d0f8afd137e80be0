/**
 * `compilePlan`: a plan as SQL. The statement judges, inside the engine, every (target, period)
 * whose clauses SQL decides, and hands back the rows of the others; `reportFromAnswer`
 * (./report.ts) turns the engine's answer into the report.
 */
import { checkPlanOptions, type EvaluatePlanOptions } from '../report/options.js';
import type { Plan } from '../plan/types.js';
import { dialectOf, type SqlDialect } from './dialect.js';
import { BIND_TABLE, planQuery, SPEC_TABLE } from './query.js';
import type { SqlSource } from './source.js';
import { planSpecs, type PlanSpecs, type SqlSpec } from './specs.js';

/**
 * A table the statement joins, with its rows: the caller (or an adapter) creates and fills it
 * before running the query (`script()` does it with INSERTs).
 *
 * @example
 * ({ name: 'chitieu_bind', columns: [{ name: 'metric', type: 'text' }, ...], rows: [['2.3', 4, 0, 0, 1], ...] })
 */
export interface SqlTable {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: 'text' | 'int' | 'decimal' }[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * Options of `compilePlan`.
 *
 * @example
 * ({ dialect: 'duckdb', source: { file: 'obs.parquet', format: 'parquet' }, options: { asOf: '2023-12-31' } })
 */
export interface CompilePlanOptions {
  readonly dialect: SqlDialect;
  readonly source: SqlSource;
  /** The check's options, as `checkPlanRows` takes them (`asOf`, `year`, `period`, `lang`). */
  readonly options?: EvaluatePlanOptions;
}

/**
 * A plan compiled to SQL for one engine and one source.
 *
 * @example
 * const compiled = compilePlan(plan, { dialect: 'duckdb', source: { table: 'obs' } })
 * compiled.tables // chitieu_bind and chitieu_spec, to create and fill first
 * compiled.query  // the SELECT; its answer goes to reportFromAnswer(compiled, rows)
 */
export interface CompiledPlan {
  readonly dialect: SqlDialect;
  readonly plan: Plan;
  readonly options: EvaluatePlanOptions;
  readonly tables: readonly SqlTable[];
  /** The statement: no parameters (every constant is in the tables or written in). */
  readonly query: string;
  /** Which entries SQL decides. */
  readonly specs: PlanSpecs;
}

const OPS = { gte: 'gte', lte: 'lte', gt: 'gt', lt: 'lt', eq: 'eq', zero: 'zero', approx: 'approx' } as const;

function specRow(s: SqlSpec): (string | number | null)[] {
  const form = (f: SqlSpec['f'] | undefined) => (f ? [f.alpha.toString(), f.beta.toString(), f.gamma.toString()] : [null, null, null]);
  const shape = s.shape === 'rate' ? 0 : s.shape === 'count' ? 1 : 2;
  const baseline = s.baseline === 'none' ? 0 : s.baseline === 'start' ? 1 : 2;
  return [
    s.id,
    shape,
    OPS[s.op],
    ...form(s.f),
    ...form(s.stretch),
    ...form(s.lo),
    ...form(s.hi),
    baseline,
    s.baseYear ?? null,
    s.divides ? 1 : 0,
    s.points ? 1 : 0,
    s.floorCount ? 1 : 0,
    s.due ?? null,
  ];
}

const SPEC_COLUMNS: SqlTable['columns'] = [
  { name: 'id', type: 'int' },
  { name: 'shape', type: 'int' },
  { name: 'op', type: 'text' },
  ...['f', 's', 'l', 'h'].flatMap((p) => ['a', 'b', 'c'].map((x) => ({ name: `${p}${x}`, type: 'decimal' as const }))),
  { name: 'baseline', type: 'int' },
  { name: 'base_year', type: 'int' },
  { name: 'divides', type: 'int' },
  { name: 'points', type: 'int' },
  { name: 'floor_count', type: 'int' },
  { name: 'due', type: 'int' },
];

const BIND_COLUMNS: SqlTable['columns'] = [
  { name: 'metric', type: 'text' },
  { name: 'entry', type: 'int' },
  { name: 'clause', type: 'int' },
  { name: 'spec', type: 'int' },
  { name: 'clauses', type: 'int' },
];

/**
 * Compile a plan to one SQL statement (and the two small tables it joins) that returns, for
 * every target whose clauses rows decide (rates, counts and amounts, zero tolerance, changes
 * against another period or the row's `start`, in percent, points, units or multiples,
 * comparisons), its evaluations by status: one per judged period with rows, each the status
 * `evaluateTarget(target, data, { period })` gives, computed by exact decimal
 * cross-multiplication with the evaluator's own linear forms. Every other target (assessments,
 * per-unit quantifiers, frequencies, average growth, a target with a row SQL cannot read exactly)
 * gets its rows handed back, for the evaluator. A malformed option throws `DataError`.
 *
 * @example
 * const compiled = compilePlan(plan, { dialect: 'postgres', source: { table: 'observations' }, options: { asOf: '2023-12-31' } })
 * console.log(sqlScript(compiled)) // CREATE TEMP TABLE chitieu_bind ...; SELECT ...
 */
export function compilePlan(plan: Plan, o: CompilePlanOptions): CompiledPlan {
  const options = o.options ?? {};
  checkPlanOptions(options);
  const planYear = options.year ?? plan.header.year;
  const specs = planSpecs(plan, { ...(planYear !== undefined && { year: planYear }), ...(options.period !== undefined && { period: options.period }) });
  const d = dialectOf(o.dialect);
  const query = planQuery(d, o.source, {
    ...(options.period !== undefined && { period: options.period }),
    ...(planYear !== undefined && { planYear }),
    ...(options.asOf !== undefined && { asOf: options.asOf }),
  });
  const tables: SqlTable[] = [
    { name: BIND_TABLE, columns: BIND_COLUMNS, rows: specs.bindings.map((b) => [b.metric, b.entry, b.clause, b.spec, b.clauses]) },
    { name: SPEC_TABLE, columns: SPEC_COLUMNS, rows: specs.specs.map(specRow) },
  ];
  return { dialect: o.dialect, plan, options, tables, query, specs };
}
