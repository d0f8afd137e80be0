import { addDays, differenceInCalendarDays, endOfMonth, isValid, parseISO } from 'date-fns';
import type { Period } from './period.js';
import { MONTHS, firstMonth } from './period.js';

/**
 * An ISO calendar date `YYYY-MM-DD` (no time, no zone).
 *
 * @example
 * const asOf: IsoDate = '2023-12-31'
 */
export type IsoDate = string;

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of a local date; by hand, as date-fns `format` parses its pattern on every call. */
function iso(d: Date): IsoDate {
  const y = String(d.getFullYear()).padStart(4, '0');
  return `${y}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Whether a string is a real calendar date in ISO form (`2023-02-29` is not).
 *
 * @example
 * isIsoDate('2024-02-29') // true
 * isIsoDate('2023-02-29') // false
 */
export function isIsoDate(text: string): boolean {
  if (!ISO_RE.test(text)) return false;
  const d = parseISO(text);
  return isValid(d) && iso(d) === text;
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later). Local calendar dates on
 * both sides, so daylight saving never shifts a count.
 *
 * @example
 * daysBetween('2023-03-31', '2023-04-05') // 5
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * The first day of a period.
 *
 * @example
 * periodStart({ year: 2023, unit: 'quarter', index: 2 }) // "2023-04-01"
 */
export function periodStart(p: Period): IsoDate {
  return iso(new Date(p.year, firstMonth(p) - 1, 1));
}

/**
 * The last day of a period: the deadline of a target due "by" that period.
 *
 * @example
 * periodEnd({ year: 2024, unit: 'month', index: 2 }) // "2024-02-29"
 */
export function periodEnd(p: Period): IsoDate {
  const lastMonth = firstMonth(p) + MONTHS[p.unit] - 2;
  return iso(endOfMonth(new Date(p.year, lastMonth, 1)));
}

/**
 * The day before a date: the last allowed day of `trước ngày D` (strictly before D).
 *
 * @example
 * dayBefore('2023-03-01') // "2023-02-28"
 */
export function dayBefore(date: IsoDate): IsoDate {
  return iso(addDays(parseISO(date), -1));
}
