/**
 * White space as text copied from Word and PDF writes it, in one place: what folding
 * (./fold.ts) turns into a space or a line break or drops, what the line index (./lines.ts)
 * counts as the end of a line, and what the prose splitter (src/api/extract.ts) reads as one.
 *
 * - Spaces: every Unicode space separator other than U+0020 (`\p{Zs}`): the no-break spaces
 *   U+00A0, U+202F and U+2007, the thin and other typographic spaces U+2000–U+200A, U+1680,
 *   U+205F and the ideographic space U+3000. They fold to `' '`.
 * - Line breaks: `\n`, `\r` (with `\r\n` one break), and VT (U+000B, Word's manual line break),
 *   FF (U+000C, a page break), U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, which
 *   fold to `'\n'` and end a line for line/column. NEL (U+0085) is not one: JavaScript's `\s`
 *   leaves it out, and in text decoded with the wrong code page it is an ellipsis (0x85 in
 *   Windows-1252).
 * - Invisible: the zero-width space, non-joiner and joiner (U+200B–U+200D), the word joiner
 *   U+2060, the byte order mark U+FEFF and the soft hyphen U+00AD. They fold away, so
 *   `tr\u00ADên` reads as `trên`.
 */

/** The spaces that fold to `' '` (U+0020 itself and the tab are left as they are). */
export const SPACES: readonly string[] = [
  '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
  '\u200A', '\u202F', '\u205F', '\u3000',
];

/** The line breaks that fold to `'\n'` (`\n` and `\r` are left as they are). */
export const LINE_BREAKS: readonly string[] = ['\u000B', '\u000C', '\u2028', '\u2029'];

/** The characters that fold away. */
export const INVISIBLE: readonly string[] = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/**
 * Does the UTF-16 unit `code` end a line? `\n`, `\r`, VT, FF, U+2028, U+2029 (a `\r` right
 * before a `\n` is one break with it: the caller looks at the next unit).
 *
 * @example
 * isLineBreak(0x0b) // true: Word's manual line break
 * isLineBreak(0x85) // false: NEL is not one
 */
export function isLineBreak(code: number): boolean {
  return (code >= 10 && code <= 13) || code === 0x2028 || code === 0x2029;
}

/**
 * Is the UTF-16 unit `code` white space as JavaScript's `\s` reads it (with or without the `u`
 * flag), without building a one-character string for a regex? Tab, the line breaks above, the
 * `\p{Zs}` spaces and U+FEFF.
 *
 * @example
 * isWhiteSpace(0x2009) // true: thin space
 * isWhiteSpace(0x200b) // false: the zero-width space is not white space to `\s`
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const INVISIBLE_CHAR = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * `text` without its invisible characters (`INVISIBLE`): the author's words as folding reads
 * them, for comparing written text with a spelling (`h\u00ADồ sơ` spells `hồ sơ`).
 *
 * @example
 * dropInvisible('tr\u00ADên\u200B') // 'trên'
 */
export function dropInvisible(text: string): string {
  return INVISIBLE_CHAR.test(text) ? text.replace(INVISIBLE_CHARS, '') : text;
}
