/**
 * The observation rows as the query reads them: every field of the data format as text (NULL
 * when absent), read with an explicit schema (ids are never guessed as numbers: DuckDB's CSV
 * detection typed `metric` as DOUBLE and merged `2.1` with `2.10`), plus `bad`: the row is not
 * in the format at all (a JSON field of the wrong type, an unknown field). Each field also comes
 * raw, for the rows handed back to the evaluator: the whole object's JSON text (`raw_row`) for
 * JSON sources (parsed back in JavaScript as the NDJSON reader would), each field's text otherwise.
 */
import { ROW_FIELDS } from '../data/schema.js';
import type { Dialect } from './dialect.js';

/**
 * Where the rows are: a table (or view) of the engine, or a file DuckDB reads.
 *
 * @example
 * ({ table: 'observations' })
 * ({ file: 'obs.parquet', format: 'parquet', columns: ['metric', 'period', 'value'] })
 */
export type SqlSource =
  | {
      /** A table or view name, used as written (quote it yourself if it needs quotes). */
      readonly table: string;
      /** The data fields the table has (default: all of them); the others read as absent. */
      readonly columns?: readonly string[];
    }
  | {
      /** A file path DuckDB can read. */
      readonly file: string;
      readonly format: 'ndjson' | 'json' | 'csv' | 'parquet';
      /** For CSV and Parquet: the data fields the file has (default: all). */
      readonly columns?: readonly string[];
    };

/** The data fields, in the format's order. */
export const FIELDS = ROW_FIELDS as readonly string[];

const TEXT_FIELDS = new Set(['metric', 'period', 'unit', 'assessment', 'evidence', 'task', 'completed']);

function quote(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** A column name, quoted (`start` and `value` are keywords in some engines). */
export function column(d: Dialect, name: string): string {
  return d.name === 'clickhouse' ? `\`${name}\`` : `"${name}"`;
}

/** Whether the source's rows come as JSON values (NDJSON, a JSON document). */
export function isJsonSource(s: SqlSource): boolean {
  return 'file' in s && (s.format === 'ndjson' || s.format === 'json');
}

/** A JSON source in DuckDB: one JSON object per row, typed field by field. */
function jsonRows(s: { file: string; format: 'ndjson' | 'json' }): string {
  const objects =
    s.format === 'ndjson'
      ? `SELECT json AS j FROM read_ndjson_objects(${quote(s.file)})`
      : `SELECT unnest(json_extract(json, '$.observations[*]')) AS j FROM read_json_objects(${quote(s.file)}, format = 'unstructured')`;
  const known = `[${FIELDS.map(quote).join(', ')}]`;
  const fields = FIELDS.map((f) => {
    const v = `(j -> ${quote(f)})`;
    const kind = `json_type(${v})`;
    const text = TEXT_FIELDS.has(f)
      ? `CASE WHEN ${kind} = 'VARCHAR' THEN (${v} ->> '$') END`
      : `CASE WHEN ${kind} = 'VARCHAR' THEN (${v} ->> '$') WHEN ${kind} IN ('UBIGINT', 'BIGINT', 'DOUBLE') AND length(CAST(${v} AS VARCHAR)) <= 16 THEN CAST(${v} AS VARCHAR) END`;
    return { f, text, raw: `CAST(${v} AS VARCHAR)`, ok: `(${v} IS NULL OR ${text} IS NOT NULL)` };
  });
  const bad = `NOT (json_type(j) = 'OBJECT' AND len(list_filter(json_keys(j), k -> NOT list_contains(${known}, k))) = 0 AND ${fields.map((x) => x.ok).join(' AND ')})`;
  return [
    'SELECT',
    fields.map((x) => `  ${x.text} AS ${x.f}, ${x.raw} AS raw_${x.f},`).join('\n'),
    `  ${bad} AS bad, CAST(j AS VARCHAR) AS raw_row`,
    `FROM (${objects}) AS o`,
  ].join('\n');
}

/**
 * The SELECT that gives the source's rows as text fields (`metric`, ..., `completed`), their raw
 * spelling (`raw_metric`, ...), and `bad`.
 *
 * @example
 * sourceRows(dialectOf('postgres'), { table: 'obs' }) // 'SELECT CAST("metric" AS TEXT) AS metric, ...'
 */
export function sourceRows(d: Dialect, s: SqlSource): string {
  if ('file' in s && (s.format === 'ndjson' || s.format === 'json')) {
    if (d.name !== 'duckdb') throw new Error(`${s.format} files are read by DuckDB only (dialect ${d.name})`);
    return jsonRows({ file: s.file, format: s.format });
  }
  const present = new Set(s.columns ?? FIELDS);
  const from =
    'table' in s
      ? s.table
      : s.format === 'csv'
        ? `read_csv(${quote(s.file)}, all_varchar = true, header = true)`
        : `read_parquet(${quote(s.file)})`;
  if ('file' in s && d.name !== 'duckdb') throw new Error(`files are read by DuckDB only (dialect ${d.name})`);
  const fields = FIELDS.map((f) => {
    // An empty text is an absent field, as a CSV cell is.
    const text = present.has(f) ? `NULLIF(${d.text(column(d, f))}, '')` : 'NULL';
    return `  ${text} AS ${f}, ${text} AS raw_${f},`;
  });
  return ['SELECT', ...fields, `  ${d.name === 'clickhouse' ? '0' : 'false'} AS bad, CAST(NULL AS ${d.textType}) AS raw_row`, `FROM ${from}`].join('\n');
}
