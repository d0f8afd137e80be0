/**
 * The common row shapes, read without the schema: a metric row with a figure or a fraction given
 * as JSON numbers. A row in any other shape (strings for figures, a task completion, an
 * assessment, an unknown field, a bad value) is left to the full validation, which accepts or
 * rejects it with the data module's own issues, so both readers agree on every row.
 *
 * Two readers of the same shapes: `scanFastRow` over a decoded object, and `scanRowText` over
 * the NDJSON text itself (no `JSON.parse`, no object, no string per line). The text reader
 * accepts a subset of what the object reader accepts (a plain object, keys and strings without
 * escapes, numbers of at most 15 digits without exponent) and reads the same values from it;
 * every other line goes through `JSON.parse` and the object reader, as before.
 */
import { HASH_START, hashStep } from './byte-keys.js';
import type { RowFacts } from './fast-clause.js';

/**
 * A metric row read on the fast path. `period` is not yet checked (the caller caches periods).
 *
 * @example
 * ({ metric: '2.2', period: '2023', unit: undefined, facts: { kind: 'rate', numerator: 450, denominator: 500 } })
 */
export interface FastRow {
  readonly metric: string | undefined;
  readonly period: string;
  readonly unit: string | undefined;
  readonly facts: RowFacts;
}

/** A figure the schema takes as it is: a finite, non-negative JSON number, exact if an integer. */
function isFigure(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && (Number.isSafeInteger(v) || !Number.isInteger(v));
}

/**
 * Where `scanFastRow` writes a row, reused from row to row (no allocation on the hot path).
 *
 * @example
 * const out = fastRowSlots(); scanFastRow(row, out); out.value
 */
export interface FastRowSlots {
  metric: string | undefined;
  period: string | undefined;
  unit: string | undefined;
  value: number | undefined;
  /**
   * `value` as written, when a text reader saw its digits: `valueDigits / 10^valueScale`
   * exactly (`valueScale` 0: not known, or an integer).
   */
  valueDigits: number;
  valueScale: number;
  numerator: number | undefined;
  denominator: number | undefined;
  start: number | undefined;
}

/**
 * Fresh, empty slots for `scanFastRow`.
 *
 * @example
 * fastRowSlots().metric // undefined
 */
export function fastRowSlots(): FastRowSlots {
  return { metric: undefined, period: undefined, unit: undefined, value: undefined, valueDigits: 0, valueScale: 0, numerator: undefined, denominator: undefined, start: undefined };
}

function field(out: FastRowSlots, key: string, v: unknown): boolean {
  switch (key) {
    case 'metric':
      if (typeof v !== 'string' || v === '') return false;
      out.metric = v;
      return true;
    case 'period':
      if (typeof v !== 'string') return false;
      out.period = v;
      return true;
    case 'unit':
      if (typeof v !== 'string' || v === '') return false;
      out.unit = v;
      return true;
    case 'evidence':
      return typeof v === 'string';
    case 'value':
    case 'numerator':
    case 'denominator':
    case 'start':
      if (!isFigure(v)) return false;
      out[key] = v;
      return true;
    default:
      return false;
  }
}

/**
 * The allocation-free form of {@link readFastRow}: fill `out` and say whether the row is in a
 * common shape (`value`, `value`+`start`, or `numerator` ≤ `denominator`, as JSON numbers).
 *
 * @example
 * const out = fastRowSlots()
 * scanFastRow({ metric: '2.2', period: '2023', numerator: 450, denominator: 500 }, out) // true; out.numerator === 450
 */
export function scanFastRow(o: unknown, out: FastRowSlots): boolean {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  out.metric = out.period = out.unit = undefined;
  out.value = out.numerator = out.denominator = out.start = undefined;
  out.valueScale = 0;
  const rec = o as Record<string, unknown>;
  // for-in over a JSON.parse result: own keys only (and an own `__proto__` key is refused by `field`).
  for (const key in rec) if (!field(out, key, rec[key])) return false;
  return commonShape(out);
}

/** The shapes both readers take: a period, and a `value` (with or without `start`) or a fraction. */
function commonShape(out: FastRowSlots): boolean {
  if (out.period === undefined) return false;
  if (out.value !== undefined) return out.numerator === undefined && out.denominator === undefined;
  return out.numerator !== undefined && out.denominator !== undefined && out.start === undefined && out.numerator <= out.denominator;
}

// ── The text reader ─────────────────────────────────────────────────────────

const QUOTE = 34;
const COMMA = 44;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;

/** Key numbers, string-valued keys first (`key <= EVIDENCE`). */
const METRIC = 0;
const PERIOD = 1;
const UNIT = 2;
const EVIDENCE = 3;
const VALUE = 4;
const NUMERATOR = 5;
const DENOMINATOR = 6;
const START = 7;

/** 10^0 … 10^15: every one is a double exactly. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** JSON's whitespace (RFC 8259): space, tab, line feed, carriage return. */
function skipSpace(text: string, p: number, end: number): number {
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    p++;
  }
  return p;
}

/** Each key's name with its closing quote, by key number: what both readers compare. */
const KEY_NAMES = ['metric"', 'period"', 'unit"', 'evidence"', 'value"', 'numerator"', 'denominator"', 'start"'];
const KEY_CODES = KEY_NAMES.map((name) => Uint8Array.from(name, (c) => c.charCodeAt(0)));
/** The key a first character can start (every key starts with a different letter), else -1. */
const KEY_BY_FIRST = new Int8Array(128).fill(-1);
KEY_NAMES.forEach((name, key) => (KEY_BY_FIRST[name.charCodeAt(0)] = key));
/** Each key's length, to step over it once recognised. */
const KEY_LENGTH = KEY_NAMES.map((name) => name.length - 1);

/** The key whose name starts at `p` (after its opening quote) with its closing quote, or -1. */
function keyAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  const key = c < 128 ? KEY_BY_FIRST[c]! : -1;
  if (key < 0) return -1;
  const name = KEY_NAMES[key]!;
  return p + name.length <= end && text.startsWith(name, p) ? key : -1;
}

/** The figure slots both readers fill. */
type NumberSlots = Pick<FastRowSlots, 'value' | 'valueDigits' | 'valueScale' | 'numerator' | 'denominator' | 'start'>;

/** Put the number read last (`numberEnd` or `numberEndBytes`) in the slot of `key`. */
function storeNumber(out: NumberSlots, key: number): void {
  if (key === VALUE) {
    out.value = numberValue;
    out.valueDigits = numberDigits;
    out.valueScale = numberScale;
  } else if (key === NUMERATOR) out.numerator = numberValue;
  else if (key === DENOMINATOR) out.denominator = numberValue;
  else out.start = numberValue;
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

/** The value of the number `numberEnd` read last (a module slot: no object per number). */
let numberValue = 0;
/** Its digits as an integer and how many of them are decimals: numberValue is digits / 10^scale. */
let numberDigits = 0;
let numberScale = 0;

/**
 * Where the JSON number at `p` ends, its value in `numberValue`; -1 for anything the reader
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
  numberValue = k === 0 ? m : m / POW10[k]!;
  numberDigits = m;
  numberScale = k;
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

/**
 * Read a decoded JSON row in one of the common shapes, or return `undefined` to send it to the
 * full validation. Never accepts a row the full validation would reject.
 *
 * @example
 * readFastRow({ metric: '2.2', period: '2023', numerator: 450, denominator: 500 })
 * // { metric: '2.2', period: '2023', unit: undefined, facts: { kind: 'rate', numerator: 450, denominator: 500 } }
 * readFastRow({ metric: '2.2', period: '2023', value: '7.5' }) // undefined: a string figure takes the full path
 */
export function readFastRow(o: unknown): FastRow | undefined {
  const out = fastRowSlots();
  if (!scanFastRow(o, out)) return undefined;
  const { metric, period, unit, value, numerator, denominator, start } = out;
  if (value !== undefined) return { metric, period: period!, unit, facts: start === undefined ? { kind: 'value', value } : { kind: 'value', value, start } };
  return { metric, period: period!, unit, facts: { kind: 'rate', numerator: numerator!, denominator: denominator! } };
}

// ── The byte reader ─────────────────────────────────────────────────────────

/**
 * Where `scanRowBytes` writes a row: its strings as spans of the byte buffer (start -1 when
 * absent) with their FNV-1a hashes (see `byte-keys.ts`), its figures as numbers.
 *
 * @example
 * const out = byteRowSlots(); scanRowBytes(bytes, 0, bytes.length, out); bytes.subarray(out.metricStart, out.metricEnd)
 */
export interface ByteRowSlots {
  metricStart: number;
  metricEnd: number;
  metricHash: number;
  periodStart: number;
  periodEnd: number;
  periodHash: number;
  unitStart: number;
  unitEnd: number;
  value: number | undefined;
  /** As in `FastRowSlots`. */
  valueDigits: number;
  valueScale: number;
  numerator: number | undefined;
  denominator: number | undefined;
  start: number | undefined;
}

/**
 * Fresh, empty slots for `scanRowBytes`.
 *
 * @example
 * byteRowSlots().metricStart // -1
 */
export function byteRowSlots(): ByteRowSlots {
  return {
    metricStart: -1,
    metricEnd: -1,
    metricHash: 0,
    periodStart: -1,
    periodEnd: -1,
    periodHash: 0,
    unitStart: -1,
    unitEnd: -1,
    value: undefined,
    valueDigits: 0,
    valueScale: 0,
    numerator: undefined,
    denominator: undefined,
    start: undefined,
  };
}

/** The key whose name starts at byte `p` (after its opening quote) with its closing quote, or -1. */
function keyAtBytes(b: Uint8Array, p: number, end: number): number {
  const first = b[p]!;
  const key = first < 128 ? KEY_BY_FIRST[first]! : -1;
  if (key < 0) return -1;
  const codes = KEY_CODES[key]!;
  if (p + codes.length > end) return -1;
  for (let i = 1; i < codes.length; i++) if (b[p + i] !== codes[i]) return -1;
  return key;
}

/** JSON's whitespace but the line feed, which ends the line. */
function skipSpaceBytes(bytes: Uint8Array, p: number, end: number): number {
  while (p < end) {
    const c = bytes[p]!;
    if (c !== 32 && c !== 9 && c !== 13) break;
    p++;
  }
  return p;
}

/** The hash of the string `stringEndBytes` read last (a module slot, as `numberValue`). */
let stringHash = 0;

/**
 * The closing quote of a string whose bytes start at `p`, hashing them into `stringHash`; -1
 * for an escape or a control character. Bytes ≥ 0x80 are the string's UTF-8 (a JSON
 * structural character is ASCII, and UTF-8 never uses an ASCII byte inside another character).
 */
function stringEndBytes(bytes: Uint8Array, p: number, end: number): number {
  let h = HASH_START;
  for (; p < end; p++) {
    const c = bytes[p]!;
    if (c === QUOTE) {
      stringHash = h;
      return p;
    }
    if (c === BACKSLASH || c < 32) return -1;
    h = hashStep(h, c);
  }
  return -1;
}

/** `numberEnd` over bytes: the same grammar, the same value, the same argument. */
function numberEndBytes(bytes: Uint8Array, p: number, end: number): number {
  if (p >= end) return -1;
  let c = bytes[p]!;
  if (c < ZERO || c > NINE) return -1;
  let m = 0;
  let digits = 0;
  if (c === ZERO) {
    p++;
    digits = 1;
    if (p < end && (c = bytes[p]!) >= ZERO && c <= NINE) return -1;
  } else {
    for (; p < end && (c = bytes[p]!) >= ZERO && c <= NINE; p++) {
      m = m * 10 + (c - ZERO);
      digits++;
    }
  }
  let k = 0;
  if (p < end && bytes[p] === DOT) {
    p++;
    for (; p < end && (c = bytes[p]!) >= ZERO && c <= NINE; p++) {
      m = m * 10 + (c - ZERO);
      k++;
    }
    if (k === 0) return -1;
  }
  if (digits + k > 15) return -1;
  if (p < end && ((c = bytes[p]!) === 101 || c === 69)) return -1;
  numberValue = k === 0 ? m : m / POW10[k]!;
  numberDigits = m;
  numberScale = k;
  return p;
}

/**
 * {@link scanRowText} over UTF-8 bytes: the row that starts at `start` and ends at the first
 * `\n` (or at `end`), read in the same shapes, with the same figures, and its strings as spans
 * (the caller looks them up by their bytes). Returns where the row ends (the index of its `\n`,
 * or `end`), found in the same pass; -1 when the line is not in a common shape. When it reads a
 * row, decoding the line as UTF-8 and reading it with `JSON.parse` + `scanFastRow` gives the
 * same row, the strings being the spans decoded.
 *
 * @example
 * const bytes = new TextEncoder().encode('{"metric": "2.2", "period": "2023", "value": 93.5}\n{...')
 * const out = byteRowSlots()
 * scanRowBytes(bytes, 0, bytes.length, out) // 50, the index of the first \n; out.value === 93.5
 */
export function scanRowBytes(bytes: Uint8Array, start: number, end: number, out: ByteRowSlots): number {
  out.metricStart = out.periodStart = out.unitStart = -1;
  out.value = out.numerator = out.denominator = out.start = undefined;
  out.valueScale = 0;
  let p = skipSpaceBytes(bytes, start, end);
  if (p >= end || bytes[p] !== OPEN) return -1;
  p = skipSpaceBytes(bytes, p + 1, end);
  let seen = 0;
  for (;;) {
    if (p >= end || bytes[p] !== QUOTE) return -1;
    const key = keyAtBytes(bytes, p + 1, end);
    if (key < 0 || seen & (1 << key)) return -1;
    seen |= 1 << key;
    p = skipSpaceBytes(bytes, p + 2 + KEY_LENGTH[key]!, end);
    if (p >= end || bytes[p] !== COLON) return -1;
    p = skipSpaceBytes(bytes, p + 1, end);
    if (key <= EVIDENCE) {
      if (p >= end || bytes[p] !== QUOTE) return -1;
      // A \n is a control character: a line cut inside a string is refused here.
      const q = stringEndBytes(bytes, p + 1, end);
      if (q < 0) return -1;
      if (key === METRIC) {
        if (q === p + 1) return -1;
        out.metricStart = p + 1;
        out.metricEnd = q;
        out.metricHash = stringHash;
      } else if (key === PERIOD) {
        out.periodStart = p + 1;
        out.periodEnd = q;
        out.periodHash = stringHash;
      } else if (key === UNIT) {
        if (q === p + 1) return -1;
        out.unitStart = p + 1;
        out.unitEnd = q;
      }
      p = q + 1;
    } else {
      p = numberEndBytes(bytes, p, end);
      if (p < 0) return -1;
      storeNumber(out, key);
    }
    p = skipSpaceBytes(bytes, p, end);
    if (p >= end) return -1;
    const c = bytes[p];
    if (c === COMMA) {
      p = skipSpaceBytes(bytes, p + 1, end);
      continue;
    }
    if (c !== CLOSE) return -1;
    // Nothing but whitespace after the object, up to the line's end.
    p = skipSpaceBytes(bytes, p + 1, end);
    if (p < end && bytes[p] !== 10) return -1;
    if (out.periodStart < 0) return -1;
    if (out.value !== undefined) return out.numerator === undefined && out.denominator === undefined ? p : -1;
    return out.numerator !== undefined && out.denominator !== undefined && out.start === undefined && out.numerator <= out.denominator ? p : -1;
  }
}
