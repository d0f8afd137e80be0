/**
 * What the NDJSON row readers (row-text.ts over a string, row-bytes.ts over UTF-8 bytes) share:
 * the characters of JSON they look at, the keys of a row, and where a number just read is kept.
 */
import type { FigureSlots } from './fast-row.js';

/** The characters of JSON the readers look at. */
export const QUOTE = 34;
export const COMMA = 44;
export const DOT = 46;
export const ZERO = 48;
export const NINE = 57;
export const COLON = 58;
export const BACKSLASH = 92;
export const OPEN = 123;
export const CLOSE = 125;

/** Key numbers, string-valued keys first (`key <= EVIDENCE`). */
export const METRIC = 0;
export const PERIOD = 1;
export const UNIT = 2;
export const EVIDENCE = 3;
export const VALUE = 4;
export const NUMERATOR = 5;
export const DENOMINATOR = 6;
export const START = 7;

/** 10^0 … 10^15: every one is a double exactly. */
export const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Each key's name with its closing quote, by key number: what both readers compare. */
export const KEY_NAMES = ['metric"', 'period"', 'unit"', 'evidence"', 'value"', 'numerator"', 'denominator"', 'start"'];
export const KEY_CODES = KEY_NAMES.map((name) => Uint8Array.from(name, (c) => c.charCodeAt(0)));
/** The key a first character can start (every key starts with a different letter), else -1. */
export const KEY_BY_FIRST = new Int8Array(128).fill(-1);
KEY_NAMES.forEach((name, key) => (KEY_BY_FIRST[name.charCodeAt(0)] = key));
/** Each key's length, to step over it once recognised. */
export const KEY_LENGTH = KEY_NAMES.map((name) => name.length - 1);

/**
 * The number a reader read last (a module slot: no object per number): its value, its digits
 * as an integer and how many of them are decimals (value = digits / 10^scale).
 */
export const lastNumber = { value: 0, digits: 0, scale: 0 };

/** Put the number read last (`numberEnd` or `numberEndBytes`) in the slot of `key`. */
export function storeNumber(out: FigureSlots, key: number): void {
  if (key === VALUE) {
    out.value = lastNumber.value;
    out.valueDigits = lastNumber.digits;
    out.valueScale = lastNumber.scale;
  } else if (key === NUMERATOR) out.numerator = lastNumber.value;
  else if (key === DENOMINATOR) out.denominator = lastNumber.value;
  else out.start = lastNumber.value;
}
