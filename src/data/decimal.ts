import Decimal from 'decimal.js';
import type { DecimalString } from '../ast/types.js';

/**
 * The syntax of a figure written as text, as the plan's lexer takes a number: digits with dots
 * and commas between them (`412`, `7,5`, `7.5`, `12.500,75`). What the marks mean is the plan's
 * rule (`readFigureVi`), applied after the schema.
 */
export const DECIMAL_PATTERN = '^\\d+(?:[.,]\\d+)*$';
const DECIMAL_RE = /^\d+(\.\d+)?$/;

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
