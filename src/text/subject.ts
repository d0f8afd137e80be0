/**
 * Display normalisation of free words (the subject): what the author wrote, made comparable.
 * NFC, single spaces, straight quotes, modern tone placement (`hoà` → `hòa`, `tuý` → `túy`),
 * `tỉ lệ` → `tỷ lệ`, and the seed's typo `Chuyên hóa` → `Chuyển hóa`. Letter case is kept.
 */

const TONES = '\u0300\u0301\u0303\u0309\u0323';

/** Old style puts the tone on the second vowel of an open `oa`/`oe`/`uy`; modern style on the first. */
const OLD_TONE = new RegExp(`(?<![qQ])([oOuU])([aeyAEY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/** Anything the slow path would change (a cheap over-approximation, tested on NFC): old tone placement at a word's end, curly quotes, `tỉ lệ`, `Chuyên hóa`. */
const NEEDS_REWRITE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])|[\u2018-\u201F\u00AB\u00BB]|[Tt][ỉỈ]|[Cc](?:huyên|HUYÊN)/u;

const WORD_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])([Tt])ỉ(\s+)(lệ|LỆ)(?![\p{L}])/gu, '$1ỷ$2$3'],
  [/(?<![\p{L}])([Tt])Ỉ(\s+)(lệ|LỆ)(?![\p{L}])/gu, '$1Ỷ$2$3'],
  [/(?<![\p{L}])([Cc])huyên(\s+)hóa(?![\p{L}])/gu, '$1huyển$2hóa'],
  [/(?<![\p{L}])([Cc])HUYÊN(\s+)HÓA(?![\p{L}])/gu, '$1HUYỂN$2HÓA'],
];

/**
 * Normalise free text for display and comparison.
 *
 * @example
 * normalizeSubject('  Chuyên  hoá “thành công” ') // 'Chuyển hóa "thành công"'
 */
export function normalizeSubject(text: string): string {
  if (text === '') return text;
  const nfc = text.normalize('NFC');
  // Fast path: most subjects need nothing, or only their spaces collapsed. (A global regex
  // replace costs ~200 ns even when it changes nothing, so test first.)
  if (!NEEDS_REWRITE.test(nfc)) return trimPunctuation(MESSY_SPACE.test(nfc) ? collapseSpaces(nfc) : nfc);
  return rewriteSubject(text);
}

/**
 * Every rewrite of `normalizeSubject`, with no fast path: the definition the fast path is
 * tested against.
 *
 * @example
 * rewriteSubject('Tỉ lệ hoà giải') // 'Tỷ lệ hòa giải'
 */
export function rewriteSubject(text: string): string {
  let s = text
    .normalize('NFD')
    .replace(OLD_TONE, (_m, v1: string, v2: string, tone: string) => `${v1}${tone}${v2}`)
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ');
  for (const [re, to] of WORD_FIXES) s = s.replace(re, to);
  return trimPunctuation(collapseSpaces(s));
}

/** White space other than single spaces, or brackets left empty: what `collapseSpaces` changes. */
const MESSY_SPACE = /\s{2,}|[^\S ]|\(\s*\)/;

/** Single spaces, and no brackets left empty once a timing is taken out (`(Hoàn thành trong Quý II/2023)`). */
function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\(\s*\)/g, '').replace(/\s{2,}/g, ' ');
}

/** A character `trimPunctuation` may remove at an edge (the union of its start and end sets). */
const TRIMMABLE = /[\s,.;:\-–—/()]/u;

/**
 * Drop separators left at the edges of a subject (`, `, `.`, `:`, `-`), and a bracket whose
 * partner is not inside.
 *
 * @example
 * trimPunctuation('(Phòng Văn hóa giao') // 'Phòng Văn hóa giao'
 */
export function trimPunctuation(text: string): string {
  // Nothing to trim unless an edge is punctuation, space or a bracket (the common case).
  if (text === '' || (!TRIMMABLE.test(text[0]!) && !TRIMMABLE.test(text[text.length - 1]!))) return text;
  let s = text.replace(/^[\s,.;:\-–—]+|[\s,.;:\-–—/]+$/gu, '');
  if (s.startsWith('(') && !s.includes(')')) s = s.slice(1).trimStart();
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1).trimEnd();
  return s.replace(/^[\s,.;:\-–—]+|[\s,.;:\-–—/]+$/gu, '');
}
