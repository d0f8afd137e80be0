/**
 * Tokens of the target language, matched on folded text (see src/text/fold.ts): lowercase,
 * no diacritics, so every pattern is ASCII. Multi-word keywords are single tokens; `(?![a-z0-9])`
 * stands for a word boundary because chevrotain drops the `u` flag and `\b` is ASCII-only anyway.
 *
 * Every token except white space belongs to the `Any` category, so the parser can read any
 * keyword that does not form a core as a plain word of the subject.
 *
 * The token types are plain objects in chevrotain's `TokenType` shape, built here without
 * importing chevrotain: the library's runtime lexer (./scan.ts) and parser never load it (its
 * code alone costs 20-30 ms of cold start). chevrotain's own lexer (./reference.ts) and the
 * grammar of record (src/parser/parser.ts) take these same objects. Keyword and punctuation
 * spellings are data (`KEYWORD_SPELLINGS`, `PUNCTUATION_SPELLINGS`) from which both the regex
 * `PATTERN`s and the runtime scanner's tables are built, so the two lexers read one definition.
 */
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';

const END = '(?![a-z0-9])';
const S = '[ \\t\\r\\n]+';

/** What a token is made of; the fields of chevrotain's `createToken` config that we use. */
interface TokenSpec {
  readonly pattern?: RegExp | { readonly exec: CustomPatternMatcherFunc };
  readonly categories?: readonly TokenType[];
  readonly lineBreaks?: boolean;
  readonly startCharsHint?: readonly (string | number)[];
}

/** What chevrotain's `augmentTokenTypes` adds to a token type. */
interface Bookkeeping {
  tokenTypeIdx: number;
  categoryMatches: number[];
  categoryMatchesMap: Record<number, boolean>;
  isParent: boolean;
}

/** Each type's bookkeeping as numbered here (see `numberTokenTypes`), until chevrotain writes its own. */
const bookkeeping = new Map<TokenType, Bookkeeping>();

/** How many token types chevrotain has numbered itself. */
let renumbered = 0;

/**
 * How many times chevrotain has written a token type's `tokenTypeIdx` (it does so once per type,
 * when a chevrotain Lexer or Parser first takes it): the runtime scanner caches the numbers
 * and re-reads them when this changes.
 *
 * @example
 * renumberings() // 0 until chevrotain has seen the token types
 */
export function renumberings(): number {
  return renumbered;
}

/**
 * The prototype of every token type: reads the bookkeeping from `bookkeeping`, and a write
 * (chevrotain's) turns the field into the type's own property.
 */
const TOKEN_TYPE_PROTOTYPE: object = Object.defineProperties(
  {},
  Object.fromEntries(
    (['tokenTypeIdx', 'categoryMatches', 'categoryMatchesMap', 'isParent'] as const).map((key) => [
      key,
      {
        get(this: TokenType) {
          return bookkeeping.get(this)?.[key];
        },
        set(this: TokenType, value: unknown) {
          Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
          if (key === 'tokenTypeIdx') renumbered++;
        },
      },
    ]),
  ),
);

/**
 * A token type as chevrotain's `createToken` would build it, minus the bookkeeping that
 * `numberTokenTypes` provides once `allTokens` is known.
 */
function token(name: string, spec: TokenSpec): TokenType {
  const type = Object.create(TOKEN_TYPE_PROTOTYPE) as TokenType;
  type.name = name;
  if (spec.pattern !== undefined) type.PATTERN = spec.pattern as TokenType['PATTERN'];
  type.CATEGORIES = [...(spec.categories ?? [])];
  if (spec.lineBreaks !== undefined) type.LINE_BREAKS = spec.lineBreaks;
  if (spec.startCharsHint !== undefined) type.START_CHARS_HINT = [...spec.startCharsHint];
  return type;
}

const keywordSpellings = new Map<TokenType, readonly string[]>();
const punctuationSpellings = new Map<TokenType, readonly string[]>();
const customMatchers = new Map<TokenType, (text: string, offset: number) => number>();

/**
 * The alternatives of every keyword token, in the order its pattern tries them: folded words
 * separated by single spaces (a space matches any run of white space), each followed by a word
 * boundary. Most are literal words; the timings (`Quarter`, `Month`, `Half`, `CaNam`, `HangKy`,
 * `DateWords`) hold regex syntax after their first word, which is always literal.
 */
export const KEYWORD_SPELLINGS: ReadonlyMap<TokenType, readonly string[]> = keywordSpellings;
/** The literal strings of every punctuation token, in the order its pattern tries them. */
export const PUNCTUATION_SPELLINGS: ReadonlyMap<TokenType, readonly string[]> = punctuationSpellings;
/**
 * The token types matched by code rather than a regex: where the token found at an offset
 * ends, or -1. Their `PATTERN` is a chevrotain custom matcher built on the same function; the
 * runtime scanner calls the function itself (no match array to allocate).
 */
export const CUSTOM_MATCHERS: ReadonlyMap<TokenType, (text: string, offset: number) => number> = customMatchers;

/** Category of every token: a keyword that is not part of a core is just a word. */
export const Any = token('Any', {});

function kw(name: string, words: string | string[], categories: TokenType[] = []): TokenType {
  const spellings = Array.isArray(words) ? words : [words];
  const alts = spellings.map((w) => w.split(' ').join(S));
  const type = token(name, {
    pattern: new RegExp(`(?:${alts.join('|')})${END}`),
    categories: [Any, ...categories],
    lineBreaks: alts.some((a) => a.includes(S)),
    startCharsHint: [...new Set(spellings.map((w) => w.charCodeAt(0)))],
  });
  keywordSpellings.set(type, spellings);
  return type;
}

function punct(name: string, literals: string | string[], categories: TokenType[] = []): TokenType {
  const spellings = Array.isArray(literals) ? literals : [literals];
  const type = token(name, {
    pattern: new RegExp(spellings.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')),
    categories: [Any, ...categories],
  });
  punctuationSpellings.set(type, spellings);
  return type;
}

/** Skipped by both lexers; chevrotain's (./reference.ts) adds the `Lexer.SKIPPED` group. */
export const WhiteSpace = token('WhiteSpace', { pattern: /[ \t\r\n]+/, lineBreaks: true });

// ── Figures ─────────────────────────────────────────────────────────────────
/** `15/03/2023`, or written out after `trước ngày`: `05 tháng 4 năm 2023`. */
export const DateLit = token('DateLit', {
  pattern: /\d{1,2}\/\d{1,2}\/\d{4}(?![0-9])|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}(?![0-9])/,
  categories: [Any],
  lineBreaks: true,
});
export const NumberLit = token('NumberLit', { pattern: /\d+(?:[.,]\d+)*/, categories: [Any] });
export const Percent = punct('Percent', '%');
/** `lần/năm`: a frequency's period. */
export const Per = token('Per', {
  pattern: new RegExp(`\\/\\s*(?:nam|quy|thang)${END}`),
  lineBreaks: true,
  categories: [Any],
  startCharsHint: ['/'],
});

// ── Comparators ─────────────────────────────────────────────────────────────
/** Category of every comparator that may stand before a figure. */
export const Comparator = token('Comparator', {});
export const Gte = punct('Gte', ['≥', '>='], [Comparator]);
export const Lte = punct('Lte', ['≤', '<='], [Comparator]);
export const Gt = punct('Gt', '>', [Comparator]);
export const Lt = punct('Lt', '<', [Comparator]);
export const Approx = punct('Approx', ['≈', '~'], [Comparator]);
export const Eq = punct('Eq', '=', [Comparator]);
export const ItNhat = kw('ItNhat', 'it nhat', [Comparator]);
export const ToiThieu = kw('ToiThieu', 'toi thieu', [Comparator]);
export const KhongDuoi = kw('KhongDuoi', 'khong duoi', [Comparator]);
export const KhongVuotQua = kw('KhongVuotQua', ['khong vuot qua', 'khong qua'], [Comparator]);
export const ToiDa = kw('ToiDa', 'toi da', [Comparator]);
export const XuongDuoi = kw('XuongDuoi', 'xuong duoi', [Comparator]);
export const XuongCon = kw('XuongCon', 'xuong con', [Comparator]);
export const Khoang = kw('Khoang', 'khoang', [Comparator]);
export const Tren = kw('Tren', 'tren', [Comparator]);
export const Duoi = kw('Duoi', 'duoi', [Comparator]);
/** `nhiều hơn`, `cao hơn` (and a lone `hơn`): greater; before a figure or a baseline. */
export const MoreThan = kw('MoreThan', ['nhieu hon', 'cao hon', 'lon hon', 'hon'], [Comparator]);
/** `ít hơn`, `thấp hơn`: less; before a figure or a baseline. */
export const LessThan = kw('LessThan', ['it hon', 'thap hon', 'nho hon'], [Comparator]);
export const Tu = kw('Tu', 'tu');
export const Den = kw('Den', 'den');
export const TroLen = kw('TroLen', 'tro len');
export const TroXuong = kw('TroXuong', 'tro xuong');
export const Dat = kw('Dat', 'dat');
export const DamBao = kw('DamBao', ['dam bao', 'bao dam']);

// ── Change and baselines ────────────────────────────────────────────────────
export const Giam = kw('Giam', ['keo giam', 'giam']);
export const Tang = kw('Tang', 'tang');
export const SoVoi = kw('SoVoi', 'so voi');
/** `cùng kỳ`, also written `so cùng kỳ`. */
export const CungKy = kw('CungKy', ['so cung ky', 'cung ky']);
export const NamTruoc = kw('NamTruoc', 'nam truoc');
export const HienNay = kw('HienNay', 'hien nay');
export const DauKy = kw('DauKy', 'dau ky');
export const Nam = kw('Nam', 'nam');

// ── Zero tolerance, delegation, structure ───────────────────────────────────
export const KhongDe = kw('KhongDe', ['khong de xay ra', 'khong de ton tai', 'khong de phat sinh']);
export const GiaoChiTieu = kw('GiaoChiTieu', ['giao chi tieu cu the', 'giao chi tieu']);
export const TrongDo = kw('TrongDo', 'trong do');
export const Rieng = kw('Rieng', 'rieng');
export const Moi = kw('Moi', 'moi');
export const Va = kw('Va', 'va');
export const Semicolon = punct('Semicolon', ';');
export const Comma = punct('Comma', ',');
export const Colon = punct('Colon', ':');
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
/** A closing `./.` or `.` */
export const Dot = punct('Dot', ['./.', '.']);
export const Slash = punct('Slash', '/');
/**
 * A bullet: a dash at the start, or after `.`, `;`, `:` or a line break, followed by white space.
 * Any other dash is a range dash (`5-10%`) or part of a word (`Truyền thông-Văn hóa`).
 */
export const Bullet = token('Bullet', {
  pattern: { exec: matchBullet },
  categories: [Any],
  lineBreaks: false,
  startCharsHint: ['-'],
});
customMatchers.set(Bullet, bulletEnd);
export const Dash = punct('Dash', '-');

// ── Timing ──────────────────────────────────────────────────────────────────
export const Quarter = kw('Quarter', ['quy (?:iv|iii|ii|i|vi|v|\\d{1,2})(?:\\s*\\/\\s*\\d{4})?']);
export const Month = kw('Month', ['thang \\d{1,2}(?:\\s*\\/\\s*\\d{4})?']);
export const Half = kw('Half', ['6 thang (?:dau|cuoi) nam(?: \\d{4})?']);
export const CaNam = kw('CaNam', ['ca nam(?: \\d{4})?']);
export const TruocNgay = kw('TruocNgay', 'truoc ngay');
export const HoanThanhTrong = kw('HoanThanhTrong', 'hoan thanh trong');
export const DinhKy = kw('DinhKy', 'dinh ky');
/** `hằng quý`, `hàng tháng`, `từng quý`: every period of that length. */
export const HangKy = kw('HangKy', ['hang (?:nam|quy|thang)', 'tung (?:nam|quy|thang)']);

/** `ngày 05 tháng 4 năm 2023`: a date written out, not the timing `tháng 4`. */
export const DateWords = kw('DateWords', ['ngay \\d{1,2} thang \\d{1,2}(?: nam \\d{4})?']);

export const Word = token('Word', { pattern: /[a-z0-9]+/, categories: [Any] });
/** Any other single character; written as explicit ranges (not `[^...]`) so chevrotain can index it by first char. */
export const Other = token('Other', { pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0021-\uffff]/, categories: [Any] });

/** `[ \t\r\n]`: the white space that separates words. */
function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * Where a bullet at `offset` ends, or -1 when there is none. Char codes, not regexes, and no
 * read outside the text: it runs at every dash of the runtime path.
 */
function bulletEnd(text: string, offset: number): number {
  if (offset >= text.length || text.charCodeAt(offset) !== 45 /* - */) return -1;
  const next = offset + 1 < text.length ? text.charCodeAt(offset + 1) : -1;
  let i = offset - 1;
  let sawBreak = false;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!isBlank(c)) break;
    if (c === 10 || c === 13) sawBreak = true;
  }
  const lineStart = i < 0 || sawBreak;
  const before = i >= 0 ? text.charCodeAt(i) : -1;
  const afterSentence = before === 46 /* . */ || before === 59 /* ; */ || before === 58; /* : */
  // `- A` after a sentence end; `-A` only at the start of a line (not `-5`, a negative figure).
  if (isBlank(next) ? !lineStart && !afterSentence : !lineStart || !(next >= 97 && next <= 122)) return -1;
  return offset + 1;
}

/** chevrotain's custom matcher of `Bullet`. */
function matchBullet(text: string, offset: number): RegExpExecArray | null {
  const end = bulletEnd(text, offset);
  if (end < 0) return null;
  const match = [text.slice(offset, end)] as unknown as RegExpExecArray;
  match.index = offset;
  return match;
}

/** Order matters: longer and more specific patterns first. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Half, DateLit, NumberLit, Percent, Per,
  Gte, Lte, Gt, Lt, Approx, Eq,
  KhongDe, KhongDuoi, KhongVuotQua, ItNhat, MoreThan, LessThan, ToiThieu, ToiDa, XuongDuoi, XuongCon, Khoang, Tren, Duoi,
  TroLen, TroXuong, Tu, Den, Dat, DamBao,
  Giam, Tang, SoVoi, CungKy, NamTruoc, HienNay, DauKy,
  GiaoChiTieu, TrongDo, Rieng, Moi, Va,
  DateWords, Quarter, Month, CaNam, TruocNgay, HoanThanhTrong, DinhKy, HangKy,
  Nam,
  Semicolon, Comma, Colon, LParen, RParen, Dot, Slash, Bullet, Dash,
  Word, Other,
  Any, Comparator,
];

/**
 * The `tokenTypeIdx` of `allTokens[0]`. chevrotain numbers token types from one global counter
 * and takes 1 and 2 itself when it loads (its `EOF` and its grammar-recording token).
 */
const FIRST_TOKEN_TYPE_IDX = 3;

/**
 * Give every token type chevrotain's bookkeeping (what its `augmentTokenTypes` adds), so that
 * tokens carry a `tokenTypeIdx` and category maps even where chevrotain is never loaded.
 *
 * The numbers are the ones chevrotain itself gives when a Lexer or Parser is first built with
 * `allTokens` (it numbers new types in list order, then the categories they name), and they are
 * inherited (`TOKEN_TYPE_PROTOTYPE`), not own properties: chevrotain re-numbers every type that
 * has no *own* `tokenTypeIdx`, while an own number it did not assign would make it fail (it
 * looks each category member up in a private registry). So chevrotain writes its own, equal,
 * numbers over these; ./scan.test.ts checks that they agree. (A prototype per type holding the
 * numbers would do too, but costs ~1 ms of start-up in V8.)
 */
function numberTokenTypes(types: readonly TokenType[]): void {
  types.forEach((t, i) => {
    bookkeeping.set(t, { tokenTypeIdx: FIRST_TOKEN_TYPE_IDX + i, categoryMatches: [], categoryMatchesMap: {}, isParent: false });
  });
  const book = (t: TokenType): Bookkeeping => bookkeeping.get(t)!;
  // A category matches every type that lists it, directly or through another category.
  const mark = (path: readonly TokenType[], node: TokenType): void => {
    for (const member of path) book(node).categoryMatchesMap[book(member).tokenTypeIdx] = true;
    const next = [...path, node];
    for (const category of node.CATEGORIES ?? []) if (!next.includes(category)) mark(next, category);
  };
  for (const t of types) mark([], t);
  for (const t of types) {
    const b = book(t);
    b.categoryMatches = Object.keys(b.categoryMatchesMap).map(Number);
    b.isParent = b.categoryMatches.length > 0;
  }
}
numberTokenTypes(allTokens);
