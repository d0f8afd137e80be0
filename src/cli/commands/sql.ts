import { SQL_DIALECTS, compilePlan, sqlScript, type SqlDialect, type SqlSource } from '../../sql/index.js';
import { flag, UsageError } from '../args.js';
import { defineCommand, type CommandContext } from '../command.js';
import { loadOnePlan } from '../common.js';
import { duckdbSource } from './check-engine.js';

const HELP = `chitieu sql <KẾ_HOẠCH.chitieu | -> [--dialect duckdb|postgres|clickhouse] [--table obs | --data obs.parquet]
            [--as-of 2023-12-31] [--year 2023] [--period 2023-H1]

In câu lệnh SQL đánh giá kế hoạch ngay trong cơ sở dữ liệu: tạo hai bảng nhỏ (mã số liệu, quy tắc),
rồi một câu SELECT trả về, cho mỗi chỉ tiêu, số kỳ đạt/vượt/không đạt..., và các dòng cần trả lại
cho chitieu (chỉ tiêu định tính, theo đơn vị, nhiệm vụ).
Prints the SQL that checks the plan inside the database: two small tables (ids, rules), then one
SELECT giving each target's evaluations by status and the rows chitieu itself must judge.

  --dialect D   duckdb (mặc định), postgres, clickhouse
  --table T     bảng (hoặc view) số liệu, cột như tệp số liệu / the data table, columns as the data format (default: observations)
  --data FILE   DuckDB: đọc thẳng tệp .parquet, .csv, .ndjson, .json / read the file itself
Exit: 0 ok, 2 bad input or usage.`;

async function run({ args, lang, io }: CommandContext): Promise<number> {
  const dialect = (flag(args, 'dialect') ?? 'duckdb') as SqlDialect;
  if (!SQL_DIALECTS.includes(dialect)) throw new UsageError(`--dialect: cần một trong ${SQL_DIALECTS.join(', ')} (expected one of them), không phải \`${dialect}\``);
  const data = flag(args, 'data');
  if (data !== undefined && dialect !== 'duckdb') throw new UsageError('--data chỉ dùng với --dialect duckdb (files are read by DuckDB only); dùng --table');
  const source: SqlSource = data !== undefined ? duckdbSource(data, flag(args, 'data-format')) : { table: flag(args, 'table') ?? 'observations' };
  const yearText = flag(args, 'year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(`--year: cần năm 4 chữ số (expected a year), không phải \`${yearText}\``);
  const asOf = flag(args, 'as-of');
  const period = flag(args, 'period');
  const plan = await loadOnePlan(args, lang, io);
  const compiled = compilePlan(plan, {
    dialect,
    source,
    options: { ...(asOf !== undefined && { asOf }), ...(period !== undefined && { period }), ...(year !== undefined && { year }), lang },
  });
  io.stdout.write(sqlScript(compiled));
  return 0;
}

/**
 * `chitieu sql`: the plan as an SQL script for a data team to run.
 *
 * @example
 * await sqlCommand.run(['plan.chitieu', '--dialect', 'postgres', '--table', 'obs'], io) // 0
 */
export const sqlCommand = defineCommand({
  name: 'sql',
  help: HELP,
  options: Object.fromEntries(['dialect', 'table', 'data', 'data-format', 'as-of', 'year', 'period'].map((k) => [k, { type: 'string' as const }])),
  run,
});
