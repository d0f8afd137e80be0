/**
 * Folding: the text the grammar reads. NFC or NFD, any case, with or without diacritics,
 * old or new tone placement, curly or straight quotes all fold to the same ASCII-ish string,
 * so `Giảm`, `GIẢM`, `giam` and `gia\u0309m` are one keyword. An offset map keeps every folded
 * character's position in the original, so errors and spans point at what the author wrote.
 */

/** Folded text plus, for each folded UTF-16 unit, the offset of its source in the original. */
export interface Folded {
  readonly text: string;
  /** `offsets[i]` = original offset of folded unit i; `offsets[text.length]` = end of the slice. */
  readonly offsets: Int32Array;
}

const SPECIAL: Readonly<Record<string, string>> = {
  'đ': 'd', 'Đ': 'd',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u200B': '', '\uFEFF': '',
  '\uFF05': '%',
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
 * Fold `source.slice(start, end)` for the lexer.
 *
 * @example
 * foldText('Giảm 07%').text          // "giam 07%"
 * foldText('Gia\u0309m').offsets     // [0, 1, 2, 4, 5]: the mark folds away, `m` stays at 4
 */
export function foldText(source: string, start = 0, end = source.length): Folded {
  const out: string[] = [];
  const offsets: number[] = [];
  for (let i = start; i < end; ) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : source[i]!);
      offsets.push(i);
      i += 1;
      continue;
    }
    const low = source.charCodeAt(i + 1);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < end && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    const folded = foldCodePoint(source.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    out.push(folded);
    i += width;
  }
  offsets.push(end);
  return { text: out.join(''), offsets: Int32Array.from(offsets) };
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
