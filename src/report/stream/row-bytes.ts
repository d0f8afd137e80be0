/**
 * The byte reader of NDJSON rows: `scanRowBytes` reads a row straight from UTF-8 bytes, finding
 * the line's end in the same pass, its strings kept as spans with their hashes (byte-keys.ts).
 */
import { HASH_START, hashStep } from './byte-keys.js';
import type { FigureSlots } from './fast-row.js';
import { BACKSLASH, CLOSE, COLON, COMMA, DOT, EVIDENCE, KEY_BY_FIRST, KEY_CODES, KEY_LENGTH, METRIC, NINE, OPEN, PERIOD, POW10, QUOTE, UNIT, ZERO, lastNumber, storeNumber } from './row-syntax.js';

/**
 * Where `scanRowBytes` writes a row: its strings as spans of the byte buffer (start -1 when
 * absent) with their FNV-1a hashes (see `byte-keys.ts`), its figures as numbers.
 *
 * @example
 * const out = byteRowSlots(); scanRowBytes(bytes, 0, bytes.length, out); bytes.subarray(out.metricStart, out.metricEnd)
 */
export interface ByteRowSlots extends FigureSlots {
  metricStart: number;
  metricEnd: number;
  metricHash: number;
  periodStart: number;
  periodEnd: number;
  periodHash: number;
  unitStart: number;
  unitEnd: number;
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

/** The hash of the string `stringEndBytes` read last (a module slot, as `lastNumber`). */
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
  lastNumber.value = k === 0 ? m : m / POW10[k]!;
  lastNumber.digits = m;
  lastNumber.scale = k;
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
