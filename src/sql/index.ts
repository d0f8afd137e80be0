/**
 * `chitieu/sql`: checks where the data lives. A plan compiles to SQL that judges every target
 * rows decide inside the engine, exactly (the evaluator's own linear forms, on exact decimals),
 * and hands back the rows of the others; the report is built from the engine's answer by the
 * streamed check's own code. DuckDB runs embedded (`checkPlanDuckdb`, with `@duckdb/node-api`
 * installed); for PostgreSQL and ClickHouse, run `compiled.query` with your own client after the
 * tables (`sqlScript` prints it all) and pass the rows to `reportFromAnswer`.
 *
 * @example
 * import { compilePlan, sqlScript, checkPlanDuckdb } from 'chitieu/sql';
 * console.log(sqlScript(compilePlan(plan, { dialect: 'postgres', source: { table: 'observations' } })));
 * const report = await checkPlanDuckdb(plan, { file: 'obs.parquet', format: 'parquet' }, { asOf: '2023-12-31' });
 *
 * @module
 */
export { compilePlan, type CompiledPlan, type CompilePlanOptions, type SqlTable } from './compile-plan.js';
export { SQL_DIALECTS, type SqlDialect } from './dialect.js';
export type { SqlSource } from './source.js';
export type { PlanSpecs, SqlBaseline, SqlBinding, SqlForm, SqlOp, SqlShape, SqlSpec } from './specs.js';
export { sqlScript } from './script.js';
export { reportFromAnswer, type SqlAnswerRow } from './report.js';
export { checkPlanDuckdb, duckdbAnswer, type DuckdbCheckOptions } from './adapters/duckdb.js';
export { EngineMissingError } from './adapters/load.js';
export { checkPlanPostgres, postgresAnswer, type PostgresSource } from './adapters/postgres.js';
