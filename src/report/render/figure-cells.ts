/**
 * The figures of a sơ kết / tổng kết in words, shared by every format: the plan figure, the
 * result, the share of plan (`đạt 99,03% kế hoạch`), the same period a year earlier and the
 * change, the assessment and its note. One row per clause (`2.6`, `2.6.b`).
 */
import type { Lang } from '../../diagnostics/types.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { periodLabel } from '../../periods/label.js';
import { parsePeriod } from '../../periods/period.js';
import type { ClauseFigures, FigureValue, PlanReport, TargetReport } from '../types.js';
import { detailText, groupHeading } from './cells.js';
import { figure, words } from './labels.js';

/**
 * One row of the appendix table: a clause of a target, every cell as text.
 *
 * @example
 * ({ stt: '3.3', statement: '550 hồ sơ', lead: 'Công an thành phố', plan: '≥ 550 hồ sơ',
 *    result: '260 hồ sơ (6 tháng đầu năm 2023)', share: 'đạt ≈ 47,27% kế hoạch năm', samePeriod: '–',
 *    status: 'not_due', assessment: 'chưa đến hạn', note: '...' })
 */
export interface FigureRow {
  readonly stt: string;
  readonly statement: string;
  readonly lead: string;
  readonly plan: string;
  readonly result: string;
  readonly share: string;
  readonly samePeriod: string;
  readonly status: VerdictStatus;
  readonly assessment: string;
  readonly note: string;
  /** The first row of its target (the statement and lead are printed once). */
  readonly first: boolean;
}

const DASH = '–';

function approx(v: FigureValue, lang: Lang): string {
  return `${v.exact ? '' : '≈ '}${figure(v.value, lang)}`;
}

function periodWords(period: string, lang: Lang): string {
  const p = parsePeriod(period);
  return p ? periodLabel(p, lang) : period;
}

function withUnit(v: FigureValue, unit: string | undefined, lang: Lang): string {
  if (unit === '%') return `${approx(v, lang)}%`;
  return unit ? `${approx(v, lang)} ${unit}` : approx(v, lang);
}

/** A signed change in words: `tăng ≈ 8,33%`, `giảm 2 điểm phần trăm`, `không đổi`. */
function changeWords(v: FigureValue, unit: 'percent' | 'percentage_point', lang: Lang): string {
  const vi = lang === 'vi';
  const negative = v.value.startsWith('-');
  const size = { ...v, value: negative ? v.value.slice(1) : v.value };
  if (size.value === '0') return vi ? 'không đổi' : 'unchanged';
  const amount = unit === 'percent' ? `${approx(size, lang)}%` : `${approx(size, lang)} ${vi ? 'điểm phần trăm' : 'percentage points'}`;
  return vi ? `${negative ? 'giảm' : 'tăng'} ${amount}` : `${negative ? 'down' : 'up'} ${amount}`;
}

/**
 * Kết quả thực hiện: the figure with its unit and period (`≈ 89,84% (548/610), 6 tháng đầu năm
 * 2023`); a full-year figure before its year ends says it is an estimate.
 *
 * @example
 * resultText(f, 'vi') // "260 hồ sơ (6 tháng đầu năm 2023)"
 */
export function resultText(f: ClauseFigures, lang: Lang): string {
  const vi = lang === 'vi';
  const early = f.early && f.period ? (vi ? `ước cả ${periodWords(f.period, lang)}: kỳ chưa kết thúc` : `estimate for ${periodWords(f.period, lang)}: not over yet`) : '';
  if (!f.result) return early ? `(${early})` : DASH;
  const fraction = f.result.numerator !== undefined && f.result.denominator !== undefined ? ` (${figure(f.result.numerator, lang)}/${figure(f.result.denominator, lang)})` : '';
  const change = f.change ? `; ${changeWords(f.change, f.change.unit, lang)}` : '';
  const when = early || (f.period ? periodWords(f.period, lang) : '');
  return `${withUnit(f.result, f.result.unit, lang)}${fraction}${change}${when ? `, ${when}` : ''}`;
}

/**
 * So với kế hoạch: `đạt 99,03% kế hoạch`, `đạt ≈ 47,27% kế hoạch năm` (an annual count on part
 * of the year), or `–` where a share would not mean it.
 *
 * @example
 * shareText({ value: '47.27', exact: false, ofYear: true }, 'vi') // "đạt ≈ 47,27% kế hoạch năm"
 */
export function shareText(share: ClauseFigures['shareOfPlan'], lang: Lang, f?: Pick<ClauseFigures, 'status' | 'plan'>): string {
  if (!share) return DASH;
  const vi = lang === 'vi';
  const text = vi ? `đạt ${approx(share, lang)}% kế hoạch${share.ofYear ? ' năm' : ''}` : `${approx(share, lang)}% of the ${share.ofYear ? 'annual ' : ''}plan`;
  // 100% of a strict bound (`trên 90%` on exactly 90%), or a share rounded up to 100%, is still
  // short: say so beside the figure, never a bare "đạt 100%" next to "không đạt".
  const short = f?.status === 'not_met' && !share.value.startsWith('-') && Number(share.value) >= 100;
  return short ? `${text}, ${vi ? 'chưa đạt mức' : 'short of'} ${f.plan ?? ''}`.trimEnd() : text;
}

/**
 * So sánh cùng kỳ: the figure of the same period a year earlier and the change from it.
 *
 * @example
 * samePeriodText(f, 'vi') // "205, 6 tháng đầu năm 2022; giảm ≈ 8,29%"
 */
export function samePeriodText(f: ClauseFigures, lang: Lang): string {
  const s = f.samePeriod;
  if (!s) return DASH;
  const unit = f.result?.unit;
  const change = s.change ? `; ${changeWords(s.change, s.change.unit, lang)}` : '';
  return `${withUnit(s, unit, lang)}, ${periodWords(s.period, lang)}${change}`;
}

/**
 * Đánh giá: the status, said to be interim when judged on part of the period.
 *
 * @example
 * assessmentText(f, 'vi') // "không đạt (tạm tính)"
 */
export function assessmentText(f: Pick<ClauseFigures, 'status' | 'progress' | 'early'>, lang: Lang): string {
  const label = words(lang).status[f.status];
  const interim = (f.progress || f.early) && f.status !== 'not_due' && f.status !== 'no_data';
  return interim ? `${label} (${lang === 'vi' ? 'tạm tính' : 'interim'})` : label;
}

function noteText(t: TargetReport, f: ClauseFigures | undefined, lang: Lang): string {
  if (!f) return detailText(t, words(lang));
  if (f.evidence && f.evidence.length > 0) return f.evidence.join('; ');
  // Without evidence, the reason of a clause without a result (not yet due, no data, delegated)
  // or short of its bound (`còn thiếu ≈ 1,16 điểm phần trăm; thêm 8 trường hợp thì đạt`).
  if (!f.result || f.status === 'not_met') return t.verdict?.clauses[f.index]?.explanation ?? '';
  return '';
}

/**
 * The appendix rows of a target: one per clause with figures, or one row saying why there are
 * none (no verdict: a problem, a streamed check).
 *
 * @example
 * figureRows(target, 'vi').map((r) => r.stt) // ["2.6", "2.6.b"]
 */
export function figureRows(t: TargetReport, lang: Lang): FigureRow[] {
  const lead = t.lead.length === 0 ? words(lang).noLead : t.lead.join('; ');
  const figures = t.figures ?? [];
  if (figures.length === 0) {
    const status = t.status;
    return [{ stt: t.stt, statement: t.statement, lead, plan: DASH, result: DASH, share: DASH, samePeriod: DASH, status, assessment: words(lang).status[status], note: noteText(t, undefined, lang), first: true }];
  }
  return figures.map((f, i) => ({
    stt: figures.length > 1 && f.metric ? f.metric : t.stt,
    statement: t.statement,
    lead,
    plan: f.plan ?? DASH,
    result: resultText(f, lang),
    share: shareText(f.shareOfPlan, lang, f),
    samePeriod: samePeriodText(f, lang),
    status: f.status,
    assessment: assessmentText(f, lang),
    note: noteText(t, f, lang),
    first: i === 0,
  }));
}

/**
 * The figures of a target in one line per clause, for the text format's detail column:
 * `Kết quả: 260 hồ sơ, 6 tháng đầu năm 2023, đạt ≈ 47,27% kế hoạch năm; cùng kỳ: –`.
 *
 * @example
 * figureLines(target, 'vi') // ["Kết quả: ≈ 89,84% (548/610), 6 tháng đầu năm 2023, đạt ≈ 98,72% kế hoạch"]
 */
export function figureLines(t: TargetReport, lang: Lang): string[] {
  const vi = lang === 'vi';
  return (t.figures ?? []).flatMap((f) => {
    if (!f.result) return [];
    const parts = [`${vi ? 'Kết quả' : 'Result'}${(t.figures?.length ?? 0) > 1 && f.metric ? ` ${f.metric}` : ''}: ${resultText(f, lang)}`];
    if (f.shareOfPlan) parts.push(shareText(f.shareOfPlan, lang, f));
    if (f.samePeriod) parts.push(`${vi ? 'cùng kỳ' : 'same period last year'}: ${samePeriodText(f, lang)}`);
    return [parts.join(', ')];
  });
}

/**
 * Every target's appendix rows with the heading of its group, in document order.
 *
 * @example
 * appendix(report, 'vi')[0] // { heading: 'I. MỤC TIÊU ... › 1. Công tác tuyên truyền ...', rows: [...] }
 */
export function appendix(report: PlanReport, lang: Lang): { heading: string; rows: FigureRow[] }[] {
  return report.groups
    .map((g) => ({ heading: groupHeading(g), rows: g.entries.flatMap((e) => (e.kind === 'target' ? figureRows(e, lang) : [])) }))
    .filter((g) => g.rows.length > 0);
}

/**
 * The evidence the data gives for a target's figures that its explanation does not already
 * quote (an assessment's is quoted there): `Căn cứ: Báo cáo số 12/BC-CA`.
 *
 * @example
 * evidenceText(target, 'vi') // "Căn cứ: Số vụ phạm tội về TTXH năm 2023 (Công an thành phố)"
 */
export function evidenceText(t: TargetReport, lang: Lang): string {
  const explained = t.verdict?.explanation ?? '';
  const found = [...new Set((t.figures ?? []).flatMap((f) => (f.result ? (f.evidence ?? []) : [])))].filter((e) => !explained.includes(e));
  if (found.length === 0) return '';
  return `${lang === 'vi' ? 'Căn cứ' : 'Evidence'}: ${found.join('; ')}`;
}
