/**
 * The words of a rendered report, in Vietnamese (default) and English.
 */
import type { Lang } from '../../diagnostics/types.js';
import { STATUS_LABELS, STATUS_LABELS_EN, type VerdictStatus } from '../../evaluate/verdict.js';
import { dateLabel, periodLabel } from '../../periods/label.js';
import { parsePeriod } from '../../periods/period.js';
import { formatDecimalVi } from '../../text/numbers.js';
import type { ReportPlanInfo, ReportProblem, StatusCounts } from '../types.js';

/**
 * Every fixed word a renderer prints.
 *
 * @example
 * words('vi').unitsHeading // "Tổng hợp theo đơn vị chủ trì"
 */
export interface ReportWords {
  readonly title: string;
  readonly planLine: (p: ReportPlanInfo) => string;
  readonly implementsLine: (numbers: readonly string[]) => string;
  readonly asOf: (date: string) => string;
  readonly period: (period: string) => string;
  readonly eachOwnPeriod: string;
  readonly rowsRead: (n: number) => string;
  readonly stt: string;
  readonly target: string;
  readonly statement: string;
  readonly lead: string;
  readonly result: string;
  readonly detail: string;
  readonly task: string;
  readonly timing: string;
  readonly tasksHeading: string;
  readonly unitsHeading: string;
  readonly chartHeading: string;
  readonly chartNote: string;
  readonly totalsHeading: string;
  readonly warningsHeading: string;
  readonly targetsWord: string;
  readonly tasksWord: string;
  readonly evaluationsWord: string;
  readonly total: string;
  readonly metShare: string;
  readonly tasksOnTime: string;
  readonly noLead: string;
  readonly status: Readonly<Record<VerdictStatus, string>>;
  readonly problem: (p: ReportProblem) => string;
  /** A streamed target's detail: its status on the period it was judged on, or that no period had data. */
  readonly streamed: (c: StatusCounts, period?: string) => string;
  readonly metrics: string;
  readonly line: string;
  readonly planFigure: string;
  readonly achieved: string;
  readonly shareOfPlan: string;
  readonly samePeriod: string;
  readonly assessment: string;
  readonly note: string;
}


/** The statuses that have a count (a streamed target has one evaluation: its status). */
function statusesOf(c: StatusCounts, status: Record<VerdictStatus, string>): string {
  const order: VerdictStatus[] = ['exceeded', 'met', 'not_met', 'no_data', 'not_due'];
  return order
    .filter((s) => c[s] > 0)
    .map((s) => status[s])
    .join(', ');
}

/**
 * A decimal string the reader's way: `1.234,5` (vi), `1,234.5` (en).
 *
 * @example
 * figure('66.67', 'vi') // "66,67"
 */
export function figure(value: string, lang: Lang): string {
  if (lang === 'vi') return formatDecimalVi(value);
  const [int = '0', frac] = value.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

const VI: ReportWords = {
  title: 'Báo cáo kết quả thực hiện chỉ tiêu',
  planLine: (p) =>
    [
      p.number ? `Kế hoạch số ${p.number}` : 'Kế hoạch',
      p.date ? `ngày ${dateLabel(p.date)}` : '',
      p.issuer ? `của ${p.issuer}` : '',
    ]
      .filter((s) => s !== '')
      .join(' '),
  implementsLine: (n) => `Thực hiện: ${n.join('; ')}`,
  asOf: (d) => `Tính đến ngày ${dateLabel(d)}`,
  period: (p) => `Kỳ đánh giá: ${p}`,
  eachOwnPeriod: 'Mỗi chỉ tiêu được đánh giá theo kỳ mới nhất có số liệu',
  rowsRead: (n) => `Đã đọc ${figure(String(n), 'vi')} dòng số liệu`,
  stt: 'STT',
  target: 'Danh mục chỉ tiêu',
  statement: 'Chỉ tiêu thực hiện',
  lead: 'Đơn vị chủ trì',
  result: 'Kết quả',
  detail: 'Chi tiết',
  task: 'Nội dung nhiệm vụ',
  timing: 'Thời gian',
  tasksHeading: 'Nhiệm vụ trọng tâm',
  unitsHeading: 'Tổng hợp theo đơn vị chủ trì',
  chartHeading: 'Kết quả chỉ tiêu theo đơn vị chủ trì',
  chartNote: 'Mỗi thanh là các chỉ tiêu do đơn vị chủ trì, chia theo kết quả.',
  totalsHeading: 'Tổng cộng',
  warningsHeading: 'Lưu ý về số liệu',
  targetsWord: 'Chỉ tiêu',
  tasksWord: 'Nhiệm vụ',
  evaluationsWord: 'Lượt đánh giá (chỉ tiêu × kỳ)',
  total: 'Tổng',
  metShare: 'Tỷ lệ đạt',
  tasksOnTime: 'Nhiệm vụ đạt/tổng',
  noLead: '(không ghi đơn vị chủ trì)',
  status: STATUS_LABELS,
  problem: (p) =>
    p.code === 'no_clauses' ? 'Chỉ tiêu không có vế nào để đánh giá' : `Không đánh giá được: ${p.detail ?? 'lỗi không rõ'}`,
  streamed: (c, period) => {
    const p = period === undefined ? undefined : parsePeriod(period);
    const phrase = statusesOf(c, STATUS_LABELS);
    return p && phrase ? `Theo số liệu ${periodLabel(p)}: ${phrase}` : 'Không có kỳ nào có số liệu';
  },
  metrics: 'Mã số liệu',
  line: 'dòng',
  planFigure: 'Kế hoạch',
  achieved: 'Kết quả thực hiện',
  shareOfPlan: 'So với kế hoạch',
  samePeriod: 'Cùng kỳ năm trước',
  assessment: 'Đánh giá',
  note: 'Ghi chú, căn cứ',
};

const EN: ReportWords = {
  title: 'Plan check report',
  planLine: (p) =>
    [p.number ? `Plan ${p.number}` : 'Plan', p.date ? `of ${p.date}` : '', p.issuer ? `by ${p.issuer}` : '']
      .filter((s) => s !== '')
      .join(' '),
  implementsLine: (n) => `Implements: ${n.join('; ')}`,
  asOf: (d) => `As of ${d}`,
  period: (p) => `Period: ${p}`,
  eachOwnPeriod: 'Each target is judged on the latest period the data has for it',
  rowsRead: (n) => `${figure(String(n), 'en')} data rows read`,
  stt: 'No.',
  target: 'Target',
  statement: 'Statement',
  lead: 'Lead unit',
  result: 'Result',
  detail: 'Details',
  task: 'Task',
  timing: 'Timing',
  tasksHeading: 'Key tasks',
  unitsHeading: 'Summary by lead unit',
  chartHeading: 'Target results by lead unit',
  chartNote: 'Each bar is the targets a unit leads, split by result.',
  totalsHeading: 'Totals',
  warningsHeading: 'Notes on the data',
  targetsWord: 'Targets',
  tasksWord: 'Tasks',
  evaluationsWord: 'Evaluations (target × period)',
  total: 'Total',
  metShare: 'Met share',
  tasksOnTime: 'Tasks met/total',
  noLead: '(no lead unit named)',
  status: STATUS_LABELS_EN,
  problem: (p) => (p.code === 'no_clauses' ? 'The statement has no clause to judge' : `Could not be judged: ${p.detail ?? 'unknown error'}`),
  streamed: (c, period) => {
    const p = period === undefined ? undefined : parsePeriod(period);
    const phrase = statusesOf(c, STATUS_LABELS_EN);
    return p && phrase ? `On the data of ${periodLabel(p, 'en')}: ${phrase}` : 'No period has data';
  },
  metrics: 'Metric ids',
  line: 'line',
  planFigure: 'Plan',
  achieved: 'Result',
  shareOfPlan: 'Against plan',
  samePeriod: 'Same period last year',
  assessment: 'Assessment',
  note: 'Notes, evidence',
};

/**
 * The first letter in upper case, for column headings (`vượt` → `Vượt`).
 *
 * @example
 * capitalize('chưa có dữ liệu') // "Chưa có dữ liệu"
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The words of a report in `lang`.
 *
 * @example
 * words('vi').status.not_met // "không đạt"
 * words('en').unitsHeading // "Summary by lead unit"
 */
export function words(lang: Lang): ReportWords {
  return lang === 'en' ? EN : VI;
}
