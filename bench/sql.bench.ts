/**
 * Checks where the data lives (issue 12): the national check — communes × 31 targets, one of
 * them year over year (`Giảm 07% so với năm 2022`, against the 2022 row of the same month) ×
 * 12 months — through DuckDB embedded (chitieu/sql) from Parquet, NDJSON and CSV, against the
 * streamed check (`checkPlanNdjson`) on the same data, each in a fresh process so that its
 * peak memory is its own. Printed: seconds, peak RSS, the ratios, and whether every engine
 * found the statuses the generator chose.
 *
 * `SQL_BENCH_DISTRICTS` (default 30: 3,000 communes, ~1.1 million rows, under a minute here)
 * scales it; 107 is the issue's 10,700 communes (3.98 million rows).
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from '../src/ast/types.js';
import type { VerdictStatus } from '../src/evaluate/verdict.js';
import type { Plan, PlanNode, PlanSection, PlanTarget } from '../src/plan/types.js';
import type { PlanReport } from '../src/report/index.js';
import { loadLibrary } from './lib/api.js';
import { fmt, goal } from './lib/timing.js';

const DISTRICTS = Number(process.env['SQL_BENCH_DISTRICTS'] ?? 30);
const COMMUNES = 100;
const AS_OF = '2023-12-31';

/** Thirty-one statements: rates, counts, ceilings, zero tolerance, a change from the start, and a year-over-year cut. */
const STATEMENTS = [
  ...['Đạt trên 91%', 'Đạt tỷ lệ từ 80% trở lên', 'Đạt tỷ lệ từ 95% trở lên', 'Đảm bảo tiếp nhận 100%', 'Đạt tỷ lệ từ 70% trở lên', 'tỷ lệ giải quyết án hình sự đạt trên 88%'],
  ...['Không để xảy ra', 'Không để tồn tại', 'ít nhất 45 hồ sơ', '50 hồ sơ', 'không quá 20 vụ', 'tối đa 5 vụ', 'khoảng 40 hồ sơ'],
  ...['Đạt tỷ lệ từ 85% trở lên', 'Đạt tỷ lệ từ 60% trở lên', 'Chuyển hóa thành công 60% địa bàn', 'ít nhất 02 lần', 'không vượt quá 3 vụ', 'tăng 10% so với hiện nay'],
  ...['Đạt trên 75%', 'Đạt trên 90%', 'Đạt tỷ lệ từ 50% trở lên', 'ít nhất 01 mô hình', 'dưới 5 vụ', 'Giảm 30% so với đầu kỳ'],
  ...['Đạt tỷ lệ từ 65% trở lên', 'Đạt tỷ lệ từ 75% trở lên', 'ít nhất 10 hồ sơ', 'không quá 8 vụ', 'Đạt trên 85%', 'Giảm 07% so với năm 2022'],
];

let seed = 0x2545f491;
function rand(n: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

/**
 * A row's figures for a wanted status (mostly met or exceeded, a fifth not met), and the status
 * they give: chosen so that it is known without the evaluator. Rates over 200 cases, counts
 * around their figure, the change from a start of 100, the cut against a 2022 figure of 1,000.
 */
function figures(text: string): { figures: Record<string, number>; status: VerdictStatus } {
  const r = rand(10);
  const want: VerdictStatus = r < 2 ? 'not_met' : r < 6 ? 'met' : 'exceeded';
  const n = Number(/(\d+)/.exec(text)?.[1] ?? 0);
  if (/so với năm 2022/.test(text)) return { figures: { value: want === 'not_met' ? 950 : want === 'met' ? 930 : 900 }, status: want };
  if (/hiện nay/.test(text)) return { figures: { value: want === 'not_met' ? 105 : want === 'met' ? 110 : 125, start: 100 }, status: want };
  if (/Giảm 30%/.test(text)) return { figures: { value: want === 'not_met' ? 80 : want === 'met' ? 70 : 50, start: 100 }, status: want };
  if (/Không để/.test(text)) return want === 'not_met' ? { figures: { value: 2 }, status: 'not_met' } : { figures: { value: 0 }, status: 'met' };
  if (/100%/.test(text)) return want === 'not_met' ? { figures: { numerator: 199, denominator: 200 }, status: 'not_met' } : { figures: { numerator: 200, denominator: 200 }, status: 'met' };
  if (/%/.test(text)) {
    const strict = /trên/.test(text);
    const at = 2 * n; // n% of 200
    if (want === 'not_met') return { figures: { numerator: at - (strict ? 0 : 1), denominator: 200 }, status: 'not_met' };
    if (want === 'met' && !strict) return { figures: { numerator: at, denominator: 200 }, status: 'met' };
    return { figures: { numerator: Math.min(200, at + 1 + rand(10)), denominator: 200 }, status: strict ? 'met' : 'exceeded' };
  }
  if (/khoảng/.test(text)) return { figures: { value: want === 'not_met' ? 30 : want === 'met' ? 40 : 50 }, status: want };
  if (/không quá|tối đa|không vượt quá/.test(text)) return { figures: { value: want === 'not_met' ? n + 1 : want === 'met' ? n : n - 1 }, status: want };
  if (/dưới/.test(text)) return want === 'not_met' ? { figures: { value: n }, status: 'not_met' } : { figures: { value: n - 1 }, status: 'met' };
  // A count floor: short of it in a month before the year's end is not due, so every month's figure meets it.
  return want === 'exceeded' ? { figures: { value: n + 3 }, status: 'exceeded' } : { figures: { value: n }, status: 'met' };
}

function code(d: number, c: number): string {
  return `X${String(d * COMMUNES + c + 1).padStart(5, '0')}`;
}

const span = { start: 0, end: 0, line: 1, column: 1 };

function buildPlan(targets: readonly Target[]): Plan {
  const districts: PlanSection[] = [];
  for (let d = 0; d < DISTRICTS; d++) {
    const communes: PlanNode[] = [];
    for (let c = 0; c < COMMUNES; c++) {
      const id = code(d, c);
      const children: PlanTarget[] = targets.map((target, k) => ({
        kind: 'target',
        stt: String(k + 1),
        description: `Chỉ tiêu ${k + 1}`,
        statement: { text: STATEMENTS[k]!, target, span, segments: [] },
        lead: [`UBND xã ${id}`],
        coordinators: [],
        metrics: [{ id: `${id}.${k + 1}`, clauseIndex: 0, clause: target.clauses[0]!, explicit: true }],
        span,
      }));
      communes.push({ kind: 'section', number: String(c + 1), title: `Xã ${id}`, children, span });
    }
    districts.push({ kind: 'section', number: String(d + 1), title: `Huyện ${d + 1}`, children: communes, span });
  }
  return { kind: 'plan', header: { year: 2023, implements: [], span }, body: [{ kind: 'section', number: 'I', title: 'Tỉnh', children: districts, span }] };
}

const FIELDS = ['metric', 'period', 'value', 'numerator', 'denominator', 'start'] as const;

/** The rows as NDJSON and as CSV, and the statuses they were made to give. */
async function writeRows(ndjson: string, csv: string): Promise<{ rows: number; expected: Record<VerdictStatus, number> }> {
  const outs = [createWriteStream(ndjson), createWriteStream(csv)] as const;
  const expected: Record<VerdictStatus, number> = { met: 0, exceeded: 0, not_met: 0, no_data: 0, not_due: 0 };
  let [a, b] = ['', `${FIELDS.join(',')}\n`];
  let rows = 0;
  const put = (row: Record<string, unknown>) => {
    a += `${JSON.stringify(row)}\n`;
    b += `${FIELDS.map((f) => row[f] ?? '').join(',')}\n`;
    rows++;
  };
  for (let d = 0; d < DISTRICTS; d++) {
    for (let c = 0; c < COMMUNES; c++) {
      for (let m = 1; m <= 12; m++) {
        const month = String(m).padStart(2, '0');
        for (let k = 0; k < STATEMENTS.length; k++) {
          const metric = `${code(d, c)}.${k + 1}`;
          if (k === STATEMENTS.length - 1) put({ metric, period: `2022-${month}`, value: 1000 });
          const f = figures(STATEMENTS[k]!);
          expected[f.status]++;
          put({ metric, period: `2023-${month}`, ...f.figures });
        }
      }
      if (a.length > 1 << 20) {
        const waits = [outs[0].write(a), outs[1].write(b)];
        [a, b] = ['', ''];
        for (const [i, ok] of waits.entries()) if (!ok) await once(outs[i]!, 'drain');
      }
    }
  }
  outs[0].end(a);
  outs[1].end(b);
  await Promise.all(outs.map((o) => once(o, 'finish')));
  return { rows, expected };
}

type Engine = 'stream' | 'parquet' | 'ndjson' | 'csv';

/** One measured check, in this (fresh) process: the time from the file to the report, the peak RSS. */
async function measure(engine: Engine, dir: string): Promise<void> {
  const { parseTarget, checkPlanNdjson } = await loadLibrary();
  const built = new URL('../dist/sql/index.js', import.meta.url);
  const sql = (await import(existsSync(built) && !process.env['BENCH_SOURCE'] ? built.href : '../src/sql/index.js')) as typeof import('../src/sql/index.js');
  const plan = buildPlan(STATEMENTS.map((s) => parseTarget(s)));
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  let report: PlanReport;
  if (engine === 'stream') {
    const handle = await open(join(dir, 'obs.ndjson'));
    try {
      report = await checkPlanNdjson(plan, handle, { asOf: AS_OF });
    } finally {
      await handle.close();
    }
  } else {
    report = await sql.checkPlanDuckdb(plan, { file: join(dir, `obs.${engine}`), format: engine }, { asOf: AS_OF });
  }
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, peak: process.resourceUsage().maxRSS * 1024, before, evaluations: report.totals.evaluations })}\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-sql-bench-'));
  try {
    const t0 = performance.now();
    const { rows, expected } = await writeRows(join(dir, 'obs.ndjson'), join(dir, 'obs.csv'));
    // Parquet as a data warehouse exports it: typed columns, written by DuckDB from the CSV.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(
      `COPY (SELECT metric, period, CAST(value AS DECIMAL(18,3)) AS value, CAST(numerator AS BIGINT) AS numerator, CAST(denominator AS BIGINT) AS denominator, CAST("start" AS DECIMAL(18,3)) AS "start" FROM read_csv('${join(dir, 'obs.csv')}', all_varchar = true, header = true)) TO '${join(dir, 'obs.parquet')}' (FORMAT parquet)`,
    );
    c.closeSync();
    db.closeSync();
    const size = (ext: string) => fmt(statSync(join(dir, `obs.${ext}`)).size / 1024 / 1024, 1);
    console.log(
      `national check: ${fmt(DISTRICTS * COMMUNES)} communes × ${STATEMENTS.length} targets (one year over year) × 12 months = ${fmt(rows)} rows ` +
        `(NDJSON ${size('ndjson')} MB, CSV ${size('csv')} MB, Parquet ${size('parquet')} MB; generated in ${fmt((performance.now() - t0) / 1000, 1)} s)`,
    );
    const results = new Map<Engine, { ms: number; peak: number; evaluations: Record<VerdictStatus, number> }>();
    for (const engine of ['stream', 'parquet', 'ndjson', 'csv'] as const) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), engine, dir], { encoding: 'utf8', env: process.env });
      const last = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !last.startsWith('{')) throw new Error(`${engine}: ${child.stderr || child.stdout}`);
      results.set(engine, JSON.parse(last));
    }
    const want = JSON.stringify(Object.fromEntries(Object.keys(expected).sort().map((k) => [k, expected[k as VerdictStatus]])));
    const label: Record<Engine, string> = { stream: 'checkPlanNdjson (streamed, JavaScript)', parquet: 'DuckDB from Parquet', ndjson: 'DuckDB from NDJSON', csv: 'DuckDB from CSV' };
    const stream = results.get('stream')!;
    let same = true;
    for (const [engine, r] of results) {
      const got = JSON.stringify(Object.fromEntries(Object.keys(r.evaluations).sort().map((k) => [k, r.evaluations[k as VerdictStatus]])));
      same &&= got === want;
      console.log(
        `  ${label[engine].padEnd(40)} ${fmt(r.ms / 1000, 2).padStart(6)} s  peak RSS ${fmt(r.peak / 1024 / 1024).padStart(5)} MB  ${engine === 'stream' ? '' : `${fmt(stream.ms / r.ms, 2)}× the streamed check`}  statuses as generated: ${got === want ? 'yes' : `NO ${got}`}`,
      );
    }
    const parquet = results.get('parquet')!;
    console.log(goal('DuckDB from Parquet vs the streamed check', `${fmt(stream.ms / parquet.ms, 2)}×`, '≥ 3×', stream.ms / parquet.ms >= 3));
    console.log(goal('DuckDB from Parquet, memory', `${fmt(parquet.peak / 1024 / 1024)} MB`, '≤ 300 MB (at 10,700 communes)', parquet.peak <= 300 * 1024 * 1024));
    console.log(`same verdicts everywhere: ${same ? 'yes' : 'NO'}`);
    if (!same) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [engine, dir] = process.argv.slice(2);
if (engine && dir) await measure(engine as Engine, dir);
else await main();
