import type { Baseline, Bound, Clause, PeriodRef, PeriodUnit, Schedule, Target } from './types.js';
import { formatDecimalVi } from '../text/numbers.js';

/**
 * The canonical text of a target: the author's sentence with every implied choice made
 * visible (`≥ 50%` for a bare `50%`, `so với đầu kỳ` where no baseline was written). Parsing it
 * gives back the same AST, spans aside.
 */

const SYMBOL: Readonly<Record<Bound['op'], string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=', approx: '≈' };
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const PER: Readonly<Record<PeriodUnit, string>> = { year: 'năm', half: '6 tháng', quarter: 'quý', month: 'tháng' };
const RECUR: Readonly<Record<PeriodUnit, string>> = { year: '1 năm', half: '6 tháng', quarter: 'quý', month: 'tháng' };
const ZERO = { occur: 'không để xảy ra', exist: 'không để tồn tại', arise: 'không để phát sinh' } as const;
const PART = { main: '; ', of_which: ', trong đó ', specifically: ', riêng ' } as const;

/** `≥ 7%`, `từ 5% đến 10%`, `≥ 550` (unit added by the caller). */
function bound(b: Bound, unit: string): string {
  const v = `${formatDecimalVi(b.value)}${unit}`;
  return b.stretch ? `từ ${v} đến ${formatDecimalVi(b.stretch)}${unit}` : `${SYMBOL[b.op]} ${v}`;
}

/** `năm 2022`, `năm trước`, `cùng kỳ`, `hiện nay`, `đầu kỳ` */
export function formatBaseline(b: Baseline): string {
  switch (b.kind) {
    case 'year':
      return `năm ${b.year}`;
    case 'previous_year':
      return 'năm trước';
    case 'same_period_last_year':
      return 'cùng kỳ';
    case 'current':
      return 'hiện nay';
    case 'period_start':
      return 'đầu kỳ';
  }
}

/**
 * `giảm ≥ 7%`, `giảm ≥ 1,5 điểm phần trăm`, `tăng thêm ≥ 4 trường`, `tăng gấp ≥ 2 lần`: the
 * measure is always written out, so the canonical form shows the kind of change.
 */
function changeCore(c: Extract<Clause, { kind: 'change' }>): string {
  const verb = c.direction === 'decrease' ? 'giảm' : 'tăng';
  switch (c.measure) {
    case undefined:
      return `${verb} ${bound(c.bound, '%')}`;
    case 'points':
      return `${verb} ${bound(c.bound, '')} điểm phần trăm`;
    case 'absolute':
      return `${verb} thêm ${bound(c.bound, '')} ${c.unit ?? ''}`.trimEnd();
    case 'times':
      return `${verb} gấp ${bound(c.bound, '')} lần`;
    case 'average':
      return `${verb} bình quân ${bound(c.bound, '%')}/năm`;
  }
}

/** What a change is against: `so với năm 2022`; an average over a written period names the period. */
function changeBaseline(c: Extract<Clause, { kind: 'change' }>): string {
  if (c.measure === 'average' && c.period) return `giai đoạn ${c.period.from}-${c.period.to}`;
  return `so với ${formatBaseline(c.baseline)}`;
}

function core(c: Clause): string {
  switch (c.kind) {
    case 'rate':
      return bound(c.bound, '%');
    case 'count':
      return `${bound(c.bound, '')} ${c.unit}${c.per ? `/${PER[c.per]}` : ''}`;
    case 'change':
      return changeCore(c);
    case 'compare':
      return `${SYMBOL[c.op]} ${formatBaseline(c.baseline)}`;
    case 'zero':
      return ZERO[c.verb];
    default:
      return '';
  }
}

function clauseText(c: Clause, previous: Clause | undefined): string {
  if (c.kind === 'delegated') return [c.subject.before, `(${[c.by, 'giao chỉ tiêu cụ thể', c.subject.after].filter(Boolean).join(' ')})`].filter(Boolean).join(' ');
  const baseline = c.kind === 'change' ? changeBaseline(c) : '';
  // A rate in a `trong đó` part after a change says `đạt`: without it, it continues the change.
  const reach = c.kind === 'rate' && c.part === 'of_which' && previous?.kind === 'change' ? 'đạt' : '';
  return [c.subject.before, reach, core(c), c.subject.after, baseline].filter(Boolean).join(' ');
}

function period(p: PeriodRef): string {
  const year = p.year === undefined ? '' : p.unit === 'year' || p.unit === 'half' ? ` ${p.year}` : `/${p.year}`;
  switch (p.unit) {
    case 'year':
      return `năm${year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm${year}`;
    case 'quarter':
      return `quý ${ROMAN[p.index] ?? p.index}${year}`;
    case 'month':
      return `tháng ${p.index}${year}`;
  }
}

/**
 * The canonical text of a schedule.
 *
 * @example
 * formatSchedule({ kind: 'before', date: '2023-03-15' }) // "trước ngày 15/03/2023"
 */
export function formatSchedule(s: Schedule): string {
  switch (s.kind) {
    case 'by':
      return period(s.period);
    case 'before': {
      const [y, m, d] = s.date.split('-');
      return `trước ngày ${d}/${m}/${y}`;
    }
    case 'throughout':
      return `cả ${period(s.period)}`;
    case 'all':
      return s.parts.map(formatSchedule).join(' và ');
    case 'recurring':
      return s.every.length === 1 && s.every[0] !== 'half' ? `hằng ${PER[s.every[0]!]}` : `định kỳ (${s.every.map((u) => RECUR[u]).join(', ')})`;
  }
}

/**
 * Print a target in canonical form.
 *
 * @example
 * formatTarget(parseTarget('Giảm 07% so với năm 2022')) // "giảm ≥ 7% so với năm 2022"
 * formatTarget(parseTarget('Truy tìm và đưa 50% đối tượng bỏ trốn')) // "Truy tìm và đưa ≥ 50% đối tượng bỏ trốn"
 */
export function formatTarget(target: Target): string {
  // A statement may open with `riêng ...` / `trong đó ...` (a row continuing the one above).
  const lead = (c: Clause): string => (c.part === 'main' ? '' : PART[c.part].slice(2));
  const text = target.clauses.map((c, i) => (i === 0 ? lead(c) : PART[c.part]) + clauseText(c, target.clauses[i - 1])).join('');
  const schedule = target.schedule ? formatSchedule(target.schedule) : '';
  return [text, schedule].filter(Boolean).join(' ');
}
