import type { Clause } from '../../ast/types.js';
import type { Lang } from '../../diagnostics/types.js';
import { dateLabel, periodLabel } from '../../periods/label.js';
import { parsePeriod } from '../../periods/period.js';
import type { Check, ReasonCode } from '../verdict.js';

function period(text: string | undefined, lang: Lang): string {
  const p = text === undefined ? undefined : parsePeriod(text);
  return p ? periodLabel(p, lang) : (text ?? '');
}

/** `giai đoạn 2021-2025`, or the years after the baseline when no period is written. */
function averageSpan(clause: Clause, lang: Lang): string {
  const p = clause.kind === 'change' ? clause.period : undefined;
  if (p) return lang === 'vi' ? `giai đoạn ${p.from}-${p.to}` : `the period ${p.from}-${p.to}`;
  return lang === 'vi' ? 'các năm sau mốc so sánh' : 'the years after its baseline';
}

type Texts = Record<ReasonCode, (c: Partial<Check>, clause: Clause, asOf: string) => string>;

const VI: Texts = {
  missing_value: (c) => `thiếu số liệu ${period(c.period, 'vi')}${c.unit ? ` của ${c.unit}` : ''}`,
  missing_baseline: (c) => `thiếu số liệu mốc so sánh ${period(c.baselinePeriod, 'vi')}${c.unit ? ` của ${c.unit}` : ''}`,
  missing_start: (c) => `thiếu số đầu kỳ (start) ${period(c.period, 'vi')} để so với đầu kỳ`,
  zero_baseline: () => 'mốc so sánh bằng 0: không tính được tỷ lệ tăng giảm',
  zero_denominator: () => 'mẫu số bằng 0: không tính được tỷ lệ',
  unusable_row: (c) => `dòng số liệu ${period(c.period, 'vi')} không có loại số liệu chỉ tiêu này cần`,
  rate_out_of_range: (c) => `tỷ lệ ${period(c.period, 'vi')} trên 100% (dòng số liệu không dùng được)`,
  no_units: (_, clause) => `chỉ tiêu áp dụng cho mỗi ${clause.each ?? 'đơn vị'} nhưng không có số liệu theo đơn vị`,
  units_only: (c) => `chỉ có số liệu theo đơn vị ${period(c.period, 'vi')}, chỉ tiêu tính trên tổng`,
  delegated: (_, clause) => `mức chỉ tiêu do ${clause.kind === 'delegated' ? clause.by : 'cơ quan khác'} giao; chưa có đánh giá`,
  no_assessment: (c) => `chưa có đánh giá ${period(c.period, 'vi')}`,
  unknown_period: () => 'không xác định được kỳ đánh giá (cần năm hoặc kỳ)',
  outside_period: (c, clause) => `${period(c.period, 'vi')} nằm ngoài ${averageSpan(clause, 'vi')} của chỉ tiêu bình quân`,
  pending: (c, __, asOf) => `tính đến ${dateLabel(asOf, 'vi')}, hạn ${dateLabel(c.due ?? '', 'vi')}`,
  late: () => 'hoàn thành trễ hạn',
  overdue: () => 'quá hạn',
  not_yet_due: (c, _, asOf) =>
    c.due !== undefined
      ? `chưa có đánh giá ${period(c.period, 'vi')}, hạn đánh giá ${dateLabel(c.due, 'vi')} (tính đến ${dateLabel(asOf, 'vi')})`
      : `${period(c.period, 'vi') || 'kỳ đánh giá'} chưa kết thúc (tính đến ${dateLabel(asOf, 'vi')})`,
};

const EN: Texts = {
  missing_value: (c) => `no figure for ${period(c.period, 'en')}${c.unit ? ` for ${c.unit}` : ''}`,
  missing_baseline: (c) => `no baseline figure for ${period(c.baselinePeriod, 'en')}${c.unit ? ` for ${c.unit}` : ''}`,
  missing_start: (c) => `no start-of-period figure (start) for ${period(c.period, 'en')}`,
  zero_baseline: () => 'the baseline is 0: no percentage change can be computed',
  zero_denominator: () => 'the denominator is 0: no rate can be computed',
  unusable_row: (c) => `the row for ${period(c.period, 'en')} does not carry the kind of figure this clause needs`,
  rate_out_of_range: (c) => `the rate for ${period(c.period, 'en')} is above 100% (the row cannot be used)`,
  no_units: (_, clause) => `the target applies to each ${clause.each ?? 'unit'} but there are no per-unit rows`,
  units_only: (c) => `only per-unit rows for ${period(c.period, 'en')}; the target is about the whole`,
  delegated: (_, clause) => `the figure is set by ${clause.kind === 'delegated' ? clause.by : 'another body'}; no assessment yet`,
  no_assessment: (c) => `no assessment for ${period(c.period, 'en')}`,
  unknown_period: () => 'no period to evaluate (give a year or a period)',
  outside_period: (c, clause) => `${period(c.period, 'en')} lies outside ${averageSpan(clause, 'en')} of this average`,
  pending: (c, __, asOf) => `as of ${asOf}, due ${c.due ?? ''}`,
  late: () => 'completed late',
  overdue: () => 'overdue',
  not_yet_due: (c, _, asOf) =>
    c.due !== undefined
      ? `no assessment for ${period(c.period, 'en')} yet, due ${c.due} (as of ${asOf})`
      : `${period(c.period, 'en') || 'the period'} has not ended (as of ${asOf})`,
};

/**
 * Why a check could not be judged (or not yet), in words.
 *
 * @example
 * reasonText(clause, { reason: 'missing_baseline', baselinePeriod: '2022' }, 'vi') // "thiếu số liệu mốc so sánh năm 2022"
 */
export function reasonText(clause: Clause, c: Partial<Check>, lang: Lang, asOf = '', metric?: string): string {
  if (!c.reason) return '';
  const text = (lang === 'vi' ? VI : EN)[c.reason](c, clause, asOf);
  // Name the id rows must carry, so a reader can see why no row was found.
  const missing = c.reason === 'missing_value' || c.reason === 'missing_baseline' || c.reason === 'no_assessment';
  if (!missing) return text;
  return `${text} (${lang === 'vi' ? 'chỉ tiêu' : 'metric'} ${metric ?? (lang === 'vi' ? 'không ghi mã' : 'with no id')})`;
}
