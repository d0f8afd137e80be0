/**
 * The runtime lexer: a hand-written scanner that returns exactly what chevrotain's lexer
 * (./reference.ts) returns for the same folded text (./scan.test.ts proves it on the corpus
 * and on generated text), several times faster and without loading chevrotain.
 *
 * chevrotain's rule, which this follows: at each offset, the FIRST token type in `allTokens`
 * order whose pattern matches there wins (not the longest); white space is skipped; `Other`
 * takes any single UTF-16 unit, so lexing never fails. Instead of trying patterns one by one,
 * the scanner dispatches on the character:
 *
 * - white space is skipped with a char-code loop;
 * - a letter or digit starts a `[a-z0-9]+` run. Every keyword alternative starts with a whole
 *   word of that shape, so the run is looked up (by a hash computed while scanning it, without
 *   slicing) among the first words of the keywords, which lists the keywords that can start
 *   with it in `allTokens` order; a candidate matches the rest of its literal words by hand, a
 *   timing keyword runs its own sticky regex. Otherwise a letter run is a `Word`, and a digit
 *   run a `DateLit` (its sticky regex, when the shape allows one) or a `NumberLit`;
 * - anything else goes through a table of the tokens that can start with that character
 *   (punctuation literals, `Per`'s regex, the bullet matcher), else it is `Other`.
 *
 * The tables are built at import from the token definitions (./tokens.ts), and the build checks
 * the assumptions the dispatch makes, so a new token that would break them fails loudly.
 */
import type { IToken, TokenType } from 'chevrotain';
import {
  allTokens,
  CUSTOM_MATCHERS,
  DateLit,
  KEYWORD_SPELLINGS,
  NumberLit,
  Other,
  PUNCTUATION_SPELLINGS,
  renumberings,
  WhiteSpace,
  Word,
} from './tokens.js';

/** A token type the scanner emits, with its `tokenTypeIdx` cached (see `readTokenTypeIdx`). */
interface Emitted {
  readonly type: TokenType;
  idx: number;
}

/** A keyword that can start with a given word. */
interface KeywordCandidate {
  readonly emit: Emitted;
  /** The rest of each literal alternative after the first word, in order; null for a regex. */
  readonly tails: readonly (readonly string[])[] | null;
  /** The token's own pattern, sticky, when an alternative is not literal words. */
  readonly regex: RegExp | null;
}

/** The keywords whose alternatives start with `word`, in `allTokens` order. */
interface FirstWord {
  readonly word: string;
  readonly hash: number;
  readonly candidates: KeywordCandidate[];
  /**
   * The first candidate, when the first alternative it tries is this word alone (`tu`, `dat`,
   * `giam`), which always matches: no need to call `matchKeyword`.
   */
  direct: Emitted | null;
}

/** A token that can start with a given (not word, not blank) character. */
interface PunctuationCandidate {
  readonly emit: Emitted;
  readonly literal: string | null;
  readonly regex: RegExp | null;
  /** Where the token ends, or -1 (`CUSTOM_MATCHERS`). */
  readonly custom: ((text: string, offset: number) => number) | null;
}

const WORD = /^[a-z0-9]+$/;

/** chevrotain compiles every pattern as `new RegExp(source, 'y')` (dropping other flags). */
function sticky(type: TokenType): RegExp {
  const pattern = type.PATTERN;
  if (!(pattern instanceof RegExp)) throw new Error(`scan: ${type.name} has no regex pattern`);
  return new RegExp(pattern.source, 'y');
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The hash of a word, as `tokenize` computes it while scanning. */
function hashWord(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

/** Open addressing: slot → index + 1 into `firstWords` (0 = empty). */
const SLOT_BITS = 9;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const slotOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - SLOT_BITS);
const firstWordSlots = new Int32Array(1 << SLOT_BITS);
const firstWords: FirstWord[] = [];

/** Punctuation candidates by char code below 128 (every index present: no read past the end); `punctuationAbove` for the rest. */
const punctuation = new Array<PunctuationCandidate[] | undefined>(128).fill(undefined);
const punctuationAbove = new Map<number, PunctuationCandidate[]>();

const emitted = new Map<TokenType, Emitted>();
const emitOf = (type: TokenType): Emitted => {
  let e = emitted.get(type);
  if (!e) emitted.set(type, (e = { type, idx: type.tokenTypeIdx! }));
  return e;
};
const WORD_EMIT = emitOf(Word);
const NUMBER_EMIT = emitOf(NumberLit);
const DATE_EMIT = emitOf(DateLit);
const OTHER_EMIT = emitOf(Other);

function firstWord(word: string): FirstWord {
  const hash = hashWord(word);
  let slot = slotOf(hash);
  for (;;) {
    const at = firstWordSlots[slot]!;
    if (at === 0) break;
    if (firstWords[at - 1]!.word === word) return firstWords[at - 1]!;
    slot = (slot + 1) & SLOT_MASK;
  }
  const entry: FirstWord = { word, hash, candidates: [], direct: null };
  firstWords.push(entry);
  firstWordSlots[slot] = firstWords.length;
  return entry;
}

function addPunctuation(code: number, candidate: PunctuationCandidate): void {
  if (isWordCode(code) || isBlankCode(code)) throw new Error(`scan: ${candidate.emit.type.name} starts with a word or blank character`);
  const list = code < 128 ? (punctuation[code] ??= []) : punctuationAbove.get(code) ?? [];
  list.push(candidate);
  if (code >= 128) punctuationAbove.set(code, list);
}

function buildTables(): void {
  const dateLitAt = allTokens.indexOf(DateLit);
  const wordAt = allTokens.indexOf(Word);
  if (allTokens[0] !== WhiteSpace || dateLitAt + 1 !== allTokens.indexOf(NumberLit) || wordAt + 1 !== allTokens.indexOf(Other)) {
    throw new Error('scan: the dispatch assumes WhiteSpace first, NumberLit right after DateLit, Other right after Word');
  }
  const handled = new Set<TokenType>([WhiteSpace, DateLit, NumberLit, Word, Other]);
  allTokens.forEach((type, at) => {
    if (type.PATTERN === undefined || handled.has(type)) return; // categories, and the hand-coded tokens
    if (at > wordAt) throw new Error(`scan: ${type.name} comes after Word and Other, which match everything`);
    const spellings = KEYWORD_SPELLINGS.get(type);
    if (spellings) {
      const literal = spellings.every((s) => s.split(' ').every((w) => WORD.test(w)));
      const regex = literal ? null : sticky(type);
      for (const spelling of spellings) {
        const [first, ...tail] = spelling.split(' ');
        if (!first || !WORD.test(first)) throw new Error(`scan: ${type.name} does not start with a literal word`);
        // At a digit the scanner tries keywords, then DateLit, then NumberLit (which always matches).
        if (first.charCodeAt(0) <= 57 && at > dateLitAt) throw new Error(`scan: ${type.name} starts with a digit after DateLit`);
        const { candidates } = firstWord(first);
        let candidate = candidates.find((c) => c.emit.type === type);
        if (!candidate) candidates.push((candidate = { emit: emitOf(type), tails: literal ? [] : null, regex }));
        if (candidate.tails) (candidate.tails as string[][]).push(tail);
      }
      return;
    }
    const literals = PUNCTUATION_SPELLINGS.get(type);
    if (literals) {
      for (const literal of literals) addPunctuation(literal.charCodeAt(0), { emit: emitOf(type), literal, regex: null, custom: null });
      return;
    }
    const hints = type.START_CHARS_HINT;
    if (!hints) throw new Error(`scan: no rule for ${type.name}`);
    const custom = CUSTOM_MATCHERS.get(type) ?? null;
    const candidate: PunctuationCandidate = { emit: emitOf(type), literal: null, regex: custom ? null : sticky(type), custom };
    for (const hint of hints) addPunctuation(typeof hint === 'number' ? hint : hint.charCodeAt(0), candidate);
  });
  for (const entry of firstWords) {
    const first = entry.candidates[0];
    if (first?.tails?.[0]?.length === 0) entry.direct = first.emit;
  }
}
buildTables();

/** `renumberings()` when the cached numbers were last read. */
let numbersRead = 0;

/**
 * Re-read the cached `tokenTypeIdx`es (they are cached because a read per token through 60
 * differently shaped types costs a tenth of the scan). ./tokens.ts gives every type the number
 * chevrotain will give it, but chevrotain writes its own numbers when a Lexer or Parser first
 * takes the types, and they would differ if another grammar's tokens had been numbered first.
 */
function readTokenTypeIdx(): void {
  numbersRead = renumberings();
  for (const e of emitted.values()) e.idx = e.type.tokenTypeIdx!;
}

/** `text.slice(start, end) === word`, without the slice (a char loop beats `startsWith` on short words). */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Where a literal keyword alternative ends, given that its first word ended at `at`: each
 * further word after a run of `[ \t\r\n]`, then a word boundary. -1 when it does not match.
 */
function matchTail(text: string, at: number, tail: readonly string[]): number {
  let p = at;
  for (let k = 0; k < tail.length; k++) {
    const start = p;
    while (p < text.length && isBlankCode(text.charCodeAt(p))) p++;
    if (p === start) return -1;
    const word = tail[k]!;
    const end = p + word.length;
    if (end > text.length || !sameWord(text, p, end, word)) return -1;
    p = end;
  }
  return p < text.length && isWordCode(text.charCodeAt(p)) ? -1 : p;
}

/** What the last successful `match…` call matched (module slots rather than an allocated pair). */
let matched: Emitted = WORD_EMIT;
let matchedImage: string | null = null;

/** Where the first keyword candidate that matches at `start` ends (its first word ends at `wordEnd`). */
function matchKeyword(text: string, start: number, wordEnd: number, candidates: readonly KeywordCandidate[]): number {
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    const regex = candidate.regex;
    if (regex !== null) {
      regex.lastIndex = start;
      if (regex.test(text)) {
        matched = candidate.emit;
        return regex.lastIndex;
      }
      continue;
    }
    const tails = candidate.tails!;
    for (let t = 0; t < tails.length; t++) {
      const tail = tails[t]!;
      const end = tail.length === 0 ? wordEnd : matchTail(text, wordEnd, tail);
      if (end >= 0) {
        matched = candidate.emit;
        return end;
      }
    }
  }
  return -1;
}

/** Where the first punctuation candidate that matches at `start` ends; -1 if none. */
function matchPunctuation(text: string, start: number, candidates: readonly PunctuationCandidate[]): number {
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k]!;
    const literal = candidate.literal;
    if (literal !== null) {
      // The table is indexed by the first character, so a one-character literal matches.
      if (literal.length === 1 || text.startsWith(literal, start)) {
        matched = candidate.emit;
        matchedImage = literal;
        return start + literal.length;
      }
      continue;
    }
    if (candidate.custom !== null) {
      const end = candidate.custom(text, start);
      if (end >= 0) {
        matched = candidate.emit;
        matchedImage = null;
        return end;
      }
      continue;
    }
    const regex = candidate.regex!;
    regex.lastIndex = start;
    if (regex.test(text)) {
      matched = candidate.emit;
      matchedImage = null;
      return regex.lastIndex;
    }
  }
  return -1;
}

const DATE_LIT = sticky(DateLit);

/** Could `DateLit` match at a digit run of `length` followed by `next`: `1/`, `15 thang`? */
function mayBeDate(length: number, next: number): boolean {
  // `\d{1,2}` then `/` or `\s`; every `\s` is ≤ U+0020 or ≥ U+00A0 (a superset is enough).
  return length <= 2 && (next === 47 || next <= 32 || next >= 0xa0);
}

/**
 * Tokenise folded text (see src/text/fold.ts): exactly the tokens chevrotain's lexer gives
 * with `positionTracking: 'onlyOffset'` (`image`, `startOffset`, `tokenTypeIdx`, `tokenType`).
 * The catch-all `Other` token means lexing never fails: every character is a token of some
 * kind, and free words stay words.
 *
 * @example
 * tokenize('giam 07% so voi nam 2022').map((t) => t.tokenType.name)
 * // ['Giam', 'NumberLit', 'Percent', 'SoVoi', 'Nam', 'NumberLit']
 */
export function tokenize(folded: string): IToken[] {
  if (numbersRead !== renumberings()) readTokenTypeIdx();
  const text = folded;
  const n = text.length;
  const tokens: IToken[] = [];
  let i = 0;
  scan: while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    const letter = c >= 97 && c <= 122;
    if (letter || (c >= 48 && c <= 57)) {
      // The word run and its hash.
      let h = c;
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
        h = (Math.imul(h, 31) + d) | 0;
      }
      // Is it the first word of a keyword?
      let slot = slotOf(h);
      for (let at = firstWordSlots[slot]!; at !== 0; slot = (slot + 1) & SLOT_MASK, at = firstWordSlots[slot]!) {
        const entry = firstWords[at - 1]!;
        if (entry.hash !== h || !sameWord(text, i, j, entry.word)) continue;
        const direct = entry.direct;
        if (direct !== null) {
          tokens.push({ image: text.slice(i, j), startOffset: i, tokenTypeIdx: direct.idx, tokenType: direct.type });
          i = j;
          continue scan;
        }
        const end = matchKeyword(text, i, j, entry.candidates);
        if (end >= 0) {
          const e = matched;
          tokens.push({ image: text.slice(i, end), startOffset: i, tokenTypeIdx: e.idx, tokenType: e.type });
          i = end;
          continue scan;
        }
        break;
      }
      if (letter) {
        tokens.push({ image: text.slice(i, j), startOffset: i, tokenTypeIdx: WORD_EMIT.idx, tokenType: Word });
        i = j;
        continue;
      }
      // A figure: the digit run, then `DateLit` if it is a date, else `NumberLit`.
      let d = i + 1;
      while (d < n && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
      if (d < n && mayBeDate(d - i, text.charCodeAt(d))) {
        DATE_LIT.lastIndex = i;
        if (DATE_LIT.test(text)) {
          const end = DATE_LIT.lastIndex;
          tokens.push({ image: text.slice(i, end), startOffset: i, tokenTypeIdx: DATE_EMIT.idx, tokenType: DateLit });
          i = end;
          continue;
        }
      }
      // `\d+(?:[.,]\d+)*`
      while (d + 1 < n) {
        // (every read below the text's length: one past it deoptimises the scanner in V8)
        const sep = text.charCodeAt(d);
        const after = text.charCodeAt(d + 1);
        if ((sep !== 46 && sep !== 44) || !(after >= 48 && after <= 57)) break;
        d += 2;
        while (d < n && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
      }
      tokens.push({ image: text.slice(i, d), startOffset: i, tokenTypeIdx: NUMBER_EMIT.idx, tokenType: NumberLit });
      i = d;
      continue;
    }
    const candidates = c < 128 ? punctuation[c] : punctuationAbove.get(c);
    if (candidates !== undefined) {
      const end = matchPunctuation(text, i, candidates);
      if (end >= 0) {
        const e = matched;
        tokens.push({ image: matchedImage ?? text.slice(i, end), startOffset: i, tokenTypeIdx: e.idx, tokenType: e.type });
        i = end;
        continue;
      }
    }
    tokens.push({ image: text.charAt(i), startOffset: i, tokenTypeIdx: OTHER_EMIT.idx, tokenType: Other });
    i++;
  }
  return tokens;
}
