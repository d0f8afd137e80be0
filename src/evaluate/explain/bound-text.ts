import type { Clause } from '../../ast/types.js';
import type { Lang } from '../../diagnostics/types.js';
import { baselineText, num, perText, SYMBOL } from './words.js';

function figure(op: string, value: string, stretch: string | undefined, suffix: string, lang: Lang): string {
  if (stretch !== undefined && op === 'gte') {
    return lang === 'vi' ? `từ ${num(value, lang)}${suffix} đến ${num(stretch, lang)}${suffix}` : `from ${num(value, lang)}${suffix} to ${num(stretch, lang)}${suffix}`;
  }
  return `${SYMBOL[op as keyof typeof SYMBOL]} ${num(value, lang)}${suffix}`;
}

/**
 * The bound of a clause in a few words, with every implied choice visible.
 *
 * @example
 * boundText(rateClause, 'vi')   // "≥ 80%"
 * boundText(changeClause, 'vi') // "giảm ≥ 7% so với năm 2022"
 * boundText(countClause, 'en')  // "≥ 2 lần/year"
 */
export function boundText(clause: Clause, lang: Lang): string {
  const vi = lang === 'vi';
  switch (clause.kind) {
    case 'rate':
      return figure(clause.bound.op, clause.bound.value, clause.bound.stretch, '%', lang);
    case 'count': {
      const per = clause.per ? perText(clause.per, lang) : '';
      return `${figure(clause.bound.op, clause.bound.value, clause.bound.stretch, '', lang)} ${clause.unit}${per}`.trim();
    }
    case 'change': {
      const verb = clause.direction === 'decrease' ? (vi ? 'giảm' : 'a decrease') : vi ? 'tăng' : 'an increase';
      const against = `${vi ? 'so với' : 'against'} ${baselineText(clause.baseline, lang)}`;
      const size = (suffix: string): string => figure(clause.bound.op, clause.bound.value, clause.bound.stretch, suffix, lang);
      switch (clause.measure) {
        case undefined:
          return `${verb} ${size('%')} ${against}`;
        case 'points':
          return `${verb} ${size(vi ? ' điểm phần trăm' : ' percentage points')} ${against}`;
        case 'absolute':
          return `${vi ? `${verb} thêm` : verb} ${size(clause.unit ? ` ${clause.unit}` : '')} ${against}`;
        case 'times':
          return `${vi ? 'gấp' : ''} ${size(vi ? ' lần' : ' times')} ${against}`.trim();
        case 'average': {
          const years = clause.period ? (vi ? ` giai đoạn ${clause.period.from}-${clause.period.to}` : ` over ${clause.period.from}-${clause.period.to}`) : '';
          return `${verb} ${vi ? 'bình quân ' : 'on average '}${size(vi ? '%/năm' : '%/year')}${years} ${against}`;
        }
      }
    }
    case 'compare':
      return `${SYMBOL[clause.op]} ${baselineText(clause.baseline, lang)}`;
    case 'zero':
      return vi ? 'không để xảy ra (= 0)' : 'none at all (= 0)';
    default:
      return '';
  }
}
