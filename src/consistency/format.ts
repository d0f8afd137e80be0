import type { Baseline, DecimalString, PeriodUnit } from '../ast/types.js';
import type { Lang } from '../diagnostics/index.js';
import { formatDecimalVi } from '../text/numbers.js';
import type { Constraint, Quantity } from './constraint.js';
import { exact, toDecimalString } from './decimal.js';
import type { Endpoint, Interval } from './interval.js';
import { negate } from './interval.js';
import type { Witness } from './compare.js';

/**
 * Print a figure for a reader: `9,95` and `1.000` in Vietnamese, `9.95` and `1000` in English.
 *
 * @example
 * formatFigure('1000.5', 'vi') // "1.000,5"
 */
export function formatFigure(value: DecimalString, lang: Lang): string {
  return lang === 'vi' ? formatDecimalVi(value) : value;
}

const BASELINE_TEXT: Record<Lang, Record<Exclude<Baseline['kind'], 'year'>, string>> = {
  vi: { previous_year: 'năm trước', same_period_last_year: 'cùng kỳ', current: 'hiện nay', period_start: 'đầu kỳ' },
  en: { previous_year: 'the previous year', same_period_last_year: 'the same period last year', current: 'the current level', period_start: 'the start of the period' },
};

/**
 * Name a baseline: `năm 2022`, `cùng kỳ` / `2022`, `the same period last year`.
 *
 * @example
 * formatBaseline({ kind: 'year', year: 2022 }, 'vi') // "năm 2022"
 */
export function formatBaseline(b: Baseline, lang: Lang): string {
  if (b.kind === 'year') return lang === 'vi' ? `năm ${b.year}` : String(b.year);
  return BASELINE_TEXT[lang][b.kind];
}

const PER: Record<PeriodUnit, Record<Lang, string>> = {
  year: { vi: '/năm', en: '/year' },
  half: { vi: '/6 tháng', en: '/half-year' },
  quarter: { vi: '/quý', en: '/quarter' },
  month: { vi: '/tháng', en: '/month' },
};

/** The unit after a figure: `%`, ` hồ sơ`, ` lần/năm`, or nothing for a bare count. */
function suffix(q: Quantity, lang: Lang): string {
  if (q.kind === 'change') return changeSuffix(q, lang);
  if (q.kind === 'rate') return '%';
  const unit = q.unit === undefined ? '' : ` ${q.unit}`;
  return q.per ? `${unit}${PER[q.per][lang]}` : unit;
}

/** A change's unit: `%`, ` điểm phần trăm`, ` trường`, ` lần`. */
function changeSuffix(q: Extract<Quantity, { kind: 'change' }>, lang: Lang): string {
  switch (q.measure) {
    case undefined:
      return '%';
    case 'points':
      return lang === 'vi' ? ' điểm phần trăm' : ' percentage points';
    case 'absolute':
      return q.unit === undefined ? '' : ` ${q.unit}`;
    case 'times':
      return lang === 'vi' ? ' lần' : ' times';
    case 'average':
      return lang === 'vi' ? '%/năm bình quân' : '%/year on average';
  }
}

function sym(e: Endpoint, side: 'lo' | 'hi'): string {
  if (side === 'lo') return e.closed ? '≥' : '>';
  return e.closed ? '≤' : '<';
}

/** `≥ 80%`, `= 100%`, `từ 76% đến 84%`, `> 90% và < 95%`, `mọi giá trị`. */
function formatInterval(i: Interval, unit: string, lang: Lang): string {
  const f = (e: Endpoint) => `${formatFigure(e.value, lang)}${unit}`;
  const { lo, hi } = i;
  if (lo && hi) {
    if (lo.closed && hi.closed && exact(lo.value).eq(exact(hi.value))) return `= ${f(lo)}`;
    if (lo.closed && hi.closed) return lang === 'vi' ? `từ ${f(lo)} đến ${f(hi)}` : `from ${f(lo)} to ${f(hi)}`;
    return `${sym(lo, 'lo')} ${f(lo)} ${lang === 'vi' ? 'và' : 'and'} ${sym(hi, 'hi')} ${f(hi)}`;
  }
  if (lo) return `${sym(lo, 'lo')} ${f(lo)}`;
  if (hi) return `${sym(hi, 'hi')} ${f(hi)}`;
  return lang === 'vi' ? 'mọi giá trị' : 'any value';
}

/**
 * A change on its cut: `giảm ≥ 7% so với năm 2022`, `tăng ≥ 5% ...`, and the bare comparisons
 * `> năm 2022` / `< năm 2022`.
 */
function formatChange(i: Interval, q: Extract<Quantity, { kind: 'change' }>, lang: Lang): string {
  const b = q.baseline;
  const unit = changeSuffix(q, lang);
  const base = formatBaseline(b, lang);
  const vs = lang === 'vi' ? `so với ${base}` : `against ${base}`;
  const { lo, hi } = i;
  const isZero = (e?: Endpoint) => e !== undefined && exact(e.value).isZero();
  if (!lo && hi && isZero(hi)) return `${hi.closed ? '≥' : '>'} ${base}`;
  if (!hi && lo && isZero(lo)) return `${lo.closed ? '≤' : '<'} ${base}`;
  const cut = lang === 'vi' ? 'giảm' : 'cut';
  const rise = lang === 'vi' ? 'tăng' : 'rise';
  // A multiple is bounded as it is written (`gấp ≥ 2 lần`), not as a cut.
  if (q.measure === 'times') return `${lang === 'vi' ? 'gấp' : ''} ${formatInterval(i, unit, lang)} ${vs}`.trim();
  if (lo && exact(lo.value).gte(0)) return `${cut} ${formatInterval(i, unit, lang)} ${vs}`;
  if (hi && exact(hi.value).lte(0)) return `${rise} ${formatInterval(negate(i), unit, lang)} ${vs}`;
  return `${cut} ${formatInterval(i, unit, lang)} ${vs}`;
}

function eachPrefix(q: Quantity, lang: Lang): string {
  return q.each === undefined ? '' : lang === 'vi' ? `mỗi ${q.each}: ` : `each ${q.each}: `;
}

/**
 * Print a constraint as a short canonical bound, as written (before clipping to the quantity's
 * range, so `trên 100%` prints `> 100%`).
 *
 * @example
 * formatConstraint(giam7, 'vi')     // "giảm ≥ 7% so với năm 2022"
 * formatConstraint(hoSo550, 'en')   // "≥ 550 hồ sơ"
 * formatConstraint(khongXayRa, 'vi') // "= 0"
 */
export function formatConstraint(c: Constraint, lang: Lang = 'vi'): string {
  const q = c.quantity;
  const body = q.kind === 'change' ? formatChange(c.interval, q, lang) : formatInterval(c.interval, suffix(q, lang), lang);
  return `${eachPrefix(q, lang)}${body}`;
}

/**
 * Print a value of a quantity: `60%`, `549 hồ sơ`, `giảm 6% so với năm 2022`, `bằng năm 2022`.
 *
 * @example
 * formatWitness({ quantity: { kind: 'rate' }, value: '60' }, 'vi') // "60%"
 */
export function formatWitness(w: Witness, lang: Lang = 'vi'): string {
  const q = w.quantity;
  if (q.kind !== 'change') return `${formatFigure(w.value, lang)}${suffix(q, lang)}`;
  const base = formatBaseline(q.baseline, lang);
  const v = exact(w.value);
  if (v.isZero()) return lang === 'vi' ? `bằng ${base}` : `equal to ${base}`;
  const vs = lang === 'vi' ? `so với ${base}` : `against ${base}`;
  const unit = changeSuffix(q, lang);
  if (q.measure === 'times') return `${lang === 'vi' ? 'gấp' : ''} ${formatFigure(w.value, lang)}${unit} ${vs}`.trim();
  if (v.isPositive()) return `${lang === 'vi' ? 'giảm' : 'a cut of'} ${formatFigure(w.value, lang)}${unit} ${vs}`;
  return `${lang === 'vi' ? 'tăng' : 'a rise of'} ${formatFigure(toDecimalString(v.neg()), lang)}${unit} ${vs}`;
}
