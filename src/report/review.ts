/**
 * Which review a report is: a sơ kết (part of the plan year: 6 tháng đầu năm, quý I, ...) or a
 * tổng kết (the whole year), from the period asked for, else the report's date, else the
 * latest period the verdicts were judged on. The title of every format says it.
 */
import type { Lang } from '../diagnostics/types.js';
import { dateLabel, periodLabel } from '../periods/label.js';
import { formatPeriod, parsePeriod, type Period } from '../periods/period.js';
import { periodEnd } from '../periods/dates.js';
import type { EntryReport, ReportReview } from './types.js';

function lastDayOfMonth(year: number, month: number): string {
  return periodEnd({ year, unit: 'month', index: month });
}

function ofPeriod(p: Period): ReportReview {
  return p.unit === 'year' ? { kind: 'tong_ket', year: p.year } : { kind: 'so_ket', year: p.year, period: formatPeriod(p) };
}

/** The review an as-of date closes: the year, the first N months, or up to that day. */
function ofDate(asOf: string, year: number): ReportReview {
  if (asOf >= `${year}-12-31`) return { kind: 'tong_ket', year };
  if (asOf < `${year}-01-01`) return { kind: 'so_ket', year, through: asOf };
  const month = Number(asOf.slice(5, 7));
  if (asOf !== lastDayOfMonth(year, month)) return { kind: 'so_ket', year, through: asOf };
  if (month === 6) return { kind: 'so_ket', year, period: `${year}-H1` };
  if (month === 3) return { kind: 'so_ket', year, period: `${year}-Q1` };
  return { kind: 'so_ket', year, months: month };
}

/**
 * The review of a report (see {@link ReportReview}): from `period`, else `asOf` against the plan
 * year, else the latest period any target was judged on; `undefined` when none says.
 *
 * @example
 * reportReview({ asOf: '2023-06-30', year: 2023 }, [])  // { kind: 'so_ket', year: 2023, period: '2023-H1' }
 * reportReview({ asOf: '2023-12-31', year: 2023 }, [])  // { kind: 'tong_ket', year: 2023 }
 * reportReview({ asOf: '2023-09-30', year: 2023 }, [])  // { kind: 'so_ket', year: 2023, months: 9 }
 */
export function reportReview(
  o: { readonly asOf?: string; readonly period?: string; readonly year?: number },
  entries: readonly EntryReport[],
): ReportReview | undefined {
  const asked = o.period === undefined ? undefined : parsePeriod(o.period);
  if (asked) return ofPeriod(asked);
  if (o.asOf !== undefined) return ofDate(o.asOf, o.year ?? Number(o.asOf.slice(0, 4)));
  // No date: the latest period judged, the longest if several end together.
  let latest: Period | undefined;
  for (const e of entries) {
    const p = e.verdict?.period === undefined ? undefined : parsePeriod(e.verdict.period);
    if (!p) continue;
    if (!latest || periodEnd(p) > periodEnd(latest) || (periodEnd(p) === periodEnd(latest) && p.unit === 'year')) latest = p;
  }
  return latest && ofPeriod(latest);
}

/**
 * The review in words: `Sơ kết 6 tháng đầu năm 2023`, `Tổng kết năm 2023`, `Sơ kết 9 tháng đầu
 * năm 2023`, `Sơ kết năm 2023 (đến ngày 15/05/2023)`; in English `Mid-year review: H1 2023`,
 * `Year-end review: 2023`.
 *
 * @example
 * reviewText({ kind: 'so_ket', year: 2023, period: '2023-H1' }, 'vi') // "Sơ kết 6 tháng đầu năm 2023"
 * reviewText({ kind: 'tong_ket', year: 2023 }, 'en') // "Year-end review: 2023"
 */
export function reviewText(r: ReportReview, lang: Lang): string {
  const vi = lang === 'vi';
  if (r.kind === 'tong_ket') return vi ? `Tổng kết năm ${r.year}` : `Year-end review: ${r.year}`;
  const p = r.period === undefined ? undefined : parsePeriod(r.period);
  let span: string;
  if (p) span = vi ? viPeriod(p) : periodLabel(p, 'en');
  else if (r.months !== undefined) span = vi ? `${r.months} tháng đầu năm ${r.year}` : `first ${r.months} months of ${r.year}`;
  else span = vi ? `năm ${r.year} (đến ngày ${dateLabel(r.through ?? '')})` : `${r.year}, to ${r.through ?? ''}`;
  if (vi) return `Sơ kết ${span}`;
  return p?.unit === 'half' && p.index === 1 ? `Mid-year review: ${span}` : `Interim review: ${span}`;
}

/** `quý II năm 2023`, `6 tháng đầu năm 2023`, `tháng 6 năm 2023`: as a trích yếu writes them. */
function viPeriod(p: Period): string {
  const label = periodLabel(p, 'vi');
  return p.unit === 'quarter' || p.unit === 'month' ? label.replace('/', ' năm ') : label;
}
