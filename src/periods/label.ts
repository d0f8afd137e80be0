import type { Lang } from '../diagnostics/types.js';
import type { IsoDate } from './dates.js';
import type { Period } from './period.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A period as a reader would say it.
 *
 * @example
 * periodLabel({ year: 2023, unit: 'half', index: 1 })       // "6 tháng đầu năm 2023"
 * periodLabel({ year: 2023, unit: 'quarter', index: 2 }, 'en') // "Q2 2023"
 */
export function periodLabel(p: Period, lang: Lang = 'vi'): string {
  if (lang === 'en') {
    if (p.unit === 'year') return String(p.year);
    if (p.unit === 'half') return `H${p.index} ${p.year}`;
    if (p.unit === 'quarter') return `Q${p.index} ${p.year}`;
    return `${MONTH_EN[p.index - 1]} ${p.year}`;
  }
  if (p.unit === 'year') return `năm ${p.year}`;
  if (p.unit === 'half') return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
  if (p.unit === 'quarter') return `quý ${ROMAN[p.index - 1]}/${p.year}`;
  return `tháng ${p.index}/${p.year}`;
}

/**
 * A date as a reader would write it: `31/03/2023` in Vietnamese, ISO in English.
 *
 * @example
 * dateLabel('2023-03-31') // "31/03/2023"
 */
export function dateLabel(date: IsoDate, lang: Lang = 'vi'): string {
  if (lang === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
