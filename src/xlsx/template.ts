/**
 * The sheet an official fills: one row per metric id and period a plan's check needs, with what
 * the row is about beside its empty cells, and the columns each kind of target needs.
 */
import type { Clause } from '../ast/types.js';
import { baselineSource } from '../evaluate/baseline.js';
import { formatPeriod, parsePeriod, type Period } from '../periods/period.js';
import { formatClause } from '../plan/metric-list.js';
import type { Plan } from '../plan/types.js';
import { listEntries } from '../plan/walk.js';

/**
 * A cell an official fills: the fields of the data format.
 *
 * @example
 * const need: TemplateField = 'numerator'
 */
export type TemplateField = 'unit' | 'value' | 'numerator' | 'denominator' | 'start' | 'assessment' | 'completed';

/**
 * One row of the template: which metric (or task) and period it is for, what it is about, and
 * which cells to fill.
 *
 * @example
 * // `Chỉ tiêu 2.6: ... Đạt tỷ lệ từ 80% trở lên`, checked for 2023
 * ({ metric: '2.6', period: '2023', description: 'Tỷ lệ điều tra khám phá ...', plan: '≥ 80%', unit: '%',
 *    lead: 'Công an thành phố', needs: ['numerator', 'denominator'], hint: 'Tử số và Mẫu số (hoặc Giá trị, %)' })
 */
export interface TemplateRow {
  readonly metric?: string;
  readonly task?: string;
  readonly period?: string;
  readonly description: string;
  /** The target in canonical form (`≥ 80%`), or a task's timing as written. */
  readonly plan: string;
  /** Đơn vị tính: `%`, the count's unit, or empty. */
  readonly unit: string;
  /** Đơn vị chủ trì, `;`-separated. */
  readonly lead: string;
  readonly needs: readonly TemplateField[];
  /** What to fill, in Vietnamese (the "Cần nhập" column). */
  readonly hint: string;
}

/**
 * Options of `templateRows` and `writeTemplateXlsx`.
 *
 * @example
 * templateRows(plan, { period: '2023-H1' })
 */
export interface TemplateOptions {
  /** The period checked (`2023`, `2023-H1`, `2023-Q2`, `2023-06`); default the plan's year. */
  readonly period?: string;
}

/** The period the template is for: the option, or the plan's year. */
function checkedPeriod(plan: Plan, options: TemplateOptions): Period {
  const text = options.period ?? (plan.header.year === undefined ? undefined : String(plan.header.year));
  const period = text === undefined ? undefined : parsePeriod(text);
  if (period === undefined) {
    throw new RangeError(
      text === undefined
        ? 'kế hoạch không ghi năm: cần kỳ số liệu (the plan has no year: give a period, such as 2023 or 2023-H1)'
        : `kỳ không hợp lệ \`${text}\`: cần 2023, 2023-H1, 2023-Q2 hoặc 2023-06 (expected a period)`,
    );
  }
  return period;
}

/** What a clause's row needs filled, its unit, and what to tell the person filling it. */
function needsOf(clause: Clause): { needs: TemplateField[]; unit: string; hint: string } {
  switch (clause.kind) {
    case 'rate':
      return { needs: ['numerator', 'denominator'], unit: '%', hint: 'Tử số và Mẫu số (hoặc Giá trị, %)' };
    case 'count':
      return clause.each === undefined
        ? { needs: ['value'], unit: clause.unit, hint: 'Giá trị' }
        : { needs: ['unit', 'value'], unit: clause.unit, hint: `Mỗi ${clause.each} một dòng: Đơn vị và Giá trị` };
    case 'zero':
      return { needs: ['value'], unit: '', hint: 'Giá trị (số vụ, số lượng; 0 là không xảy ra)' };
    case 'change':
    case 'compare':
      return { needs: ['value'], unit: clause.kind === 'change' && clause.measure === 'points' ? '%' : clause.kind === 'change' ? (clause.unit ?? '') : '', hint: 'Giá trị kỳ này' };
    case 'qualitative':
    case 'delegated':
    case 'task':
      return { needs: ['assessment'], unit: '', hint: 'Đánh giá: Đạt hoặc Không đạt, và căn cứ ở Ghi chú' };
  }
}

/**
 * The rows of a plan's template for one period: for each metric id, a row for the period (and
 * for a change or a comparison, a row for its baseline period, or the `Số đầu kỳ` cell when the
 * baseline is the stock at the start); for each key task, a row for its completion date.
 *
 * @example
 * templateRows(parsePlan(text), { period: '2023' }).map((r) => `${r.metric ?? r.task} ${r.period ?? ''}`)
 * // ['1.1 2023', ..., '2.3 2023', '2.3 2022', ..., 'II.1 ']
 */
export function templateRows(plan: Plan, options: TemplateOptions = {}): TemplateRow[] {
  const period = checkedPeriod(plan, options);
  const here = formatPeriod(period);
  const rows: TemplateRow[] = [];
  for (const { entry } of listEntries(plan)) {
    const lead = entry.lead.join('; ');
    if (entry.kind === 'task') {
      rows.push({ task: entry.id, description: entry.description, plan: entry.timing.text, unit: '', lead, needs: ['completed'], hint: 'Ngày hoàn thành (mỗi lần một dòng)' });
      continue;
    }
    for (const m of entry.metrics) {
      const { needs, unit, hint } = needsOf(m.clause);
      const base = { metric: m.id, description: entry.description, plan: formatClause(entry.statement.target, m.clause), unit, lead };
      const baseline = m.clause.kind === 'change' || m.clause.kind === 'compare' ? baselineSource(m.clause.baseline, period, plan.header.year) : undefined;
      if (baseline === 'start') {
        rows.push({ ...base, period: here, needs: [...needs, 'start'], hint: `${hint} và Số đầu kỳ (mốc so sánh)` });
        continue;
      }
      rows.push({ ...base, period: here, needs, hint });
      if (baseline !== undefined && formatPeriod(baseline) !== here) {
        rows.push({ ...base, period: formatPeriod(baseline), needs: ['value'], hint: `Giá trị kỳ ${formatPeriod(baseline)} (mốc so sánh)` });
      }
    }
  }
  return rows;
}
