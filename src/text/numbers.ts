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
 * How a figure marks its decimals and thousands, as `readFigureVi` tells them apart. The
 * reading is the same for every kind; the kind says what the marks show of the writer's habit:
 * - `plain`: digits only (`2022`, `07`)
 * - `comma_decimal`: a decimal comma (`7,5`, `0,125`), the Vietnamese way
 * - `grouped`: dots grouping thousands, more than one group or with a decimal comma
 *   (`1.000.000`, `12.500,75`), the Vietnamese way
 * - `dot_group`: one dot before three digits (`1.250`, `44.200`): read as thousands, the
 *   Vietnamese way, but an English writer means a decimal point (1,25)
 * - `comma_group`: one comma before three digits (`1,250`): read as a decimal comma (1,25),
 *   but an English writer means thousands (1250)
 * - `dot_decimal`: a dot before other than three digits, or after a zero (`7.5`, `0.125`):
 *   read as a decimal point, the English way (plans copied from English tools write so)
 *
 * @example
 * readFigureVi('1.250')?.kind // 'dot_group'
 */
export type FigureKind = 'plain' | 'comma_decimal' | 'grouped' | 'dot_group' | 'comma_group' | 'dot_decimal';

/**
 * A figure as `readFigureVi` reads it: its canonical decimal and how it was written.
 *
 * @example
 * readFigureVi('12.500,75') // { value: '12500.75', kind: 'grouped' }
 */
export interface FigureReading {
  readonly value: DecimalString;
  readonly kind: FigureKind;
}

// A first group of thousands has a digit other than 0: `0.125` is a decimal, never 125.
const GROUPS = /^(?!0+\.)\d{1,3}((?:\.\d{3})+)(,\d+)?$/;
const SINGLE_MARK = /^(\d+)([.,])(\d+)$/;

/**
 * Read a figure as a Vietnamese plan or data file writes it. The one rule of the library: the
 * plan's text (`parseDecimalVi`) and observed data (CSV, xlsx text cells, JSON strings) both
 * read figures with it, so `1.250` is one thousand two hundred and fifty everywhere.
 * - a dot before groups of exactly three digits groups thousands (`1.000`, `12.500,75`), unless
 *   the first group is zero (`0.125`);
 * - a comma is the decimal mark (`7,5`, `1,250` = 1,25);
 * - a lone dot before other digit counts is an English decimal point (`7.5`).
 * Leading zeros are dropped (`07` → `7`). `undefined` when it is not a figure.
 *
 * @example
 * readFigureVi('44.200') // { value: '44200', kind: 'dot_group' }
 * readFigureVi('7,5')    // { value: '7.5', kind: 'comma_decimal' }
 * readFigureVi('7.5')    // { value: '7.5', kind: 'dot_decimal' }
 * readFigureVi('1,2,3')  // undefined
 */
export function readFigureVi(text: string): FigureReading | undefined {
  if (PLAIN_INTEGER.test(text)) return { value: text, kind: 'plain' };
  if (/^\d+$/.test(text)) return { value: canonicalDecimal(text, ''), kind: 'plain' };
  const g = GROUPS.exec(text);
  if (g) {
    const int = text.slice(0, text.length - g[1]!.length - (g[2]?.length ?? 0)) + g[1]!.replace(/\./g, '');
    const many = g[1]!.length > 4 || g[2] !== undefined;
    return { value: canonicalDecimal(int, g[2]?.slice(1) ?? ''), kind: many ? 'grouped' : 'dot_group' };
  }
  const m = SINGLE_MARK.exec(text);
  if (!m) return undefined;
  const [, int = '', mark, frac = ''] = m;
  const value = canonicalDecimal(int, frac);
  if (mark === '.') return { value, kind: 'dot_decimal' };
  const group = frac.length === 3 && int.length <= 3 && /[1-9]/.test(int);
  return { value, kind: group ? 'comma_group' : 'comma_decimal' };
}

/**
 * Read a figure as Vietnamese text writes it into a canonical decimal string, or `undefined`
 * when it is not a number: `readFigureVi`'s value (the rule shared with observed data).
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
  return readFigureVi(text)?.value;
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
