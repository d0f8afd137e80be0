/**
 * DuckDB, embedded: the plan's SQL run in this process on a Parquet, CSV, NDJSON or JSON file
 * (or on a table of a DuckDB database file). `@duckdb/node-api` is an optional peer dependency,
 * loaded only here, when asked for.
 */
import type { Plan } from '../../plan/types.js';
import type { EvaluatePlanOptions } from '../../report/options.js';
import type { PlanReport } from '../../report/types.js';
import { compilePlan, type CompiledPlan } from '../compile-plan.js';
import { dialectOf } from '../dialect.js';
import { reportFromAnswer, type SqlAnswerRow } from '../report.js';
import { tableStatements } from '../script.js';
import { BIND_TABLE } from '../query.js';
import { FIELDS, isJsonSource, type SqlSource } from '../source.js';
import { EngineMissingError, loadOptional } from './load.js';

/** The slice of `@duckdb/node-api` used here. */
interface DuckDb {
  DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<Instance> };
}
interface Instance {
  connect(): Promise<Connection>;
  closeSync(): void;
}
interface Connection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[]; getRowObjects(): Record<string, unknown>[] }>;
  createAppender(table: string): Promise<Appender>;
  closeSync(): void;
}
interface Appender {
  appendVarchar(v: string): void;
  appendBigInt(v: bigint): void;
  appendNull(): void;
  endRow(): void;
  closeSync(): void;
}

/**
 * Options of `checkPlanDuckdb`.
 *
 * @example
 * ({ asOf: '2023-12-31', database: ':memory:', threads: 2 })
 */
export interface DuckdbCheckOptions extends EvaluatePlanOptions {
  /** A DuckDB database file, for a `{ table }` source; default an in-memory database. */
  readonly database?: string;
  /** Worker threads DuckDB may use (default: its own choice, all cores). */
  readonly threads?: number;
  /** DuckDB's memory limit (`'300MB'`). */
  readonly memoryLimit?: string;
}

/** The data fields a CSV or Parquet file has, from DuckDB's own reading of its header. */
async function presentColumns(c: Connection, source: SqlSource): Promise<readonly string[] | undefined> {
  if (!('file' in source) || isJsonSource(source)) return undefined;
  const read = source.format === 'csv' ? `read_csv('${source.file.replaceAll("'", "''")}', all_varchar = true, header = true)` : `read_parquet('${source.file.replaceAll("'", "''")}')`;
  const described = (await c.runAndReadAll(`DESCRIBE SELECT * FROM ${read}`)).getRowObjectsJS();
  const names = described.map((r) => String(r['column_name']));
  const unknown = names.filter((n) => !FIELDS.includes(n));
  if (unknown.length > 0) {
    const { DataError } = await import('../../data/data-error.js');
    throw new DataError(unknown.map((found) => ({ code: 'unknown_field', path: [found], expected: 'known_field', found })));
  }
  return names;
}

/**
 * The plan compiled for DuckDB and the engine's answer to it, before the report is built (for a
 * caller that wants the answer itself: the targets SQL decided are the rows of kind `e`).
 *
 * @example
 * const { compiled, answer } = await duckdbAnswer(plan, { file: 'obs.parquet', format: 'parquet' })
 * answer.filter((r) => r['kind'] === 'e').length // targets judged inside DuckDB
 */
export async function duckdbAnswer(plan: Plan, source: SqlSource, options: DuckdbCheckOptions = {}): Promise<{ compiled: CompiledPlan; answer: SqlAnswerRow[] }> {
  const duckdb = await loadOptional<DuckDb>('@duckdb/node-api', 'duckdb');
  const config: Record<string, string> = {};
  if (options.threads !== undefined) config['threads'] = String(options.threads);
  if (options.memoryLimit !== undefined) config['memory_limit'] = options.memoryLimit;
  const instance = await duckdb.DuckDBInstance.create(options.database ?? ':memory:', config);
  try {
    const c = await instance.connect();
    try {
      const columns = await presentColumns(c, source);
      const withColumns: SqlSource = columns && 'file' in source ? { ...source, columns } : source;
      const { database: _d, threads: _t, memoryLimit: _m, ...evaluate } = options;
      const compiled = compilePlan(plan, { dialect: 'duckdb', source: withColumns, options: evaluate });
      const d = dialectOf('duckdb');
      for (const table of compiled.tables) {
        const [create, ...inserts] = tableStatements(d, table);
        await c.run(create!);
        if (table.name !== BIND_TABLE) for (const insert of inserts) await c.run(insert);
        else await append(c, table.rows);
      }
      const answer = (await c.runAndReadAll(compiled.query)).getRowObjectsJS() as SqlAnswerRow[];
      return { compiled, answer };
    } finally {
      c.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/**
 * Check a plan with DuckDB embedded: the plan compiled to SQL (`compilePlan`), run on the file,
 * the report built from the answer (`reportFromAnswer`): the report `checkPlanRows` gives on the
 * same rows. Throws `EngineMissingError` when `@duckdb/node-api` is not installed, `DataError`
 * for bad rows.
 *
 * @example
 * const report = await checkPlanDuckdb(plan, { file: 'obs.parquet', format: 'parquet' }, { asOf: '2023-12-31' })
 * renderReport(report, 'text')
 */
export async function checkPlanDuckdb(plan: Plan, source: SqlSource, options: DuckdbCheckOptions = {}): Promise<PlanReport> {
  const { compiled, answer } = await duckdbAnswer(plan, source, options);
  return reportFromAnswer(compiled, answer, { json: isJsonSource(source) });
}

/** The bindings through DuckDB's appender: a national plan has hundreds of thousands. */
async function append(c: Connection, rows: readonly (readonly (string | number | null)[])[]): Promise<void> {
  const a = await c.createAppender(BIND_TABLE);
  for (const row of rows) {
    a.appendVarchar(String(row[0]));
    for (let i = 1; i < row.length; i++) a.appendBigInt(BigInt(row[i] as number));
    a.endRow();
  }
  a.closeSync();
}

export { EngineMissingError };
