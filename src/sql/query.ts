/**
 * The query: one statement that judges every (target, period) SQL decides and hands back the
 * rows it does not. Its answer has three kinds of rows:
 * - `e`: per decided entry, how many of its evaluations (one per judged period with rows) have
 *   each status, worst first (`n0` not met … `n4` exceeded);
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

function sgn(x: string): string {
  return `(CASE WHEN ${x} < 0 THEN -1 WHEN ${x} > 0 THEN 1 WHEN ${x} = 0 THEN 0 END)`;
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
  const f = (name: string) => `r.${name}`;
  const g = (name: string) => `q.${name}`;
  // The facts of a row as a change reads it (quantityOf): a value, or a rate as 100·n/d.
  const qn = (t: (n: string) => string) => `(CASE WHEN ${t('value')} IS NOT NULL THEN ${dec(t('value'))} WHEN ${t('numerator')} IS NOT NULL THEN 100 * ${dec(t('numerator'))} END)`;
  const qd = (t: (n: string) => string) => `(CASE WHEN ${t('value')} IS NOT NULL THEN ${d.decimal("'1'")} WHEN ${t('numerator')} IS NOT NULL THEN ${dec(t('denominator'))} END)`;
  const baseStart = 's.baseline = 1';
  const an = qn(f);
  const ad = qd(f);
  const bn = `(CASE WHEN ${baseStart} THEN ${dec(f('start'))} ELSE ${qn(g)} END)`;
  const bd = `(CASE WHEN ${baseStart} THEN ${d.decimal("'1'")} ELSE ${qd(g)} END)`;
  const simple = `(${f('value')} IS NOT NULL AND (${baseStart} OR ${g('value')} IS NOT NULL))`;
  // Degree 1 when both facts are plain values (every product stays within the exact decimals); 2 for a rate row's fraction.
  const formSign = (p: string) =>
    `(CASE WHEN s.shape = 0 THEN ${sgn(`s.${p}a * (CASE WHEN ${f('numerator')} IS NOT NULL THEN ${dec(f('numerator'))} ELSE ${dec(f('value'))} END) + s.${p}b * (CASE WHEN ${f('numerator')} IS NOT NULL THEN ${dec(f('denominator'))} ELSE ${d.decimal("'100'")} END)`)}` +
    ` WHEN s.shape = 1 THEN ${sgn(`s.${p}a * ${dec(f('value'))} + s.${p}c`)}` +
    ` WHEN ${simple} THEN ${sgn(`s.${p}a * ${an} + s.${p}b * ${bn} + s.${p}c`)}` +
    ` ELSE ${sgn(`s.${p}a * ${an} * ${bd} + s.${p}b * ${bn} * ${ad} + s.${p}c * ${ad} * ${bd}`)} END)`;
  const noData = [
    // rate: a fraction over 0, a percentage above 100, an assessment
    `(s.shape = 0 AND NOT (${isTrue(`${dec(f('denominator'))} > 0`)} OR ${isTrue(`${dec(f('value'))} <= 100`)}))`,
    `(s.shape = 1 AND ${f('value')} IS NULL)`,
    // change: no quantity, no baseline, a zero baseline that divides, points above 100
    `(s.shape = 2 AND (NOT ${isTrue(`${ad} > 0`)} OR NOT ${isTrue(`${bd} > 0`)} OR ${bn} IS NULL` +
      ` OR (s.divides = 1 AND ${bn} = 0)` +
      ` OR (s.points = 1 AND (${an} > 100 * ${ad} OR ${bn} > 100 * ${bd}))))`,
  ].join(' OR ');
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
  FROM (SELECT src.*, ${d.flag(clean.join('\n    AND '))} AS clean FROM src) AS x
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
  SELECT metric, period, value, numerator, denominator FROM cd WHERE spec >= 0 AND clean = 1 AND unit IS NULL
),
cell AS (
  SELECT x.entry, x.period, x.floor_count, x.due, (CASE WHEN x.nodata THEN 1 ELSE ${judge} END) AS rank0
  FROM (
    SELECT r.entry, r.period, s.floor_count, s.due, s.op, (${noData}) AS nodata,
      ${formSign('f')} AS sf, ${formSign('s')} AS ss, ${formSign('l')} AS slo, ${formSign('h')} AS shi
    FROM (SELECT r.*, ${basePeriod} AS bp FROM r JOIN ${SPEC_TABLE} s ON s.id = r.spec WHERE r.unit IS NULL) AS r
    JOIN ${SPEC_TABLE} s ON s.id = r.spec
    LEFT JOIN base q ON q.metric = r.metric AND q.period = r.bp
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
  SELECT ev.entry,
    (CASE WHEN ev.seen < ev.clauses THEN least(coalesce(j.rank, 9), CASE WHEN ${asOf.replaceAll('period', 'ev.period')} < ${endDate(d, 'ev.period')} THEN 2 ELSE 1 END) ELSE j.rank END) AS rank
  FROM ev LEFT JOIN judged j ON j.entry = ev.entry AND j.period = ev.period
)
SELECT 'e' AS kind, entry, ${RANKS.map((_, i) => `sum(CASE WHEN rank = ${i} THEN 1 ELSE 0 END) AS n${i}`).join(', ')}, ${raw.map((x) => `${nullText} AS ${x}`).join(', ')}
FROM final GROUP BY entry
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
