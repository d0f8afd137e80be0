/**
 * Display normalisation of free words (the subject): what the author wrote, made comparable.
 * NFC, single spaces, straight quotes, modern tone placement (`hoà` → `hòa`, `tuý` → `túy`),
 * `tỉ lệ` → `tỷ lệ`, and the seed's typo `Chuyên hóa` → `Chuyển hóa`. Letter case is kept.
 * Zero-width characters and soft hyphens are dropped, as folding drops them (./space.ts):
 * `Tỷ lệ giải quy\u00ADết` is `Tỷ lệ giải quyết`.
 */
import { toNfc } from './nfc.js';
import { dropInvisible, isWhiteSpace } from './space.js';

const TONES = '\u0300\u0301\u0303\u0309\u0323';

/** Old style puts the tone on the second vowel of an open `oa`/`oe`/`uy`; modern style on the first. */
const OLD_TONE = new RegExp(`(?<![qQ])([oOuU])([aeyAEY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/** Old tone placement at a word's end, tested on NFC (a cheap over-approximation of `OLD_TONE`). */
const OLD_TONE_NFC = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])/u;
const CURLY_QUOTES = /[\u2018-\u201F\u00AB\u00BB]/;
/** Zero-width characters and the soft hyphen (`INVISIBLE` of ./space.ts). */
const INVISIBLE_CHAR = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** Where a `WORD_FIXES` rewrite may apply. */
const FIXABLE = /[Tt][ỉỈ]|[Cc](?:huyên|HUYÊN)/u;

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
  // Each rewrite runs only where a cheap test says it can apply: a global regex replace costs
  // ~200 ns even when it changes nothing, and subjects are normalised on every parse.
  let s = toNfc(text);
  if (!ANY_REWRITE.test(s)) return trimPunctuation(s);
  let visible = text;
  if (INVISIBLE_CHAR.test(s)) {
    visible = dropInvisible(text);
    s = toNfc(visible);
  }
  if (OLD_TONE_NFC.test(s)) s = modernTones(visible);
  if (CURLY_QUOTES.test(s)) s = straightQuotes(s);
  if (FIXABLE.test(s)) for (const [re, to] of WORD_FIXES) s = s.replace(re, to);
  return trimPunctuation(MESSY_SPACE.test(s) ? collapseSpaces(s) : s);
}

/** `hoà` → `hòa`: the tone moves to the first vowel of an open `oa`/`oe`/`uy` (result in NFC). */
function modernTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_TONE, (_m, v1: string, v2: string, tone: string) => `${v1}${tone}${v2}`)
    .normalize('NFC');
}

function straightQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u201A\u201B]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"');
}

/**
 * Every rewrite of `normalizeSubject`, each applied unconditionally: the definition the
 * conditional steps of `normalizeSubject` are tested against.
 *
 * @example
 * rewriteSubject('Tỉ lệ hoà giải') // 'Tỷ lệ hòa giải'
 */
export function rewriteSubject(text: string): string {
  let s = straightQuotes(modernTones(dropInvisible(text))).replace(/\s+/g, ' ');
  for (const [re, to] of WORD_FIXES) s = s.replace(re, to);
  return trimPunctuation(collapseSpaces(s));
}

/** White space other than single spaces, or brackets left empty: what `collapseSpaces` changes. */
const MESSY_SPACE = /\s{2,}|[^\S ]|\(\s*\)/;

/** Any of the tests below: one scan for the common subject that needs none of the rewrites. */
const ANY_REWRITE = new RegExp([INVISIBLE_CHAR, OLD_TONE_NFC, CURLY_QUOTES, FIXABLE, MESSY_SPACE].map((re) => re.source).join('|'), 'u');

/** Single spaces, and no brackets left empty once a timing is taken out (`(Hoàn thành trong Quý II/2023)`). */
function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\(\s*\)/g, '').replace(/\s{2,}/g, ' ');
}

/** A separator `trimPunctuation` removes at the start: white space (`\s`), `,.;:` and dashes. */
function isLeadingSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || isWhiteSpace(c);
}

/** At the end, a slash too (`lần/`). */
function isTrailingSeparator(c: number): boolean {
  return c === 47 || isLeadingSeparator(c);
}

/**
 * `text.replace(/^[\s,.;:\-–—]+|[\s,.;:\-–—/]+$/gu, '')`, by scanning in from each edge: the
 * regex retries its `+$` alternative at every offset of a run that does not reach the end
 * (`a ....... b.`), which is quadratic in the run's length.
 */
function trimSeparators(text: string): string {
  let start = 0;
  while (start < text.length && isLeadingSeparator(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isTrailingSeparator(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Drop separators left at the edges of a subject (`, `, `.`, `:`, `-`), and a bracket whose
 * partner is not inside.
 *
 * @example
 * trimPunctuation('(Phòng Văn hóa giao') // 'Phòng Văn hóa giao'
 */
export function trimPunctuation(text: string): string {
  // Nothing to trim unless an edge is punctuation, space or a bracket (the common case).
  if (text === '') return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!isTrailingSeparator(first) && first !== 40 && first !== 41 && !isTrailingSeparator(last) && last !== 40 && last !== 41) return text;
  let s = trimSeparators(text);
  if (s.startsWith('(') && !s.includes(')')) s = s.slice(1).trimStart();
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1).trimEnd();
  return trimSeparators(s);
}
