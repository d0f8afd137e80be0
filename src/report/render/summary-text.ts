/**
 * The summary of a sơ kết / tổng kết in sentences (the body of the báo cáo, before its
 * appendix): how many targets and key tasks reached each result, which fell short and why,
 * which have no figure yet. Shared by the formats that print prose (Word).
 */
import type { Lang } from '../../diagnostics/types.js';
import { metShare, STATUS_ORDER, totalOf } from '../counts.js';
import type { EntryReport, PlanReport, StatusCounts } from '../types.js';
import { detailText } from './cells.js';
import { figure, words } from './labels.js';
import { dateLabel } from '../../periods/label.js';

/**
 * A part of the summary: its heading and paragraphs; `items` are listed under them.
 *
 * @example
 * ({ heading: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', paragraphs: ['Kế hoạch có 25 chỉ tiêu ...'], items: ['2.2 ...'] })
 */
export interface SummaryPart {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items: readonly string[];
}

function countsSentence(noun: string, c: StatusCounts, lang: Lang): string {
  const w = words(lang);
  const parts = STATUS_ORDER.map((s) => `${w.status[s]} ${figure(String(c[s]), lang)}`).join(', ');
  const share = metShare(c);
  const rate = share === undefined ? '' : lang === 'vi' ? ` (tỷ lệ đạt và vượt ${figure(share, lang)}%)` : ` (${figure(share, lang)}% met or exceeded)`;
  return `${noun}: ${figure(String(totalOf(c)), lang)} — ${parts}${rate}.`;
}

function entryId(e: EntryReport): string {
  return e.kind === 'task' ? e.id : e.stt;
}

function item(e: EntryReport, lang: Lang): string {
  const name = (e.description || (e.kind === 'target' ? e.statement : '')).replace(/[.;:,\s]+$/u, '');
  return `${entryId(e)}. ${name}: ${detailText(e, words(lang))}`;
}

/**
 * The summary parts of a report: targets, key tasks, lead units.
 *
 * @example
 * summaryParts(report, 'vi')[0]?.heading // "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"
 */
export function summaryParts(report: PlanReport, lang: Lang): SummaryPart[] {
  const vi = lang === 'vi';
  const entries = report.groups.flatMap((g) => g.entries);
  const targets = entries.filter((e) => e.kind === 'target');
  const tasks = entries.filter((e) => e.kind === 'task');
  const asOf = report.asOf ? (vi ? `Tính đến ngày ${dateLabel(report.asOf)}, ` : `As of ${report.asOf}, `) : '';
  const parts: SummaryPart[] = [];
  const notMet = targets.filter((e) => e.status === 'not_met');
  const noData = targets.filter((e) => e.status === 'no_data');
  parts.push({
    heading: vi ? 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU' : 'I. TARGETS',
    paragraphs: [
      `${asOf}${countsSentence(vi ? 'số chỉ tiêu được đánh giá' : 'targets judged', report.totals.targets, lang)}`,
      ...(notMet.length > 0 ? [vi ? `Các chỉ tiêu không đạt (${notMet.length}):` : `Targets not met (${notMet.length}):`] : []),
    ],
    items: notMet.map((e) => item(e, lang)),
  });
  if (noData.length > 0) {
    parts.push({
      heading: '',
      paragraphs: [vi ? `Các chỉ tiêu chưa có số liệu (${noData.length}):` : `Targets without data (${noData.length}):`],
      items: noData.map((e) => item(e, lang)),
    });
  }
  if (tasks.length > 0) {
    const late = tasks.filter((e) => e.status === 'not_met');
    parts.push({
      heading: vi ? 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM' : 'II. KEY TASKS',
      paragraphs: [
        countsSentence(vi ? 'Số nhiệm vụ trọng tâm' : 'Key tasks', report.totals.tasks, lang),
        ...(late.length > 0 ? [vi ? `Các nhiệm vụ không đạt (${late.length}):` : `Tasks not met (${late.length}):`] : []),
      ],
      items: late.map((e) => item(e, lang)),
    });
  }
  parts.push({
    heading: vi ? `${tasks.length > 0 ? 'III' : 'II'}. KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ` : `${tasks.length > 0 ? 'III' : 'II'}. BY LEAD UNIT`,
    paragraphs: [],
    items: report.units
      .filter((u) => totalOf(u.targets) > 0)
      .map((u) => {
        const share = metShare(u.targets);
        const name = u.unit === '' ? words(lang).noLead : u.unit;
        return vi
          ? `${name}: ${totalOf(u.targets)} chỉ tiêu, đạt và vượt ${u.targets.met + u.targets.exceeded}${share === undefined ? '' : ` (${figure(share, lang)}%)`}, không đạt ${u.targets.not_met}.`
          : `${name}: ${totalOf(u.targets)} targets, ${u.targets.met + u.targets.exceeded} met or exceeded${share === undefined ? '' : ` (${figure(share, lang)}%)`}, ${u.targets.not_met} not met.`;
      }),
  });
  return parts;
}
