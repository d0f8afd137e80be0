/**
 * Regex sources that match a Vietnamese word the way the parser reads it: with or without
 * diacritics, any tone mark, any letter case, NFC or NFD. The parser folds text before lexing;
 * an editor grammar cannot fold, so every letter becomes the class of all letters that fold to
 * it. The sources use only syntax that Oniguruma (TextMate) and JavaScript (`u` flag) read
 * alike: character classes, `\p{…}`, lookaround, no inline flags.
 */

/** Every Vietnamese letter that folds to each base letter (lowercase; uppercase is derived). */
const VARIANTS: Readonly<Record<string, string>> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

/**
 * Combining marks (U+0300–U+036F): what an NFD vowel carries after its base letter.
 *
 * @example
 * new RegExp(`^a${MARKS}$`, 'u').test('a\u0302\u0301') // true ("ấ" in NFD)
 */
export const MARKS = '[\u0300-\u036f]*';

/**
 * Not inside a word: no letter, mark or digit before (`WORD_START`) or after (`WORD_END`).
 *
 * @example
 * new RegExp(`${WORD_START}trên${WORD_END}`, 'u').test('phía trên 5%') // true; 'trênh' is not
 */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** See {@link WORD_START}. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** Letters that fold to `base`, both cases, as a class body. */
function variants(base: string): string {
  const lower = VARIANTS[base] ?? base;
  return [...new Set([...lower, ...lower.toUpperCase()])].join('');
}

/** Fold one letter to its base the way src/text/fold.ts does. */
function baseOf(letter: string): string {
  return letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Escape a character for use outside a class. */
function escapeChar(c: string): string {
  return /[\\^$.|?*+()[\]{}/]/.test(c) ? `\\${c}` : c;
}

/**
 * The loose source of one word or phrase: each letter matches every letter that folds to it,
 * a vowel may carry combining marks, and a space matches any run of spaces or tabs.
 *
 * @example
 * new RegExp(loose('giảm'), 'u').test('GIAM') // true
 * new RegExp(loose('giảm'), 'u').test('gia\u0309m') // true (NFD)
 */
export function loose(phrase: string): string {
  let out = '';
  for (const c of phrase.normalize('NFC')) {
    if (c === ' ') {
      out += '[ \\t]+';
      continue;
    }
    const base = baseOf(c);
    if (!/^[a-z]$/.test(base)) {
      out += escapeChar(c);
      continue;
    }
    out += `[${variants(base)}]`;
    if ('aeiouy'.includes(base)) out += MARKS;
  }
  return out;
}

/**
 * A loose alternation of whole words, longest first so a longer phrase wins over its prefix.
 *
 * @example
 * new RegExp(looseWords(['giảm', 'kéo giảm']), 'u').exec('kéo giảm 5%')?.[0] // "kéo giảm"
 */
export function looseWords(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `${WORD_START}(?:${sorted.map(loose).join('|')})${WORD_END}`;
}
