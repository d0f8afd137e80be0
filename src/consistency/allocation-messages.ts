import type { Lang } from '../diagnostics/index.js';
import type { PlanAllocationResult } from './allocation.js';
import { formatConstraint, formatFigure } from './format.js';

const PROBLEM = {
  not_a_count: { vi: 'chỉ cộng được số lượng (tỷ lệ, mức thay đổi không cộng được)', en: 'only counts and amounts add up (rates and changes do not)' },
  per_unit: { vi: 'chỉ tiêu tính cho từng đơn vị không chia phần được', en: 'a per-unit target is not split into shares' },
  quantity_mismatch: { vi: 'khác đơn vị tính với tổng', en: 'counted in a different unit from the whole' },
  uncheckable: { vi: 'không có con số', en: 'has no figure' },
  impossible_part: { vi: 'phần giao không thể đạt', en: 'the share cannot be met' },
  no_parts: { vi: 'chưa giao cho đơn vị nào', en: 'no unit has a share' },
  unknown_metric: { vi: 'không có chỉ tiêu mã này', en: 'no metric with this id' },
} as const;

/**
 * Render an allocation check as one line of text.
 *
 * @example
 * formatAllocation(r, 'en')
 * // "Not covered: the units' figures allow a total of 540 hồ sơ, short of `≥ 550 hồ sơ` (Cẩm Đông 300, Cẩm Tây 240)."
 */
export function formatAllocation(r: PlanAllocationResult, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  if (r.status === 'not_checkable') {
    const who = 'unit' in r.problem && r.problem.unit !== undefined ? `${r.problem.unit}: ` : '';
    const id = r.problem.code === 'unknown_metric' ? ` (\`${r.problem.metric}\`)` : '';
    return `${vi ? 'Không kiểm tra được phân bổ' : 'The allocation cannot be checked'}: ${who}${PROBLEM[r.problem.code][lang]}${id}.`;
  }
  const whole = `\`${formatConstraint(r.whole, lang)}\``;
  if (r.status === 'covers') return vi ? `Đủ: đơn vị nào cũng đạt phần của mình thì tổng đạt ${whole}.` : `Covered: when every unit meets its share, the total meets ${whole}.`;
  const unit = r.whole.quantity.kind === 'count' && r.whole.quantity.unit ? ` ${r.whole.quantity.unit}` : '';
  const parts = r.counterexample.parts.map((p) => `${p.unit} ${formatFigure(p.value, lang)}`).join(', ');
  const total = `${formatFigure(r.counterexample.total, lang)}${unit}`;
  return vi
    ? `Chưa đủ: các đơn vị đều đạt phần của mình mà tổng chỉ ${total}, không đạt ${whole} (${parts}).`
    : `Not covered: every unit can meet its share while the total is ${total}, which fails ${whole} (${parts}).`;
}
