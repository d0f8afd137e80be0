import type { Lang } from '../diagnostics/index.js';
import type { MetricPairComparison, PairSide } from './compare-plans.js';
import type { Strictness } from './compare.js';
import { formatConstraint, formatWitness } from './format.js';

const VERDICT: Record<Strictness, Record<Lang, string>> = {
  stricter: { vi: 'chặt hơn', en: 'stricter than' },
  equal: { vi: 'bằng', en: 'equal to' },
  looser: { vi: 'LỎNG HƠN', en: 'LOOSER than' },
  not_comparable: { vi: 'không so được với', en: 'not comparable with' },
};

const UNCHECKABLE = {
  qualitative: { vi: 'định tính', en: 'qualitative' },
  delegated: { vi: 'giao cho cơ quan khác', en: 'delegated' },
  task: { vi: 'nhiệm vụ theo thời hạn', en: 'a task judged by date' },
} as const;

const MISMATCH = {
  kind: { vi: 'khác loại đại lượng', en: 'different kinds of quantity' },
  unit: { vi: 'khác đơn vị tính', en: 'different units' },
  per: { vi: 'khác kỳ tính tần suất', en: 'different frequency periods' },
  baseline: { vi: 'khác mốc so sánh', en: 'different baselines' },
  measure: { vi: 'khác cách đo mức thay đổi (%, điểm phần trăm, đơn vị, số lần)', en: 'changes measured differently (%, points, units, times)' },
  each: { vi: 'một bên tính cho từng đơn vị, bên kia cho tổng thể', en: 'per unit against the whole' },
} as const;

function sideText(s: PairSide, lang: Lang): string {
  const bound = s.bound ? formatConstraint(s.bound, lang) : UNCHECKABLE[s.uncheckable ?? 'qualitative'][lang];
  return `${s.id} \`${bound}\``;
}

/**
 * Render one compared pair as a line: both metrics with their bounds, the verdict, and the
 * value that shows it (the counterexample when looser).
 *
 * @example
 * formatPairComparison(p, 'en')
 * // "2.10 `= 100%`... " → "2.10 `≥ 60%` LOOSER than I.3.e `= 100%`: 60% meets 2.10 but fails I.3.e."
 */
export function formatPairComparison(p: MetricPairComparison, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const head = `${sideText(p.lower, lang)} ${VERDICT[p.strictness][lang]} ${sideText(p.higher, lang)}`;
  const r = p.reason;
  switch (r.code) {
    case 'escapes': {
      const v = formatWitness(p.counterexample!, lang);
      return vi ? `${head}: ${v} đạt ${p.lower.id} nhưng không đạt ${p.higher.id}.` : `${head}: ${v} meets ${p.lower.id} but fails ${p.higher.id}.`;
    }
    case 'subset': {
      const v = formatWitness(r.margin, lang);
      return vi ? `${head}: đạt ${p.lower.id} thì đạt ${p.higher.id}; ngược lại ${v} đạt ${p.higher.id} mà chưa đạt ${p.lower.id}.` : `${head}: meeting ${p.lower.id} meets ${p.higher.id}, while ${v} meets ${p.higher.id} but not ${p.lower.id}.`;
    }
    case 'same_values':
      return vi ? `${head}: hai mức đòi hỏi như nhau.` : `${head}: both admit the same values.`;
    case 'quantity_mismatch':
      return `${head}: ${MISMATCH[r.mismatch][lang]}.`;
    case 'uncheckable':
      return vi ? `${head}: ${r.which === 'lower' ? p.lower.id : p.higher.id} không có con số để so.` : `${head}: ${r.which === 'lower' ? p.lower.id : p.higher.id} has no figure to compare.`;
    case 'zero_baseline':
      return vi
        ? `${head}: trùng nhau khi mốc so sánh dương, nhưng khi mốc bằng 0 thì ${p.lower.id} vẫn đánh giá được còn tỷ lệ tăng giảm của ${p.higher.id} không tính được.`
        : `${head}: they agree whenever the baseline is positive, but at a baseline of 0 ${p.lower.id} can be met while ${p.higher.id}'s percentage is undefined.`;
    case 'impossible_lower':
      return vi ? `${head}: ${p.lower.id} không thể đạt.` : `${head}: ${p.lower.id} cannot be met.`;
  }
}
