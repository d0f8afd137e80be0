import type { Clause } from '../../ast/types.js';
import type { Lang } from '../../diagnostics/types.js';
import { periodLabel } from '../../periods/label.js';
import { parsePeriod } from '../../periods/period.js';
import type { Check, FigureUsed } from '../verdict.js';
import { boundText } from './bound-text.js';
import { reasonText } from './reason-text.js';
import { num, W } from './words.js';

/** `năm 2023`, `6 tháng đầu năm 2023` for a period string. */
export function periodText(period: string, lang: Lang): string {
  const p = parsePeriod(period);
  return p ? periodLabel(p, lang) : period;
}

function approx(check: Check): string {
  return check.valueExact === false ? '≈ ' : '';
}

function figureText(f: FigureUsed, percent: boolean, lang: Lang): string {
  const fraction = f.numerator !== undefined ? ` (${num(f.numerator, lang)}/${num(f.denominator!, lang)})` : '';
  return `${num(f.value, lang)}${percent ? '%' : ''}${fraction}`;
}

/** The unit a change's size is told in: `%`, ` điểm phần trăm`, ` trường`, ` lần`. */
function changeUnit(clause: Extract<Clause, { kind: 'change' }>, lang: Lang): string {
  switch (clause.measure) {
    case undefined:
      return '%';
    case 'points':
      return ` ${W[lang].points}`;
    case 'absolute':
      return clause.unit ? ` ${clause.unit}` : '';
    case 'times':
      return lang === 'vi' ? ' lần' : ' times';
    case 'average':
      return lang === 'vi' ? '%/năm bình quân' : '%/year on average';
  }
}

/** ` trong 3 năm`: how many years an average ran over, from its baseline's period to the judged one. */
function yearsText(from: string, to: string, lang: Lang): string {
  const n = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return lang === 'vi' ? ` trong ${n} năm` : ` over ${n} year${n === 1 ? '' : 's'}`;
}

/** What was measured: `tỷ lệ 85% (170/200)`, `612 hồ sơ`, `từ 412 (năm 2022) xuống 380 (năm 2023): giảm 7,77%`. */
function measured(clause: Clause, c: Check, lang: Lang): string {
  const vi = lang === 'vi';
  const cur = c.current!;
  const percentRows = cur.numerator !== undefined;
  switch (clause.kind) {
    case 'rate':
      return `${W[lang].rate} ${approx(c)}${figureText(cur, true, lang)}`;
    case 'count':
      return `${num(cur.value, lang)} ${clause.unit}`.trim();
    case 'zero':
      return `${num(cur.value, lang)} ${W[lang].cases}`;
    case 'change': {
      const base = c.baseline!;
      const pct = percentRows || clause.measure === 'points'; // points are points of a rate: its figures are %
      const from = `${figureText(base, pct, lang)} (${base.kind === 'year' || base.kind === 'previous_year' || base.kind === 'same_period_last_year' ? periodText(base.period, lang) : vi ? 'đầu kỳ' : 'at start'})`;
      const to = `${figureText(cur, pct, lang)} (${periodText(cur.period, lang)})`;
      const value = c.value!;
      const negative = value.startsWith('-');
      const down = (clause.direction === 'decrease') !== negative;
      const years = clause.measure === 'average' ? yearsText(base.period, cur.period, lang) : '';
      const size = `${approx(c)}${num(negative ? value.slice(1) : value, lang)}${changeUnit(clause, lang)}${years}`;
      if (clause.measure === 'times') return vi ? `từ ${from} lên ${to}: gấp ${size}` : `from ${from} to ${to}: ${size} the base`;
      if (vi) return `từ ${from} ${down ? 'xuống' : 'lên'} ${to}: ${down ? 'giảm' : 'tăng'} ${size}`;
      return `from ${from} to ${to}: ${down ? 'down' : 'up'} ${size}`;
    }
    case 'compare': {
      const base = c.baseline!;
      const link = vi ? 'so với' : 'against';
      return `${figureText(cur, percentRows, lang)} (${periodText(cur.period, lang)}) ${link} ${figureText(base, percentRows, lang)} (${periodText(base.period, lang)})`;
    }
    default:
      return '';
  }
}

function gapText(clause: Clause, c: Check, lang: Lang): string {
  const g = c.gap;
  if (!g || clause.kind === 'zero') return '';
  const w = W[lang];
  const size = g.value.startsWith('-') ? g.value.slice(1) : g.value;
  // A rounded gap of 0 (an average's root) is not "exactly": the verdict says which side it is on.
  const negative = g.value.startsWith('-') || (size === '0' && !g.exact && c.status === 'not_met');
  if (size === '0' && g.exact) return c.status === 'not_met' ? w.equalStrict : w.exactly;
  const unit = g.unit === 'percentage_point' ? ` ${w.points}` : g.unitLabel ? ` ${g.unitLabel}` : '';
  const amount = `${g.exact ? '' : '≈ '}${num(size, lang)}${unit}`;
  return negative ? w.short(amount) : w.spare(amount);
}

function flipText(clause: Clause, c: Check, lang: Lang): string {
  const f = c.flip;
  if (!f || f.to !== 'met' || clause.kind === 'zero') return '';
  const vi = lang === 'vi';
  const more = f.delta > 0;
  const n = num(String(Math.abs(f.delta)), lang);
  const meets = W[lang].meets;
  if (clause.kind === 'rate') {
    const frac = `(${num(f.result, lang)}/${num(c.current!.denominator!, lang)})`;
    if (vi) return `${more ? 'thêm' : 'bớt'} ${n} ${W.vi.cases} ${frac} ${meets}`;
    return `${n} ${more ? 'more' : 'fewer'} ${n === '1' ? 'case' : 'cases'} ${frac} ${meets}`;
  }
  if (clause.kind === 'count') {
    if (vi) return `${more ? 'thêm' : 'bớt'} ${n} ${clause.unit} ${meets}`.replace(/\s+/g, ' ');
    return `${n} ${more ? 'more' : 'fewer'} ${clause.unit} ${meets}`.replace(/\s+/g, ' ');
  }
  const to = num(f.result, lang);
  if (vi) return more ? `tăng thêm ${n} (lên ${to}) ${meets}` : `giảm thêm ${n} (xuống ${to}) ${meets}`;
  return `${n} ${more ? 'more' : 'fewer'} (${to}) ${meets}`;
}

/**
 * One check in words: what was measured against which bound, the gap, and for a miss the
 * smallest change that meets it; or why it could not be judged.
 *
 * @example
 * checkText(clause, check, 'vi') // "tỷ lệ 78,5% (157/200), mức ≥ 80%: còn thiếu 1,5 điểm phần trăm; thêm 3 trường hợp (160/200) thì đạt"
 */
export function checkText(clause: Clause, c: Check, lang: Lang, asOf?: string, metric?: string): string {
  if (!c.current) return reasonText(clause, c, lang, asOf, metric);
  const bound = `${W[lang].bound} ${boundText(clause, lang)}`;
  const tail = [gapText(clause, c, lang), flipText(clause, c, lang)].filter(Boolean).join('; ');
  const pending = c.reason === 'pending' ? `${reasonText(clause, c, lang, asOf)}: ` : '';
  return `${pending}${measured(clause, c, lang)}, ${bound}${tail ? `: ${tail}` : ''}`;
}
