/**
 * The text reader of NDJSON rows: `scanRowText` reads a line of a string in place (no
 * `JSON.parse`, no copy of the line), in the shapes `scanFastRow` takes (see fast-row.ts).
 */
import { commonShape, type FastRowSlots } from './fast-row.js';
import { BACKSLASH, CLOSE, COLON, COMMA, DOT, EVIDENCE, KEY_BY_FIRST, KEY_LENGTH, KEY_NAMES, METRIC, NINE, OPEN, PERIOD, POW10, QUOTE, UNIT, ZERO, lastNumber, storeNumber } from './row-syntax.js';

/** JSON's whitespace (RFC 8259): space, tab, line feed, carriage return. */
function skipSpace(text: string, p: number, end: number): number {
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    p++;
  }
  return p;
}

/** The key whose name starts at `p` (after its opening quote) with its closing quote, or -1. */
function keyAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  const key = c < 128 ? KEY_BY_FIRST[c]! : -1;
  if (key < 0) return -1;
  const name = KEY_NAMES[key]!;
  return p + name.length <= end && text.startsWith(name, p) ? key : -1;
}

/** The closing quote of a string whose content starts at `p`, or -1 if it has an escape or a control character (the JSON path decides those). */
function stringEnd(text: string, p: number, end: number): number {
  for (; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) return p;
    if (c === BACKSLASH || c < 32) return -1;
  }
  return -1;
}

/**
 * Where the JSON number at `p` ends, its value in `lastNumber`; -1 for anything the reader
 * leaves to `JSON.parse`: a sign (negative figures and -0 are the schema's to judge), an
 * exponent, more than 15 digits, or no valid number at all.
 *
 * Why the value is the one `JSON.parse` gives: with at most 15 digits the digits form an integer
 * m < 10^15 < 2^53, and 10^k (k ≤ 15) is a double exactly, so m / 10^k is one correctly rounded
 * IEEE division of two exact numbers: the double nearest to the decimal written, which is what
 * `JSON.parse` (correctly rounded) returns for it. An integer is m itself.
 */
function numberEnd(text: string, p: number, end: number): number {
  if (p >= end) return -1;
  let c = text.charCodeAt(p);
  if (c < ZERO || c > NINE) return -1;
  let m = 0;
  let digits = 0;
  if (c === ZERO) {
    // JSON has no leading zeros: `0` is followed by `.`, an end, or not a digit.
    p++;
    digits = 1;
    if (p < end && (c = text.charCodeAt(p)) >= ZERO && c <= NINE) return -1;
  } else {
    for (; p < end && (c = text.charCodeAt(p)) >= ZERO && c <= NINE; p++) {
      m = m * 10 + (c - ZERO);
      digits++;
    }
  }
  let k = 0;
  if (p < end && text.charCodeAt(p) === DOT) {
    p++;
    for (; p < end && (c = text.charCodeAt(p)) >= ZERO && c <= NINE; p++) {
      m = m * 10 + (c - ZERO);
      k++;
    }
    if (k === 0) return -1;
  }
  if (digits + k > 15) return -1;
  if (p < end && ((c = text.charCodeAt(p)) === 101 || c === 69)) return -1; // e, E
  lastNumber.value = k === 0 ? m : m / POW10[k]!;
  lastNumber.digits = m;
  lastNumber.scale = k;
  return p;
}

/**
 * The text form of {@link scanFastRow}: read the NDJSON line `text[start, end)` in place (no
 * `JSON.parse`, no copy of the line), fill `out` and say whether the row is in a common shape.
 * When it says yes, `JSON.parse` + `scanFastRow` on the same line say yes with the same values
 * (numbers equal as doubles); when it says no, the line is for them to read.
 *
 * @example
 * const out = fastRowSlots()
 * scanRowText('{"metric": "2.2", "period": "2023", "numerator": 450, "denominator": 500}', 0, 72, out) // true; out.numerator === 450
 * scanRowText('{"metric": "2.2", "period": "2023", "value": "93.5"}', 0, 50, out) // false: a string figure is the schema's
 */
export function scanRowText(text: string, start: number, end: number, out: FastRowSlots): boolean {
  out.metric = out.period = out.unit = undefined;
  out.value = out.numerator = out.denominator = out.start = undefined;
  out.valueScale = 0;
  let p = skipSpace(text, start, end);
  if (p >= end || text.charCodeAt(p) !== OPEN) return false;
  p = skipSpace(text, p + 1, end);
  // Keys seen: a repeated key is JSON.parse's (the last one wins there).
  let seen = 0;
  for (;;) {
    if (p >= end || text.charCodeAt(p) !== QUOTE) return false;
    const key = keyAt(text, p + 1, end);
    if (key < 0 || seen & (1 << key)) return false;
    seen |= 1 << key;
    p = skipSpace(text, p + 2 + KEY_LENGTH[key]!, end);
    if (p >= end || text.charCodeAt(p) !== COLON) return false;
    p = skipSpace(text, p + 1, end);
    if (key <= EVIDENCE) {
      if (p >= end || text.charCodeAt(p) !== QUOTE) return false;
      const q = stringEnd(text, p + 1, end);
      if (q < 0) return false;
      // An empty metric or unit is refused, as `field` refuses it.
      if (key === METRIC) {
        if (q === p + 1) return false;
        out.metric = text.slice(p + 1, q);
      } else if (key === PERIOD) out.period = text.slice(p + 1, q);
      else if (key === UNIT) {
        if (q === p + 1) return false;
        out.unit = text.slice(p + 1, q);
      }
      p = q + 1;
    } else {
      p = numberEnd(text, p, end);
      if (p < 0) return false;
      // Non-negative, finite, an integer below 10^15 or not an integer: `isFigure` holds.
      storeNumber(out, key);
    }
    p = skipSpace(text, p, end);
    if (p >= end) return false;
    const c = text.charCodeAt(p);
    if (c === COMMA) {
      p = skipSpace(text, p + 1, end);
      continue;
    }
    if (c !== CLOSE) return false;
    // Nothing but whitespace after the object.
    if (skipSpace(text, p + 1, end) !== end) return false;
    return commonShape(out);
  }
}
