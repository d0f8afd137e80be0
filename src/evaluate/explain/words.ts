import type { Baseline, Comparator, PeriodUnit } from '../../ast/types.js';
import type { Lang } from '../../diagnostics/types.js';
import { formatDecimalVi } from '../../text/numbers.js';
import { STATUS_LABELS, STATUS_LABELS_EN, type VerdictStatus } from '../verdict.js';

/**
 * A decimal string the reader's way: `1.234,5` in Vietnamese, `1,234.5` in English.
 *
 * @example
 * num('9.95', 'vi') // "9,95"
 */
export function num(value: string, lang: Lang): string {
  if (lang === 'vi') return formatDecimalVi(value);
  const [int = '0', frac] = value.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}


/** The status as a sentence opener: `Đạt`, `Không đạt`, `Not met`. */
export function statusWord(s: VerdictStatus, lang: Lang): string {
  const w = lang === 'vi' ? STATUS_LABELS[s] : STATUS_LABELS_EN[s];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export const SYMBOL: Record<Comparator | 'zero', string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=', approx: '≈', zero: '=' };

const PER: Record<Lang, Record<PeriodUnit, string>> = {
  vi: { year: 'năm', half: '6 tháng', quarter: 'quý', month: 'tháng' },
  en: { year: 'year', half: 'half-year', quarter: 'quarter', month: 'month' },
};

/** `/năm`, `/quarter`. */
export function perText(per: PeriodUnit, lang: Lang): string {
  return `/${PER[lang][per]}`;
}

/**
 * A baseline as a reader says it.
 *
 * @example
 * baselineText({ kind: 'year', year: 2022 }, 'vi') // "năm 2022"
 */
export function baselineText(b: Baseline, lang: Lang): string {
  const vi = lang === 'vi';
  switch (b.kind) {
    case 'year':
      return vi ? `năm ${b.year}` : String(b.year);
    case 'previous_year':
      return vi ? 'năm trước' : 'the previous year';
    case 'same_period_last_year':
      return vi ? 'cùng kỳ' : 'the same period last year';
    case 'current':
      return vi ? 'hiện nay' : 'the current level';
    case 'period_start':
      return vi ? 'đầu kỳ' : 'the start of the period';
  }
}

/** Words that vary by language, in one place. */
export const W = {
  vi: {
    points: 'điểm phần trăm',
    cases: 'trường hợp',
    rate: 'tỷ lệ',
    bound: 'mức',
    spare: (g: string) => `dư ${g}`,
    short: (g: string) => `còn thiếu ${g}`,
    exactly: 'vừa đúng mức',
    equalStrict: 'bằng đúng mức, cần vượt mức',
    meets: 'thì đạt',
    progress: (p: string) => `Kiểm tra tiến độ (số liệu ${p}): `,
    clauses: (ok: number, n: number) => `${ok}/${n} vế đạt`,
    unitsOk: (ok: number, n: number, kind: string) => `${ok}/${n} ${kind} đạt`,
    periodsOk: (ok: number, n: number) => `${ok}/${n} kỳ đạt`,
    unitKind: 'đơn vị',
    notDue: (n: number) => `còn ${n} lượt chưa đến hạn`,
  },
  en: {
    points: 'percentage points',
    cases: 'cases',
    rate: 'rate',
    bound: 'bound',
    spare: (g: string) => `${g} to spare`,
    short: (g: string) => `${g} short`,
    exactly: 'exactly on the bound',
    equalStrict: 'equal to the bound, which must be beaten',
    meets: 'would meet it',
    progress: (p: string) => `Progress check (${p} data): `,
    clauses: (ok: number, n: number) => `${ok}/${n} clauses met`,
    unitsOk: (ok: number, n: number, kind: string) => `${ok}/${n} ${kind} met`,
    periodsOk: (ok: number, n: number) => `${ok}/${n} periods met`,
    unitKind: 'units',
    notDue: (n: number) => `${n} more not yet due`,
  },
} as const;
