/**
 * What a refused cell probably meant, when one reading is likely: a period written in words
 * (`6 tháng 2020` → `2020-H1`), a metric id in the wrong case or with a comma (`3.1.B` →
 * `3.1.b`, `3,4` → `3.4`).
 */
import { foldKey } from '../text/fold.js';

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The canonical period a person probably meant, or `undefined`.
 *
 * @example
 * suggestPeriod('6 tháng 2020')      // '2020-H1'
 * suggestPeriod('6 tháng cuối năm 2023') // '2023-H2'
 * suggestPeriod('Quý II/2023')       // '2023-Q2'
 * suggestPeriod('tháng 6/2023')      // '2023-06'
 * suggestPeriod('2023-06-01')        // '2023-06' (a month Excel turned into a date)
 */
export function suggestPeriod(text: string): string | undefined {
  const t = foldKey(text).replace(/\s*\/\s*/g, '/');
  let m: RegExpExecArray | null;
  if ((m = /^(?:nam )?(\d{4})$/.exec(t))) return m[1];
  if ((m = /^6 thang (dau |cuoi )?(?:nam )?(\d{4})$/.exec(t))) return `${m[2]}-H${m[1] === 'cuoi ' ? 2 : 1}`;
  if ((m = /^(?:(\d{4})[ -/]?h([12])|h([12])[ -/]?(\d{4}))$/.exec(t))) return `${m[1] ?? m[4]}-H${m[2] ?? m[3]}`;
  if ((m = /^quy (iv|iii|ii|i|[1-4])(?: nam |\/| )(\d{4})$/.exec(t))) return `${m[2]}-Q${ROMAN[m[1]!] ?? m[1]}`;
  if ((m = /^(?:(\d{4})[ -/]?q([1-4])|q([1-4])[ -/]?(\d{4}))$/.exec(t))) return `${m[1] ?? m[4]}-Q${m[2] ?? m[3]}`;
  if ((m = /^(?:thang )?(\d{1,2})(?: nam |\/|-)(\d{4})$/.exec(t)) && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(t))) return `${m[1]}-${m[2]}`;
  return undefined;
}

/**
 * The ISO date a day written the Vietnamese way means (`30/06/2023`, `30-6-2023`,
 * `ngày 30 tháng 6 năm 2023`), or `undefined`.
 *
 * @example
 * suggestDate('30/06/2023') // '2023-06-30'
 */
export function suggestDate(text: string): string | undefined {
  const m = /^(?:ngay )?(\d{1,2})(?:\/| thang |-|\.)(\d{1,2})(?:\/| nam |-|\.)(\d{4})$/.exec(foldKey(text));
  if (!m) return undefined;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An id folded for comparison: case, diacritics, and `,` for `.` aside. */
function idKey(id: string): string {
  return foldKey(id).replace(/,/g, '.').replace(/\s+/g, '');
}

/**
 * The id of `known` a data row's id probably meant (same but for case, a comma for a dot or
 * spaces), or `undefined` when none or several match.
 *
 * @example
 * suggestId('3.1.B', ['3.1', '3.1.b']) // '3.1.b'
 * suggestId('3,4', ['3.4'])            // '3.4'
 */
export function suggestId(id: string, known: Iterable<string | undefined>): string | undefined {
  const key = idKey(id);
  const hits = new Set<string>();
  for (const k of known) if (k !== undefined && k !== id && idKey(k) === key) hits.add(k);
  return hits.size === 1 ? [...hits][0] : undefined;
}
