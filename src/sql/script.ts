/** A compiled plan as one SQL script to run by hand or in a pipeline (`chitieu sql`). */
import { dialectOf, type Dialect } from './dialect.js';
import type { CompiledPlan, SqlTable } from './compile-plan.js';

/**
 * The column type of a table column in a dialect.
 *
 * @example
 * columnType(dialectOf('postgres'), 'decimal') // "NUMERIC"
 */
export function columnType(d: Dialect, type: SqlTable['columns'][number]['type']): string {
  if (type === 'text') return d.textType;
  if (type === 'int') return d.name === 'clickhouse' ? 'Nullable(Int64)' : d.intType;
  return d.name === 'duckdb' ? 'DECIMAL(38,0)' : d.name === 'postgres' ? 'NUMERIC' : 'Nullable(Decimal128(0))';
}

function literal(d: Dialect, v: string | number | null, type: SqlTable['columns'][number]['type']): string {
  if (v === null) return 'NULL';
  if (type === 'decimal') return d.integer(BigInt(v));
  return typeof v === 'number' ? String(v) : d.string(v);
}

/**
 * The statements that create and fill a table (temporary where the engine has them).
 *
 * @example
 * tableStatements(dialectOf('duckdb'), compiled.tables[0]!) // ['CREATE TEMP TABLE chitieu_bind (...)', 'INSERT INTO ...']
 */
export function tableStatements(d: Dialect, t: SqlTable, chunk = 1000): string[] {
  const cols = t.columns.map((c) => `${c.name} ${columnType(d, c.type)}`).join(', ');
  const create = d.name === 'clickhouse' ? `CREATE TABLE ${t.name} (${cols}) ENGINE = Memory` : `CREATE TEMP TABLE ${t.name} (${cols})`;
  const out = [create];
  for (let i = 0; i < t.rows.length; i += chunk) {
    const values = t.rows.slice(i, i + chunk).map((r) => `(${r.map((v, j) => literal(d, v, t.columns[j]!.type)).join(', ')})`);
    out.push(`INSERT INTO ${t.name} VALUES\n${values.join(',\n')}`);
  }
  return out;
}

/**
 * The whole script: the two tables created and filled, then the query.
 *
 * @example
 * sqlScript(compilePlan(plan, { dialect: 'duckdb', source: { file: 'obs.parquet', format: 'parquet' } }))
 */
export function sqlScript(compiled: CompiledPlan): string {
  const d = dialectOf(compiled.dialect);
  const statements = [...compiled.tables.flatMap((t) => tableStatements(d, t)), compiled.query];
  return `${statements.join(';\n\n')};\n`;
}
