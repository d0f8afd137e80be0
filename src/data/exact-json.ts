/**
 * JSON text decoded with its numbers read as written. `JSON.parse` rounds a number to the
 * nearest double: `80.000000000000001` becomes 80 (and fails `trên 80%`, which the string
 * `"80.000000000000001"` meets), `1e-400` becomes 0, `12345678901234567891` loses its last
 * digits. Here a number that a double does not hold exactly, digit for digit as its shortest
 * spelling, becomes the string of its exact decimal, which the data schema reads exactly
 * (or refuses, for a negative figure); one too long to write out is kept as written, and
 * refused. Every other number stays a JSON number, so the common case is one `JSON.parse`
 * and one linear scan.
 */

/** Beyond this exponent a number is not written out (1e400 would be 401 digits): it is kept as text, and refused. */
const MAX_EXPONENT = 1000;

interface Spelled {
  readonly negative: boolean;
  /** Significant digits, without leading or trailing zeros ('' for zero). */
  readonly digits: string;
  /** The value is `digits × 10^exponent`. */
  readonly exponent: number;
}

/** A JSON number token as sign, significant digits and exponent. */
function spell(token: string): Spelled {
  const negative = token.startsWith('-');
  const body = negative ? token.slice(1) : token;
  const e = body.search(/[eE]/);
  const mantissa = e < 0 ? body : body.slice(0, e);
  const exp = e < 0 ? 0 : Number(body.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const int = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const frac = dot < 0 ? '' : mantissa.slice(dot + 1);
  let digits = (int + frac).replace(/^0+/, '');
  let exponent = exp - frac.length;
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  return { negative, digits, exponent: digits === '' ? 0 : exponent };
}

/** Whether the double `JSON.parse` makes of the token is the token's own value, as its shortest spelling. */
function heldExactly(token: string): boolean {
  // The common case, without building anything: at most 15 digits and no exponent.
  if (token.length <= 15 && !/[eE]/.test(token)) return true;
  const written = spell(token);
  // Up to 15 significant digits in the normal range: the shortest spelling of the double is the token.
  if (written.digits.length <= 15 && Math.abs(written.exponent + written.digits.length) < 300) return true;
  const n = Number(token);
  if (!Number.isFinite(n)) return false;
  const read = spell(String(n));
  return read.digits === written.digits && read.exponent === written.exponent;
}

/** The token's exact value as a plain decimal (`80.000000000000001`), or undefined when too long to write out. */
function plainDecimal(token: string): string | undefined {
  const { negative, digits, exponent } = spell(token);
  if (digits === '') return negative ? '-0' : '0';
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const sign = negative ? '-' : '';
  if (exponent >= 0) return `${sign}${digits}${'0'.repeat(exponent)}`;
  const point = digits.length + exponent;
  return point > 0 ? `${sign}${digits.slice(0, point)}.${digits.slice(point)}` : `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/** Start and end of every number token outside strings that a double would round. */
function lossyNumbers(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: skip it, escapes included.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      continue;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45)) break;
      }
      if (!heldExactly(text.slice(i, j))) out.push([i, j]);
      i = j - 1;
    }
  }
  return out;
}

/**
 * `JSON.parse`, with every number a double would round turned into the string of its exact
 * decimal (or of itself, when too long to write out). Throws as `JSON.parse` does for text
 * that is not JSON.
 *
 * @example
 * parseJsonExact('{"value": 80.000000000000001}') // { value: '80.000000000000001' }
 * parseJsonExact('{"value": 7.5}')                 // { value: 7.5 }
 */
export function parseJsonExact(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const lossy = lossyNumbers(text);
  if (lossy.length === 0) return value;
  let out = '';
  let pos = 0;
  for (const [start, end] of lossy) {
    const token = text.slice(start, end);
    out += text.slice(pos, start) + JSON.stringify(plainDecimal(token) ?? token);
    pos = end;
  }
  return JSON.parse(out + text.slice(pos));
}
