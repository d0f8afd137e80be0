/**
 * Every difference between the SQL engines, in one place: the exact decimal type, casts,
 * regular expressions, string functions. The query (./query.ts) is written once against this.
 *
 * ClickHouse: the SQL runs on Debian's 18.16 as on current releases. It avoids what 18.16
 * lacks: window functions, `CASE` on Nullable in old JOINs, `||` (concat() instead),
 * non-equi JOIN conditions, `sign()`; it uses Decimal128 (overflow raises, never wraps).
 */

/**
 * The SQL dialects `compilePlan` writes.
 *
 * @example
 * compilePlan(plan, { dialect: 'postgres', source: { table: 'observations' } })
 */
export type SqlDialect = 'duckdb' | 'postgres' | 'clickhouse';

/**
 * The SQL dialects, for option checking and help text.
 *
 * @example
 * SQL_DIALECTS.includes('postgres') // true
 */
export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres', 'clickhouse'];

/** How one engine spells what the query needs. */
export interface Dialect {
  readonly name: SqlDialect;
  /** An exact decimal from text that matches `FIGURE_RE` (≤ 15 integer digits, ≤ 6 decimals). */
  decimal(text: string): string;
  /** An exact integer literal (a form's coefficient, |x| < 10^18). */
  integer(x: bigint | number): string;
  /** Any value as text (NULL stays NULL). */
  text(expr: string): string;
  /** A 4-digit text as an integer. */
  int(expr: string): string;
  /** Whether the whole text matches the regular expression (NULL for NULL). */
  matches(expr: string, re: string): string;
  concat(...parts: string[]): string;
  /** Text from 1-based `start` to its end. */
  from(expr: string, start: number): string;
  /** A string literal. */
  string(s: string): string;
  /** The sign of an exact number: -1, 0, 1 (NULL for NULL). */
  sign(expr: string): string;
  /** A boolean expression as 0/1. */
  flag(expr: string): string;
  /** The type of the bindings' text columns and of integers, for CREATE TABLE. */
  readonly textType: string;
  readonly intType: string;
}

function quote(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

const duckdb: Dialect = {
  name: 'duckdb',
  decimal: (t) => `CAST(${t} AS DECIMAL(38,6))`,
  integer: (x) => `CAST(${quote(String(x))} AS DECIMAL(38,0))`,
  text: (e) => `CAST(${e} AS VARCHAR)`,
  int: (e) => `CAST(${e} AS INTEGER)`,
  matches: (e, re) => `regexp_full_match(${e}, ${quote(re)})`,
  concat: (...p) => `(${p.join(' || ')})`,
  from: (e, start) => `substr(${e}, ${start})`,
  string: quote,
  sign: (e) => `sign(${e})`,
  flag: (e) => `CASE WHEN ${e} THEN 1 ELSE 0 END`,
  textType: 'VARCHAR',
  intType: 'BIGINT',
};

const postgres: Dialect = {
  name: 'postgres',
  decimal: (t) => `CAST(${t} AS NUMERIC)`,
  integer: (x) => `CAST(${quote(String(x))} AS NUMERIC)`,
  text: (e) => `CAST(${e} AS TEXT)`,
  int: (e) => `CAST(${e} AS INTEGER)`,
  matches: (e, re) => `(${e} ~ ${quote(`^(?:${re})$`)})`,
  concat: (...p) => `(${p.join(' || ')})`,
  from: (e, start) => `substr(${e}, ${start})`,
  string: quote,
  sign: (e) => `sign(${e})`,
  flag: (e) => `CASE WHEN ${e} THEN 1 ELSE 0 END`,
  textType: 'TEXT',
  intType: 'BIGINT',
};

const clickhouse: Dialect = {
  name: 'clickhouse',
  decimal: (t) => `toDecimal128(${t}, 6)`,
  integer: (x) => `toDecimal128(${quote(String(x))}, 0)`,
  text: (e) => `toString(${e})`,
  int: (e) => `toInt32(${e})`,
  matches: (e, re) => `match(${e}, ${quote(`^(?:${re})$`)})`,
  concat: (...p) => `concat(${p.join(', ')})`,
  from: (e, start) => `substring(${e}, ${start}, 1000)`,
  string: quote,
  sign: (e) => `multiIf(${e} < 0, -1, ${e} > 0, 1, 0)`,
  flag: (e) => `if(${e}, 1, 0)`,
  textType: 'String',
  intType: 'Int64',
};

/**
 * The dialect of an engine.
 *
 * @example
 * dialectOf('duckdb').decimal("'7.5'") // "CAST('7.5' AS DECIMAL(38,6))"
 */
export function dialectOf(name: SqlDialect): Dialect {
  switch (name) {
    case 'duckdb':
      return duckdb;
    case 'postgres':
      return postgres;
    case 'clickhouse':
      return clickhouse;
  }
}

/**
 * A figure SQL reads exactly: a plain decimal with at most 15 integer digits and 6 decimals
 * (every product the forms take then fits the engines' exact decimals). Any other figure
 * (more digits, an exponent, a sign) sends its target to the evaluator, which reads it exactly
 * or reports it.
 */
export const FIGURE_RE = '[0-9]{1,15}([.][0-9]{1,6})?';

/** The four canonical spellings of a period, as the data schema accepts them. */
export const PERIOD_RE = '[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?';

/** A figure string the data layer warns about (`1.000`: one, or a thousand?): left to it. */
export const THOUSANDS_RE = '[0-9]{1,3}[.][0-9]{3}';
