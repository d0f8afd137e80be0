/**
 * `chitieu check --engine duckdb`: the plan compiled to SQL and run by DuckDB embedded on the
 * data file (Parquet, CSV, NDJSON or JSON), the report built from its answer (chitieu/sql).
 */
import { DataError, type EvaluatePlanOptions, type Plan, type PlanReport } from '../../index.js';
import { checkPlanDuckdb, EngineMissingError, type SqlSource } from '../../sql/index.js';
import { InFile, InputError, UsageError } from '../errors.js';

/** The engines `--engine` takes. */
export const ENGINES = ['js', 'duckdb'] as const;

/** The source of a data file for DuckDB, by `--data-format` or its extension. */
export function duckdbSource(file: string, given: string | undefined): SqlSource {
  if (file === '-') throw new UsageError('--engine duckdb đọc tệp, không đọc stdin (reads a file, not stdin)');
  const formats = ['parquet', 'csv', 'ndjson', 'json'] as const;
  const format = given ?? (/\.parquet$/i.test(file) ? 'parquet' : /\.csv$/i.test(file) ? 'csv' : /\.(ndjson|jsonl)$/i.test(file) ? 'ndjson' : 'json');
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`--data-format: cần một trong ${formats.join(', ')} (expected one of them), không phải \`${format}\``);
  return { file, format: format as (typeof formats)[number] };
}

/** The report through DuckDB; its errors as the CLI's (a missing driver is a usage error). */
export async function checkWithDuckdb(plan: Plan, source: SqlSource & { file: string }, options: EvaluatePlanOptions): Promise<PlanReport> {
  try {
    return await checkPlanDuckdb(plan, source, options);
  } catch (e) {
    if (e instanceof EngineMissingError) throw new UsageError(e.message);
    if (e instanceof DataError) throw new InFile(source.file, e);
    // DuckDB's own refusals (a file it cannot read, a line that is not JSON): bad input, named by the file.
    if (e instanceof Error && /^(IO|Invalid Input|Conversion|Parser|Binder|Out of Range) Error/.test(e.message)) {
      throw new InputError(`${source.file}: ${e.message}`, 'invalid_data', source.file);
    }
    throw e;
  }
}
