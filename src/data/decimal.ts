import Decimal from 'decimal.js';
import type { DecimalString } from '../ast/types.js';

/** A non-negative decimal written with `.` as the decimal point and no grouping: `412`, `7.5`. */
export const DECIMAL_PATTERN = '^\\d+(\\.\\d+)?$';
const DECIMAL_RE = new RegExp(DECIMAL_PATTERN);

/**
 * The canonical decimal string of an observed figure, or `undefined` when it cannot be read
 * exactly. Strings are taken digit for digit. A JSON number is taken as its shortest decimal
 * spelling (what the author typed), except integers beyond 2^53, which JSON has already
 * rounded: those must be written as strings.
 *
 * @example
 * toDecimalString('0412.50') // "412.5"
 * toDecimalString(0.1)       // "0.1"
 * toDecimalString(2 ** 60)   // undefined
 */
export function toDecimalString(input: number | string): DecimalString | undefined {
  if (typeof input === 'string') return DECIMAL_RE.test(input) ? canonical(input) : undefined;
  if (!Number.isFinite(input) || input < 0) return undefined;
  if (Number.isInteger(input) && !Number.isSafeInteger(input)) return undefined;
  // String(1e-7) is "1e-7": decimal.js expands the exponent without rounding.
  return canonical(new Decimal(String(input)).toFixed());
}

function canonical(text: string): DecimalString {
  const [int = '0', frac = ''] = text.split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/**
 * Whether a figure looks like Vietnamese thousands grouping read as a decimal point
 * (`"1.000"` meant as one thousand): worth a warning, since data files use `.` as the
 * decimal point.
 *
 * @example
 * looksLikeThousands('1.000') // true
 * looksLikeThousands('7.5')   // false
 */
export function looksLikeThousands(input: number | string): boolean {
  return typeof input === 'string' && /^\d{1,3}\.\d{3}$/.test(input);
}
