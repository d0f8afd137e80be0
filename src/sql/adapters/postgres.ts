/**
 * PostgreSQL: the plan's SQL run on a table of the server, through `pg` (an optional peer
 * dependency, loaded only here). The two small tables are temporary tables of the session,
 * filled from arrays in one statement each.
 */
import type { Plan } from '../../plan/types.js';
import type { EvaluatePlanOptions } from '../../report/options.js';
import type { PlanReport } from '../../report/types.js';
import { compilePlan, type CompiledPlan } from '../compile-plan.js';
import { dialectOf } from '../dialect.js';
import { reportFromAnswer, type SqlAnswerRow } from '../report.js';
import { columnType } from '../script.js';
import { loadOptional } from './load.js';

/** The slice of `pg` used here. */
interface Pg {
  Client: new (config: string | Record<string, unknown>) => PgClient;
  default?: Pg;
}
interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}

/**
 * Where the data is on a PostgreSQL server.
 *
 * @example
 * ({ url: 'postgres://chitieu@localhost:5432/stats', table: 'observations' })
 */
export interface PostgresSource {
  /** A connection string, or `pg`'s connection options. */
  readonly url: string | Readonly<Record<string, unknown>>;
  /** The table or view with the data fields as columns (any subset; figures numeric or text). */
  readonly table: string;
  /** The data fields the table has (default: all). */
  readonly columns?: readonly string[];
}

/**
 * Check a plan on PostgreSQL: the plan compiled to SQL, run in one session, the report built
 * from the answer (the report `checkPlanRows` gives on the table's rows). Throws
 * `EngineMissingError` when `pg` is not installed, `DataError` for bad rows.
 *
 * @example
 * const report = await checkPlanPostgres(plan, { url: process.env.DATABASE_URL!, table: 'observations' }, { asOf: '2023-12-31' })
 */
export async function checkPlanPostgres(plan: Plan, source: PostgresSource, options: EvaluatePlanOptions = {}): Promise<PlanReport> {
  const { compiled, answer } = await postgresAnswer(plan, source, options);
  return reportFromAnswer(compiled, answer, { json: false });
}

/**
 * The compiled plan and PostgreSQL's answer to it.
 *
 * @example
 * const { answer } = await postgresAnswer(plan, { url, table: 'observations' })
 */
export async function postgresAnswer(plan: Plan, source: PostgresSource, options: EvaluatePlanOptions = {}): Promise<{ compiled: CompiledPlan; answer: SqlAnswerRow[] }> {
  const loaded = await loadOptional<Pg>('pg', 'postgres');
  const pg = loaded.Client ? loaded : loaded.default!;
  const compiled = compilePlan(plan, { dialect: 'postgres', source: { table: source.table, ...(source.columns && { columns: source.columns }) }, options });
  const d = dialectOf('postgres');
  const client = new pg.Client(source.url as string);
  await client.connect();
  try {
    for (const t of compiled.tables) {
      await client.query(`CREATE TEMP TABLE ${t.name} (${t.columns.map((c) => `${c.name} ${columnType(d, c.type)}`).join(', ')})`);
      // One array per column, unnested into rows: a national plan's bindings in one statement.
      const arrays = t.columns.map((_, j) => t.rows.map((r) => (r[j] === null ? null : String(r[j]))));
      const casts = t.columns.map((c, j) => `$${j + 1}::${c.type === 'text' ? 'text' : c.type === 'int' ? 'bigint' : 'numeric'}[]`);
      await client.query(`INSERT INTO ${t.name} SELECT * FROM unnest(${casts.join(', ')})`, arrays);
    }
    const { rows } = await client.query(compiled.query);
    return { compiled, answer: rows };
  } finally {
    await client.end();
  }
}
