import type { PeriodRef, PeriodUnit } from '../ast/types.js';

/**
 * A reporting period of observed data: a whole year, a half (H1, H2), a quarter (Q1–Q4) or a
 * month. `index` is 1-based within the year (1 for a whole year).
 *
 * @example
 * parsePeriod('2023-Q2') // { year: 2023, unit: 'quarter', index: 2 }
 */
export interface Period {
  readonly year: number;
  readonly unit: PeriodUnit;
  readonly index: number;
}

/** How many months each period unit spans; also orders units by length. */
export const MONTHS: Readonly<Record<PeriodUnit, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

const PERIOD_RE = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** The accepted spellings, for schemas and messages: `2023`, `2023-H1`, `2023-Q2`, `2023-06`. */
export const PERIOD_PATTERN = PERIOD_RE.source;

/**
 * Read a period string. Only the four canonical spellings are accepted, so a period has exactly
 * one spelling and rows can be matched by string.
 *
 * @example
 * parsePeriod('2023-H1') // { year: 2023, unit: 'half', index: 1 }
 * parsePeriod('2023-13') // undefined
 */
export function parsePeriod(text: string): Period | undefined {
  const m = PERIOD_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return { year, unit: 'half', index: Number(m[2]) };
  if (m[3]) return { year, unit: 'quarter', index: Number(m[3]) };
  if (m[4]) return { year, unit: 'month', index: Number(m[4]) };
  return { year, unit: 'year', index: 1 };
}

/**
 * The canonical spelling of a period.
 *
 * @example
 * formatPeriod({ year: 2023, unit: 'month', index: 6 }) // "2023-06"
 */
export function formatPeriod(p: Period): string {
  switch (p.unit) {
    case 'year':
      return String(p.year);
    case 'half':
      return `${p.year}-H${p.index}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
  }
}

/**
 * A period written in a target (`Quý II`, `Quý II/2023`) placed in a year: its own year if it
 * names one, otherwise the plan year; `undefined` when neither is known.
 *
 * @example
 * periodOfRef({ unit: 'quarter', index: 2 }, 2023) // { year: 2023, unit: 'quarter', index: 2 }
 */
export function periodOfRef(ref: PeriodRef, planYear: number | undefined): Period | undefined {
  const year = ref.year ?? planYear;
  if (year === undefined) return undefined;
  return ref.unit === 'year' ? { year, unit: 'year', index: 1 } : { year, unit: ref.unit, index: ref.index };
}

/** First month (1-based) of a period. */
export function firstMonth(p: Period): number {
  return (p.index - 1) * MONTHS[p.unit] + 1;
}

/**
 * The same sub-period in another year: how `so với cùng kỳ` and `so với năm N` find
 * an equal-length baseline (H1 2023 against H1 2022).
 *
 * @example
 * inYear({ year: 2023, unit: 'half', index: 1 }, 2022) // { year: 2022, unit: 'half', index: 1 }
 */
export function inYear(p: Period, year: number): Period {
  return { ...p, year };
}

/**
 * The periods of a shorter (or equal) unit that make up `p`, in order.
 *
 * @example
 * subPeriods({ year: 2023, unit: 'half', index: 2 }, 'quarter').map(formatPeriod) // ["2023-Q3", "2023-Q4"]
 */
export function subPeriods(p: Period, unit: PeriodUnit): Period[] {
  const size = MONTHS[unit];
  if (size > MONTHS[p.unit]) return [];
  const first = (firstMonth(p) - 1) / size + 1;
  const count = MONTHS[p.unit] / size;
  return Array.from({ length: count }, (_, i) => ({ year: p.year, unit, index: first + i }));
}

/** Whether `inner` lies within `outer` (a period contains itself). */
export function contains(outer: Period, inner: Period): boolean {
  if (outer.year !== inner.year || MONTHS[inner.unit] > MONTHS[outer.unit]) return false;
  const start = firstMonth(outer);
  const innerStart = firstMonth(inner);
  return innerStart >= start && innerStart + MONTHS[inner.unit] <= start + MONTHS[outer.unit];
}

/**
 * Order for "the latest period": later end first, then the longer period (so a whole year
 * beats its own H2 and Q4, which end the same day).
 *
 * @example
 * ['2023-H1', '2023', '2022'].map(parsePeriod).sort(byLatest) // 2023, 2023-H1, 2022
 */
export function byLatest(a: Period, b: Period): number {
  const endA = a.year * 12 + firstMonth(a) + MONTHS[a.unit];
  const endB = b.year * 12 + firstMonth(b) + MONTHS[b.unit];
  return endB - endA || MONTHS[b.unit] - MONTHS[a.unit];
}

/**
 * The period of a given length that contains `p` (itself when `unit` is `p`'s own or shorter).
 *
 * @example
 * enclosing({ year: 2023, unit: 'month', index: 8 }, 'quarter') // { year: 2023, unit: 'quarter', index: 3 }
 */
export function enclosing(p: Period, unit: PeriodUnit): Period {
  if (MONTHS[unit] <= MONTHS[p.unit]) return p;
  return { year: p.year, unit, index: Math.floor((firstMonth(p) - 1) / MONTHS[unit]) + 1 };
}
