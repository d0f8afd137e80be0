import type { DecimalString } from '../ast/types.js';

/**
 * Print a canonical decimal string the Vietnamese way: `.` groups thousands, `,` is the
 * decimal mark. Pure string work, so no float ever rounds a figure on its way to the page.
 *
 * @example
 * formatDecimalVi('1000')   // "1.000"
 * formatDecimalVi('9.95')   // "9,95"
 * formatDecimalVi('-1234.5') // "-1.234,5"
 */
export function formatDecimalVi(value: DecimalString): string {
  const negative = value.startsWith('-');
  const [int = '0', frac] = (negative ? value.slice(1) : value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/**
 * Read a figure as Vietnamese text writes it into a canonical decimal string, or `undefined`
 * when it is not a number. A dot followed by groups of exactly three digits groups thousands
 * (`1.000`); a comma is the decimal mark (`7,5`); a lone dot before other digit counts is read
 * as an English decimal point (`7.5`). Leading zeros are dropped (`07` → `7`).
 *
 * @example
 * parseDecimalVi('1.000')  // "1000"
 * parseDecimalVi('7,5')    // "7.5"
 * parseDecimalVi('07')     // "7"
 * parseDecimalVi('1.000,50') // "1000.5"
 */
export function parseDecimalVi(text: string): DecimalString | undefined {
  // Most figures are plain integers already in canonical form (`91`, `2022`).
  if (PLAIN_INTEGER.test(text)) return text;
  let int: string;
  let frac = '';
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
    const [i = '', f = ''] = text.split(',');
    int = i.replace(/\./g, '');
    frac = f;
  } else if (/^\d+([.,]\d+)?$/.test(text)) {
    const [i = '', f = ''] = text.split(/[.,]/);
    int = i;
    frac = f;
  } else {
    return undefined;
  }
  return canonicalDecimal(int, frac);
}

const PLAIN_INTEGER = /^(?:0|[1-9]\d*)$/;

/** Join integer and fraction digits without leading or trailing zeros. */
function canonicalDecimal(int: string, frac: string): DecimalString {
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/**
 * Compare two canonical non-negative decimal strings (as `parseDecimalVi` gives them) without
 * floats: negative, zero or positive.
 *
 * @example
 * compareDecimals('5', '10') // < 0
 * compareDecimals('7.50', '7.5') // 0
 */
export function compareDecimals(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length - bi.length;
  const width = Math.max(af.length, bf.length);
  const x = ai + af.padEnd(width, '0');
  const y = bi + bf.padEnd(width, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}
