/**
 * Values of the plan header: the issue date, the plan year and document numbers, read the ways
 * Vietnamese documents write them.
 */

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!isRealDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Read an issue date: `05/04/2023`, `5-4-2023`, `2023-04-05` or `ngày 05 tháng 4 năm 2023`
 * (with or without diacritics). Undefined when it is not a real date.
 *
 * @example
 * readDate('ngày 05 tháng 4 năm 2023') // "2023-04-05"
 * readDate('31/02/2023') // undefined
 */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (dmy) return iso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const words = /^(?:ng[aà]y\s+)?(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})$/iu.exec(t.normalize('NFC'));
  if (words) return iso(Number(words[3]), Number(words[2]), Number(words[1]));
  return undefined;
}

/**
 * Read a plan year: four digits between 1900 and 2199.
 *
 * @example
 * readYear('2023') // 2023
 * readYear('23') // undefined
 */
export function readYear(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return undefined;
  const year = Number(t);
  return year >= 1900 && year < 2200 ? year : undefined;
}

/**
 * Find the document number in a reference (`56/KH-UBND ngày 27/02/2023 của UBND tỉnh`), with
 * spaces around `/` removed (`102 /KH-UBND` → `102/KH-UBND`). Dates are not numbers.
 *
 * @example
 * readDocumentNumber('Kế hoạch số 56/KH-UBND, ngày 27/02/2023') // "56/KH-UBND"
 * readDocumentNumber('26/KH-BCĐ138/CP ngày 18/01/2022') // "26/KH-BCĐ138/CP"
 */
export function readDocumentNumber(text: string): string | undefined {
  const match = /(\d+)\s*\/\s*(\p{L}[\p{L}\p{N}-]*(?:\/[\p{L}\p{N}-]+)*)/u.exec(text.normalize('NFC'));
  return match ? `${match[1]}/${match[2]}` : undefined;
}
