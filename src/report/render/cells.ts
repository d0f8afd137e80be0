/**
 * What the cells of a report say, shared by every format: the lead units, the detail of a
 * result, section headings and the header lines.
 */
import { boundedLines } from '../../diagnostics/bounded-list.js';
import type { Lang } from '../../diagnostics/types.js';
import { periodLabel } from '../../periods/label.js';
import { parsePeriod } from '../../periods/period.js';
import { reviewText } from '../review.js';
import type { EntryReport, PlanReport, ReportGroup, SectionRef } from '../types.js';
import { words, type ReportWords } from './labels.js';

/**
 * The lead units of an entry, `;`-separated as the plan file writes them.
 *
 * @example
 * leadText(entry, words('vi')) // "Công an thành phố; Viện kiểm sát nhân dân thành phố"
 */
export function leadText(entry: EntryReport, w: ReportWords): string {
  return entry.lead.length === 0 ? w.noLead : entry.lead.join('; ');
}

/**
 * The detail of a result: the verdict's explanation, the streamed counts, or why there is no
 * verdict.
 *
 * @example
 * detailText(entry, words('vi')) // "Vượt: từ 412 (năm 2022) xuống 380 (năm 2023): giảm ≈ 7,77%, ..."
 */
export function detailText(entry: EntryReport, w: ReportWords): string {
  if (entry.problem) return w.problem(entry.problem);
  if (entry.kind === 'target' && entry.evaluations) return w.streamed(entry.evaluations, entry.period);
  return entry.verdict?.explanation ?? '';
}

/** `II`, `1` → `II.`, `1.`; a letter → `a)`, as plans number them. */
function numbered(s: SectionRef): string {
  return /^[a-zđ]$/.test(s.number) ? `${s.number})` : `${s.number}.`;
}

/**
 * A group's heading: its sections, outermost first.
 *
 * @example
 * groupHeading(group) // "I. MỤC TIÊU, CHỈ TIÊU › 2. Công tác đấu tranh phòng, chống tội phạm về trật tự xã hội"
 */
export function groupHeading(group: ReportGroup): string {
  return group.sections.map((s) => `${numbered(s)} ${s.title}`.trim()).join(' › ');
}

/**
 * A unit's name, or the words for "no lead unit".
 *
 * @example
 * unitName('', words('vi')) // "(không ghi đơn vị chủ trì)"
 */
export function unitName(unit: string, w: ReportWords): string {
  return unit === '' ? w.noLead : unit;
}

/**
 * The lines under the title: which plan, what it implements, as of when, which period.
 *
 * @example
 * headerLines(report, 'vi') // ["Kế hoạch số 102/KH-UBND ngày 05/04/2023 của Ủy ban nhân dân thành phố Cẩm Phả", "Thực hiện: 56/KH-UBND", "Tính đến ngày 31/12/2023", ...]
 */
export function headerLines(report: PlanReport, lang: Lang): string[] {
  const w = words(lang);
  const lines = [w.planLine(report.plan)];
  if (report.plan.title) lines.push(report.plan.title);
  if (report.plan.implements.length > 0) lines.push(w.implementsLine(report.plan.implements));
  if (report.asOf) lines.push(w.asOf(report.asOf));
  const p = report.period === undefined ? undefined : parsePeriod(report.period);
  lines.push(p ? w.period(periodLabel(p, lang)) : w.eachOwnPeriod);
  if (report.rows !== undefined) lines.push(w.rowsRead(report.rows));
  return lines;
}

/**
 * Groups of targets and groups of tasks, each keeping only entries of its kind.
 *
 * @example
 * splitGroups(report.groups).tasks.flatMap((g) => g.entries).map((e) => e.kind) // ["task", "task", ...]
 */
export function splitGroups(groups: readonly ReportGroup[]): { targets: ReportGroup[]; tasks: ReportGroup[] } {
  const pick = (kind: EntryReport['kind']) =>
    groups.map((g) => ({ sections: g.sections, entries: g.entries.filter((e) => e.kind === kind) })).filter((g) => g.entries.length > 0);
  return { targets: pick('target'), tasks: pick('task') };
}

/**
 * The warnings of a report as list items, in every format alike: the first 1000
 * (`PRINT_LIMIT`), then `(và 999.000 cảnh báo khác)`: a million unknown metric ids made an
 * 85 MB text report.
 *
 * @example
 * warningItems(report, 'vi', (i) => formatDataWarning(report.warnings[i]!)) // ["observations[18]: 1 dòng cho chỉ tiêu `3.5` không được dùng"]
 */
export function warningItems(report: PlanReport, lang: Lang, warning: (i: number) => string): string[] {
  return boundedLines(report.warnings, (_, i) => warning(i), { noun: 'warnings', lang });
}

/**
 * The title of a report in every format: which review it is (sơ kết / tổng kết, from its
 * period or date), else the plain title.
 *
 * @example
 * reportTitle(report, 'vi') // "Báo cáo sơ kết 6 tháng đầu năm 2023 — kết quả thực hiện chỉ tiêu"
 * reportTitle(report, 'en') // "Year-end review: 2023 — plan check report"
 */
export function reportTitle(report: PlanReport, lang: Lang): string {
  const w = words(lang);
  if (!report.review) return w.title;
  const review = reviewText(report.review, lang);
  return lang === 'vi' ? `Báo cáo ${review.charAt(0).toLowerCase()}${review.slice(1)} — kết quả thực hiện chỉ tiêu` : `${review} — plan check report`;
}
