/**
 * The query: one statement that judges every (target, period) SQL decides and hands back the
 * rows it does not. Its answer has three kinds of rows:
 * - `e`: per decided entry and period with rows, its status as a rank in `n0` (worst first: 0
 *   not met … 4 exceeded) and the period in `raw_period`; the report judges each target on one
 *   of them, as the streamed check does (./report.ts);
 * - `k`: a row handed back, raw: bad rows (for the data layer to report), task completions, and
 *   every row of a target the evaluator judges (assessments, per-unit, frequencies, averages, and
 *   any target with a row SQL does not read exactly, or a duplicate);
 * - `u`: a metric id no entry binds, with its row count (the `unused_metric` warning);
 * - `t`: the number of rows read, in `n0`.
 *
 * Judging is the evaluator's: the sign of each linear form `α·a + β·b + γ` (the spec table holds
 * the evaluator's own coefficients) on exact decimals, then `judge`'s rule for the comparator,
 * then `whenDue`'s for a count floor not yet reached.
 */
import type { Dialect } from './dialect.js';
import { FIGURE_RE, PERIOD_RE, THOUSANDS_RE } from './dialect.js';
import { FIELDS, sourceRows, type SqlSource } from './source.js';

/** Ranks of statuses, worst first, as the streamed check counts them. */
export const RANKS = ['not_met', 'no_data', 'not_due', 'met', 'exceeded'] as const;

/** What the query needs to know besides the tables. */
export interface QueryOptions {
  /** Only this period is judged. */
  readonly period?: string;
  /** Periods of this year are judged (when no period is asked for). */
  readonly planYear?: number;
  /** The day of the check; absent: the end of each judged period. */
  readonly asOf?: string;
}

/** Names of the two tables the query joins: the plan's bindings and its distinct specs. */
export const BIND_TABLE = 'chitieu_bind';
export const SPEC_TABLE = 'chitieu_spec';

function endDate(d: Dialect, period: string): string {
  // The last day of a period, as YYYYMMDD: its last month, and that month's last day.
  const y = d.int(`substr(${period}, 1, 4)`);
  const suffix = d.from(period, 5);
  const month = `(CASE WHEN ${suffix} = '' THEN 12 WHEN substr(${period}, 6, 1) = 'H' THEN 6 * ${d.int(`substr(${period}, 7, 1)`)} WHEN substr(${period}, 6, 1) = 'Q' THEN 3 * ${d.int(`substr(${period}, 7, 1)`)} ELSE ${d.int(`substr(${period}, 6, 2)`)} END)`;
  const leap = `((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
  const day = `(CASE WHEN ${month} IN (4, 6, 9, 11) THEN 30 WHEN ${month} = 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) ELSE 31 END)`;
  return `(${y} * 10000 + ${month} * 100 + ${day})`;
}

/**
 * The query text.
 *
 * @example
 * planQuery(dialectOf('duckdb'), { table: 'obs' }, { planYear: 2023 }) // 'WITH rows AS (...) SELECT ...'
 */
export function planQuery(d: Dialect, source: SqlSource, o: QueryOptions): string {
  const dec = (x: string) => `(CASE WHEN ${fig(x)} THEN ${d.decimal(x)} END)`;
  const fig = (x: string) => `(${d.matches(x, FIGURE_RE)} AND NOT ${d.matches(x, THOUSANDS_RE)})`;
  const isTrue = (x: string) => `coalesce(${x}, false)`;
  const clean = [
    'NOT bad',
    "metric IS NOT NULL AND metric <> ''",
    `period IS NOT NULL AND ${d.matches('period', PERIOD_RE)}`,
    "(unit IS NULL OR unit <> '')",
    'task IS NULL AND completed IS NULL',
    `((value IS NOT NULL AND numerator IS NULL AND denominator IS NULL AND assessment IS NULL AND ${fig('value')} AND (start IS NULL OR ${fig('start')}))` +
      ` OR (value IS NULL AND start IS NULL AND assessment IS NULL AND ${isTrue(`${dec('numerator')} <= ${dec('denominator')}`)})` +
      ` OR (value IS NULL AND start IS NULL AND numerator IS NULL AND denominator IS NULL AND assessment IN ('met', 'not_met')))`,
  ].map((c) => `(${c})`);
  const year = d.int('substr(period, 1, 4)');
  const judged = o.period !== undefined ? `period = ${d.string(o.period)}` : o.planYear !== undefined ? `${year} = ${o.planYear}` : 'true';
  const asOf = o.asOf !== undefined ? String(Number(o.asOf.replaceAll('-', ''))) : endDate(d, 'period');
  // Degree 1 when both facts are over 1 (plain values: every product stays well within the exact
  // decimals); degree 2 for a rate row's fraction in a change. Each branch takes its own sign,
  // so no decimal type is widened to hold the other's.
  const formSign = (p: string) =>
    `(CASE WHEN x.simple THEN ${d.sign(`x.${p}a * x.fa_ + x.${p}b * x.fb_ + x.${p}c`)} ELSE ${d.sign(`x.${p}a * x.fa_ * x.bd_ + x.${p}b * x.fb_ * x.ad_ + x.${p}c * x.ad_ * x.bd_`)} END)`;
  const noData = [
    // rate: a fraction over 0, a percentage above 100, an assessment
    `(x.shape = 0 AND NOT (${isTrue('x.dd > 0')} OR ${isTrue('x.dv <= 100')}))`,
    `(x.shape = 1 AND x.fa_ IS NULL)`,
    // change: no quantity, no baseline, a zero baseline that divides, points above 100
    `(x.shape = 2 AND (NOT ${isTrue('x.ad_ > 0')} OR NOT ${isTrue('x.bd_ > 0')} OR x.fb_ IS NULL` +
      ` OR (x.divides = 1 AND x.fb_ = 0)` +
      ` OR (x.points = 1 AND (x.fa_ > 100 * x.ad_ OR x.fb_ > 100 * x.bd_))))`,
  ].join(' OR ');
  // The two facts of each clause (a over ad, b over bd), as `measure` reads them from the row and its baseline.
  const facts = [
    `(CASE WHEN s.shape = 0 THEN coalesce(r.dn, r.dv) WHEN s.shape = 1 THEN r.dv ELSE r.an END) AS fa_`,
    `(CASE WHEN s.shape = 0 THEN (CASE WHEN r.dn IS NOT NULL THEN r.dd ELSE 100 END) WHEN s.shape = 1 THEN 1 WHEN s.baseline = 1 THEN r.ds ELSE q.an END) AS fb_`,
    `(CASE WHEN s.shape = 2 THEN r.ad ELSE 1 END) AS ad_`,
    `(CASE WHEN s.shape <> 2 OR s.baseline = 1 THEN 1 ELSE q.ad END) AS bd_`,
  ];
  const judge =
    `CASE WHEN x.op = 'gte' THEN (CASE WHEN x.sf < 0 THEN 0 WHEN coalesce(x.ss, x.sf) > 0 THEN 4 ELSE 3 END)` +
    ` WHEN x.op = 'lte' THEN (CASE WHEN x.sf > 0 THEN 0 WHEN x.sf < 0 THEN 4 ELSE 3 END)` +
    ` WHEN x.op = 'gt' THEN (CASE WHEN x.sf > 0 THEN 3 ELSE 0 END)` +
    ` WHEN x.op = 'lt' THEN (CASE WHEN x.sf < 0 THEN 3 ELSE 0 END)` +
    ` WHEN x.op = 'approx' THEN (CASE WHEN x.slo < 0 THEN 0 WHEN x.shi > 0 THEN 4 ELSE 3 END)` +
    ` ELSE (CASE WHEN x.sf = 0 THEN 3 ELSE 0 END) END`;
  const basePeriod = d.concat(d.text(`coalesce(s.base_year, ${year} - 1)`), d.from('r.period', 5));
  const raw = [...FIELDS.map((x) => `raw_${x}`), 'raw_row'];
  const nullText = `CAST(NULL AS ${d.textType})`;
  const nullInt = `CAST(NULL AS ${d.intType})`;
  return `WITH
src AS (
${sourceRows(d, source)}
),
c AS (
  SELECT x.*, k.entry, k.clause, k.spec, k.clauses, ${d.flag('k.metric IS NOT NULL')} AS bound
  FROM (
    SELECT y.*,
      (CASE WHEN y.dv IS NOT NULL THEN y.dv WHEN y.dn IS NOT NULL THEN 100 * y.dn END) AS an,
      (CASE WHEN y.dv IS NOT NULL THEN ${d.decimal("'1'")} WHEN y.dn IS NOT NULL THEN y.dd END) AS ad
    FROM (SELECT src.*, ${d.flag(clean.join('\n    AND '))} AS clean, ${dec('value')} AS dv, ${dec('numerator')} AS dn, ${dec('denominator')} AS dd, ${dec('start')} AS ds FROM src) AS y
  ) AS x
  LEFT JOIN ${BIND_TABLE} k ON k.metric = x.metric
),
dup AS (
  SELECT coalesce(metric, '') AS m, coalesce(period, '') AS p, coalesce(unit, '') AS u FROM c
  WHERE completed IS NULL GROUP BY coalesce(metric, ''), coalesce(period, ''), coalesce(unit, '') HAVING count(*) > 1
),
cd AS (
  SELECT c.*, ${d.flag('dup.m IS NOT NULL')} AS duplicate FROM c
  LEFT JOIN dup ON dup.m = coalesce(c.metric, '') AND dup.p = coalesce(c.period, '') AND dup.u = coalesce(c.unit, '')
),
dirty AS (
  SELECT DISTINCT entry FROM cd WHERE spec >= 0 AND (clean = 0 OR duplicate = 1)
),
r AS (
  SELECT * FROM cd WHERE spec >= 0 AND ${judged.replaceAll('period', 'cd.period')} AND entry NOT IN (SELECT entry FROM dirty)
),
base AS (
  SELECT metric, period, an, ad FROM cd WHERE spec >= 0 AND clean = 1 AND unit IS NULL
),
cell AS (
  SELECT x.entry, x.period, x.floor_count, x.due, (CASE WHEN x.nodata THEN 1 ELSE ${judge} END) AS rank0
  FROM (
    SELECT x.*, (${noData}) AS nodata, ${formSign('f')} AS sf, ${formSign('s')} AS ss, ${formSign('l')} AS slo, ${formSign('h')} AS shi
    FROM (
      SELECT x.*, (x.ad_ = 1 AND x.bd_ = 1) AS simple
      FROM (
        SELECT r.entry, r.period, r.dv, r.dd, s.*, ${facts.join(', ')}
        FROM (SELECT r.*, ${basePeriod} AS bp FROM r JOIN ${SPEC_TABLE} s ON s.id = r.spec WHERE r.unit IS NULL) AS r
        JOIN ${SPEC_TABLE} s ON s.id = r.spec
        LEFT JOIN base q ON q.metric = r.metric AND q.period = r.bp
      ) AS x
    ) AS x
  ) AS x
),
judged AS (
  SELECT entry, period, min(CASE WHEN rank0 = 0 AND floor_count = 1 AND ${asOf.replaceAll('period', 'cell.period')} < coalesce(due, ${d.int('substr(cell.period, 1, 4)')} * 10000 + 1231) THEN 2 ELSE rank0 END) AS rank
  FROM cell GROUP BY entry, period
),
ev AS (
  SELECT entry, period, max(clauses) AS clauses, count(DISTINCT CASE WHEN unit IS NULL THEN clause END) AS seen FROM r GROUP BY entry, period
),
final AS (
  SELECT ev.entry, ev.period,
    (CASE WHEN ev.seen < ev.clauses THEN least(coalesce(j.rank, 9), CASE WHEN ${asOf.replaceAll('period', 'ev.period')} < ${endDate(d, 'ev.period')} THEN 2 ELSE 1 END) ELSE j.rank END) AS rank
  FROM ev LEFT JOIN judged j ON j.entry = ev.entry AND j.period = ev.period
)
SELECT 'e' AS kind, entry, rank AS n0, ${RANKS.slice(1).map(() => nullInt).join(', ')}, ${raw.map((x) => (x === 'raw_period' ? `period AS ${x}` : `${nullText} AS ${x}`)).join(', ')}
FROM final
UNION ALL
SELECT 'k' AS kind, ${nullInt}, ${RANKS.map(() => nullInt).join(', ')}, ${raw.join(', ')}
FROM cd WHERE clean = 0 OR duplicate = 1 OR (bound = 1 AND (spec < 0 OR entry IN (SELECT entry FROM dirty)))
UNION ALL
SELECT 'u' AS kind, ${nullInt}, count(*), ${RANKS.slice(1).map(() => nullInt).join(', ')}, metric, ${raw.slice(1).map(() => nullText).join(', ')}
FROM cd WHERE bound = 0 AND clean = 1 AND duplicate = 0 GROUP BY metric
UNION ALL
SELECT 't' AS kind, ${nullInt}, count(*), ${RANKS.slice(1).map(() => nullInt).join(', ')}, ${raw.map(() => nullText).join(', ')}
FROM src`;
}
