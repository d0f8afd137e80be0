/**
 * Folding: the text the grammar reads. NFC or NFD, any case, with or without diacritics,
 * old or new tone placement, curly or straight quotes all fold to the same ASCII-ish string,
 * so `Giảm`, `GIẢM`, `giam` and `gia\u0309m` are one keyword. White space as Word and PDF
 * write it folds to what the lexer reads as white space (./space.ts): every Unicode space to
 * `' '`, VT, FF, U+2028 and U+2029 to `'\n'`, and zero-width characters and the soft hyphen
 * away (`tr\u00ADên` is `trên`). An offset map keeps every folded character's position in the
 * original, so errors and spans point at what the author wrote.
 */
import { INVISIBLE, LINE_BREAKS, SPACES } from './space.js';

/** Folded text plus, for each folded UTF-16 unit, the offset of its source in the original. */
export interface Folded {
  readonly text: string;
  /** Where the folded slice starts in the original. */
  readonly start: number;
  /**
   * `offsets[i]` = original offset of folded unit i; `offsets[text.length]` = end of the slice.
   * Undefined when every unit folded to exactly one (most text): unit i is then at `start + i`.
   * Read it through `originalOffset`.
   */
  readonly offsets: readonly number[] | undefined;
}

/**
 * The original offset of folded unit `i` (`i = text.length`: the end of the slice).
 *
 * @example
 * originalOffset(foldText('Gia\u0309m'), 3) // 4: the mark folded away
 */
export function originalOffset(folded: Folded, i: number): number {
  return folded.offsets === undefined ? folded.start + i : folded.offsets[i]!;
}

const SPECIAL: Readonly<Record<string, string>> = {
  'đ': 'd', 'Đ': 'd',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\uFF05': '%',
  ...Object.fromEntries(SPACES.map((c) => [c, ' '])),
  ...Object.fromEntries(LINE_BREAKS.map((c) => [c, '\n'])),
  ...Object.fromEntries(INVISIBLE.map((c) => [c, ''])),
};

const cache = new Map<string, string>();

/** Fold one code point: strip combining marks, map đ and punctuation variants, lowercase. */
function foldCodePoint(cp: string): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const special = SPECIAL[cp];
  const folded =
    special ?? cp.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u0300-\u036f]/g, '');
  if (cache.size < 4096) cache.set(cp, folded);
  return folded;
}

/**
 * What each UTF-16 unit folds to, learnt on first sight: 0 not yet seen, -1 folds away, -2 no
 * single-unit answer (surrogates, expansions), else the folded unit + 1. A table lookup per
 * character instead of a Map lookup and a string per character: folding is on every parse.
 */
const UNIT = new Int32Array(0x10000);
const GONE = -1;
const COMPLEX = -2;

function learn(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return (UNIT[code] = COMPLEX);
  const folded = foldCodePoint(String.fromCharCode(code));
  return (UNIT[code] = folded.length === 0 ? GONE : folded.length === 1 ? folded.charCodeAt(0) + 1 : COMPLEX);
}

/**
 * Folded units collected as char codes, turned into a string in chunks (argument-count limits).
 * A plain array: `String.fromCharCode.apply` reads one about 3x faster than a typed array.
 */
function fromCodes(codes: number[], length: number): string {
  codes.length = length;
  if (length <= 4096) return String.fromCharCode.apply(null, codes);
  let text = '';
  for (let i = 0; i < length; i += 4096) text += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return text;
}

/**
 * Fold `source.slice(start, end)` for the lexer.
 *
 * @example
 * foldText('Giảm 07%').text          // "giam 07%"
 * foldText('Gia\u0309m').offsets     // [0, 1, 2, 4, 5]: the mark folds away, `m` stays at 4
 * foldText('Giảm').offsets           // undefined: every unit folded to one, unit i is at i
 */
export function foldText(source: string, start = 0, end = source.length): Folded {
  const codes = scratch;
  // Offsets are kept only once a unit does not fold to exactly one (a mark folded away, an
  // expansion): until then unit k is at `start + k`, and most text never needs the array.
  let offsets: number[] | undefined;
  let k = 0;
  for (let i = start; i < end; ) {
    const code = source.charCodeAt(i);
    // ASCII from U+000D up folds to itself but for case; the controls below it (VT and FF
    // among them) go through the table.
    const entry = code < 0x80 && code > 12 ? (code >= 65 && code <= 90 ? code + 33 : code + 1) : UNIT[code] || learn(code);
    if (entry > 0) {
      codes[k++] = entry - 1;
      if (offsets !== undefined) offsets.push(i);
      i += 1;
      continue;
    }
    offsets ??= identity(start, k);
    if (entry === GONE) {
      i += 1;
      continue;
    }
    // Most units fold to one unit; a few code points to several (Hangul syllables to jamo).
    const width = unitsAt(source, i, end);
    const folded = foldCodePoint(source.slice(i, i + width));
    for (let j = 0; j < folded.length; j++) {
      codes[k++] = folded.charCodeAt(j);
      offsets.push(i);
    }
    i += width;
  }
  if (offsets !== undefined) offsets.push(end);
  return { text: fromCodes(codes, k), start, offsets };
}

/** `[start, start + 1, …, start + length - 1]`: the offsets of units that folded one to one. */
function identity(start: number, length: number): number[] {
  const offsets = new Array<number>(length);
  for (let k = 0; k < length; k++) offsets[k] = start + k;
  return offsets;
}

/** Folded units are collected here, then copied out as a string: one array for every call. */
const scratch: number[] = [];

/** 2 at a surrogate pair, else 1. */
function unitsAt(source: string, i: number, end: number): number {
  const code = source.charCodeAt(i);
  const low = source.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < end && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/**
 * Fold a short string for comparison (keywords, subjects, unit names); no offsets kept.
 *
 * @example
 * foldKey('Chuyển  hóa') // "chuyen hoa"
 */
export function foldKey(text: string): string {
  return foldText(text).text.replace(/\s+/g, ' ').trim();
}
