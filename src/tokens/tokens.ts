/**
 * Tokens of the target language, matched on folded text (see src/text/fold.ts): lowercase,
 * no diacritics, so every pattern is ASCII. Multi-word keywords are single tokens; `(?![a-z0-9])`
 * stands for a word boundary because chevrotain drops the `u` flag and `\b` is ASCII-only anyway.
 *
 * Every token except white space belongs to the `Any` category, so the parser can read any
 * keyword that does not form a core as a plain word of the subject.
 *
 * These are chevrotain token types (`createToken`): chevrotain's lexer (./lexer.ts) and parser
 * (src/parser/parser.ts) are the library's runtime, and the grammar files in grammar/ are
 * generated from the same objects. Keyword and punctuation spellings are written as data
 * (`kw`, `punct`) from which the regex `PATTERN`s are built.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

const END = '(?![a-z0-9])';
const S = '[ \\t\\r\\n]+';

/** What a token is made of; the fields of chevrotain's `createToken` config that we use. */
interface TokenSpec {
  readonly pattern?: RegExp | CustomPatternMatcherFunc;
  readonly categories?: TokenType[];
  readonly lineBreaks?: boolean;
  readonly startCharsHint?: (string | number)[];
  readonly group?: string;
}

function token(name: string, spec: TokenSpec): TokenType {
  return createToken({
    name,
    ...(spec.pattern !== undefined && { pattern: spec.pattern }),
    ...(spec.categories !== undefined && { categories: spec.categories }),
    ...(spec.lineBreaks !== undefined && { line_breaks: spec.lineBreaks }),
    ...(spec.startCharsHint !== undefined && { start_chars_hint: spec.startCharsHint }),
    ...(spec.group !== undefined && { group: spec.group }),
  });
}

/** Category of every token: a keyword that is not part of a core is just a word. */
export const Any = token('Any', { pattern: Lexer.NA });

function kw(name: string, words: string | string[], categories: TokenType[] = []): TokenType {
  const spellings = Array.isArray(words) ? words : [words];
  const alts = spellings.map((w) => w.split(' ').join(S));
  return token(name, {
    pattern: new RegExp(`(?:${alts.join('|')})${END}`),
    categories: [Any, ...categories],
    lineBreaks: alts.some((a) => a.includes(S)),
    startCharsHint: [...new Set(spellings.map((w) => w.charCodeAt(0)))],
  });
}

function punct(name: string, literals: string | string[], categories: TokenType[] = []): TokenType {
  const spellings = Array.isArray(literals) ? literals : [literals];
  return token(name, {
    pattern: new RegExp(spellings.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')),
    categories: [Any, ...categories],
  });
}

/** Skipped: white space separates words and is never a token of the statement. */
export const WhiteSpace = token('WhiteSpace', { pattern: /[ \t\r\n]+/, lineBreaks: true, group: Lexer.SKIPPED });

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
export const Comparator = token('Comparator', { pattern: Lexer.NA });
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
  pattern: matchBullet,
  categories: [Any],
  lineBreaks: false,
  startCharsHint: ['-'],
});
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
