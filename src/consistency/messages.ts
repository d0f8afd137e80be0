import type { Lang } from '../diagnostics/index.js';
import type { ClauseProblem } from './clause-checks.js';
import type { Bound, Finding, SameMetricBy } from './findings.js';
import { formatConstraint, formatFigure } from './format.js';
import type { Endpoint } from './interval.js';
import type { Site } from './plan-metrics.js';
import type { QuantityMismatch } from './quantity.js';

/**
 * Name a clause for a reader: `chỉ tiêu 2.6.b (dòng 41)` / `target 2.6.b (line 41)`.
 *
 * @example
 * formatSite({ metric: '2.6.b', stt: '2.6', clauseIndex: 1, line: 41, column: 5 }, 'en') // "target 2.6.b (line 41)"
 */
export function formatSite(s: Site, lang: Lang = 'vi'): string {
  return lang === 'vi' ? `chỉ tiêu ${s.metric} (dòng ${s.line})` : `target ${s.metric} (line ${s.line})`;
}

const b = (x: Bound, lang: Lang) => `\`${formatConstraint(x, lang)}\``;

function endpoint(e: Endpoint, lang: Lang, bound?: Bound): string {
  const q = bound?.quantity;
  const unit = !q ? '' : q.kind === 'count' ? (q.unit ? ` ${q.unit}` : '') : q.kind === 'change' ? (lang === 'vi' ? '% (mức giảm)' : '% (cut)') : '%';
  return `${formatFigure(e.value, lang)}${unit}`;
}

function problemText(p: ClauseProblem, bound: Bound, lang: Lang): string {
  const vi = lang === 'vi';
  switch (p.code) {
    case 'impossible':
      if (p.side === 'above_max') return vi ? `${b(bound, lang)} không thể đạt: giá trị không vượt quá ${endpoint(p.limit!, lang, bound)}.` : `${b(bound, lang)} cannot be met: the value cannot exceed ${endpoint(p.limit!, lang, bound)}.`;
      if (p.side === 'below_min') return vi ? `${b(bound, lang)} không thể đạt: giá trị không nhỏ hơn ${endpoint(p.limit!, lang, bound)}.` : `${b(bound, lang)} cannot be met: the value cannot be below ${endpoint(p.limit!, lang, bound)}.`;
      return vi ? `${b(bound, lang)} không thể đạt: không có giá trị nào thỏa.` : `${b(bound, lang)} cannot be met: no value satisfies it.`;
    case 'vacuous':
      return vi ? `${b(bound, lang)} luôn đạt với mọi giá trị: chỉ tiêu không kiểm tra gì.` : `${b(bound, lang)} is met by every value: it checks nothing.`;
    case 'negative_figure':
      return vi ? `Con số âm ${formatFigure(p.value, lang)} trong ${b(bound, lang)}: kiểm tra lại dấu.` : `Negative figure ${formatFigure(p.value, lang)} in ${b(bound, lang)}: check the sign.`;
    case 'stretch_unreachable':
      return vi ? `Mức phấn đấu ${formatFigure(p.stretch, lang)} vượt giới hạn ${endpoint(p.limit, lang)}: không bao giờ "vượt" được.` : `The stretch figure ${formatFigure(p.stretch, lang)} lies beyond the limit ${endpoint(p.limit, lang)}: it can never be exceeded.`;
    case 'stretch_inverted':
      return vi ? `Mức phấn đấu ${formatFigure(p.stretch, lang)} nằm sai phía so với mức sàn của ${b(bound, lang)}.` : `The stretch figure ${formatFigure(p.stretch, lang)} is on the wrong side of the floor of ${b(bound, lang)}.`;
  }
}

const BY: Record<SameMetricBy, Record<Lang, string>> = {
  id: { vi: 'cùng mã', en: 'same id' },
  subject: { vi: 'cùng chỉ tiêu, cùng đối tượng', en: 'same target and subject' },
  description: { vi: 'cùng danh mục, cùng đối tượng', en: 'same description and subject' },
};

const MISMATCH: Record<QuantityMismatch, Record<Lang, string>> = {
  kind: { vi: 'một bên là tỷ lệ/số lượng/mức thay đổi khác loại với bên kia', en: 'they bound different kinds of quantity' },
  unit: { vi: 'khác đơn vị tính', en: 'they count in different units' },
  per: { vi: 'khác kỳ tính tần suất', en: 'they count over different periods' },
  baseline: { vi: 'khác mốc so sánh', en: 'they compare against different baselines' },
  measure: { vi: 'khác cách đo mức thay đổi (%, điểm phần trăm, đơn vị, số lần)', en: 'they measure the change differently (%, points, units, times)' },
  each: { vi: 'một bên tính cho từng đơn vị, bên kia cho tổng thể', en: 'one is per unit, the other for the whole' },
};

/** Text for findings about two clauses on one metric. */
function pairText(f: Extract<Finding, { sites: readonly [Site, Site] }>, lang: Lang): string {
  const vi = lang === 'vi';
  const [sa, sb] = f.sites;
  const [ba, bb] = f.bounds;
  const who = `${formatSite(sa, lang)} ${b(ba, lang)} ${vi ? 'và' : 'and'} ${formatSite(sb, lang)} ${b(bb, lang)} (${BY[f.by][lang]})`;
  switch (f.code) {
    case 'contradiction': {
      if (f.reason.code !== 'disjoint') return vi ? `${who} mâu thuẫn: một bên không thể đạt.` : `${who} contradict: one cannot be met.`;
      const floorSite = f.reason.floorFrom === 'a' ? sa : sb;
      const ceilingSite = f.reason.floorFrom === 'a' ? sb : sa;
      return vi
        ? `${who} mâu thuẫn: không giá trị nào đạt cả hai; ${formatSite(floorSite, lang)} đòi từ ${endpoint(f.reason.floor, lang, ba)} trở lên${f.reason.floor.closed ? '' : ' (không kể)'} nhưng ${formatSite(ceilingSite, lang)} chỉ cho tới ${endpoint(f.reason.ceiling, lang, ba)}${f.reason.ceiling.closed ? '' : ' (không kể)'}.`
        : `${who} contradict: no value meets both; ${formatSite(floorSite, lang)} needs at least ${endpoint(f.reason.floor, lang, ba)}${f.reason.floor.closed ? '' : ' (exclusive)'} but ${formatSite(ceilingSite, lang)} allows at most ${endpoint(f.reason.ceiling, lang, ba)}${f.reason.ceiling.closed ? '' : ' (exclusive)'}.`;
    }
    case 'duplicate':
      return vi ? `${who}: cùng một chỉ số bị đặt mức hai lần, giống hệt nhau.` : `${who}: the same metric is bound twice, identically.`;
    case 'redundant':
      return vi ? `${who}: đạt ${formatSite(sa, lang)} thì chắc chắn đạt ${formatSite(sb, lang)}; ${formatSite(sb, lang)} thừa.` : `${who}: meeting ${formatSite(sa, lang)} always meets ${formatSite(sb, lang)}; ${formatSite(sb, lang)} is redundant.`;
    case 'bound_twice':
      return vi ? `${who}: cùng một chỉ số bị đặt mức hai lần; gộp lại cần ${b({ ...ba, interval: f.effective }, lang)}.` : `${who}: the same metric is bound twice; together they require ${b({ ...ba, interval: f.effective }, lang)}.`;
    case 'metric_mismatch':
      return vi ? `${who}: cùng một chỉ số nhưng không so được (${MISMATCH[f.mismatch][lang]}).` : `${who}: one metric, but they cannot be compared (${MISMATCH[f.mismatch][lang]}).`;
  }
}

/**
 * Render a finding as one line of text: where, what, and why.
 *
 * @example
 * formatFinding(f, 'en')
 * // "target 2.3 (line 12) `cut ≥ 7% against 2022` and target 2.3.b (line 12) `> 2022` (same target and subject) contradict: ..."
 */
export function formatFinding(f: Finding, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  switch (f.code) {
    case 'contradiction':
    case 'duplicate':
    case 'redundant':
    case 'bound_twice':
    case 'metric_mismatch':
      return pairText(f, lang);
    case 'not_checkable':
      return f.kind === 'qualitative'
        ? vi ? `${formatSite(f.sites[0], lang)} là chỉ tiêu định tính: đánh giá bằng nhận xét kèm chứng cứ, máy không kiểm tra được.` : `${formatSite(f.sites[0], lang)} is qualitative: judged by an assessment with evidence, not by machine.`
        : vi ? `${formatSite(f.sites[0], lang)} được giao theo kế hoạch của cơ quan khác: con số nằm ở kế hoạch đó.` : `${formatSite(f.sites[0], lang)} is delegated: its figure lives in another body's plan.`;
    case 'unit_without_data':
      return vi
        ? `${formatSite(f.sites[0], lang)} áp dụng cho mỗi ${f.each} nhưng chưa có danh sách ${f.each} để lấy số liệu.`
        : `${formatSite(f.sites[0], lang)} applies to each ${f.each}, but no list of ${f.each} units gives it data.`;
    default:
      return `${formatSite(f.sites[0], lang)}: ${problemText(f.problem, f.bounds[0], lang)}`;
  }
}
