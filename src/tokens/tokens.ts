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
 * generated from the same objects. Keywords are written accented, as plans write them
 * (`KEYWORD_SPELLINGS`), and folded here into the lexer's patterns.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';
import { foldKey } from '../text/fold.js';

const END = '(?![a-z0-9])';
/** The end of a keyword that may stand right before a figure. */
const END_BEFORE_FIGURE = '(?![a-z])';
/**
 * The end of a timing: one that ends in a figure (`tháng 6`, `quý 4/2023`) ends where its digits
 * do, so text glued by a copy from Word or PDF (`tháng 6Giảm 7%`) still has its timing; one
 * that ends in a letter (`quý IV`) ends at a word boundary.
 */
const END_TIMING = '(?:(?<=[0-9])(?![0-9])|(?<![0-9])(?![a-z0-9]))';
const TIMINGS = new Set(['Quarter', 'Month', 'Half', 'CaNam', 'DateWords']);

/** Every way a keyword pattern ends (scripts/grammar reads keywords off the patterns by them). */
export const KEYWORD_ENDS: readonly string[] = [END, END_BEFORE_FIGURE, END_TIMING];
/** Keywords besides the comparators that may touch their figure. */
const TOUCHING_FIGURE = new Set(['Giam', 'Tang', 'Dat', 'Tu']);
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

/**
 * The accented spellings of every literal keyword, by token name, as plan authors write them:
 * the one table of keyword spellings. The lexer's patterns are these, folded (`giảm` → `giam`)
 * when this module loads; the docs, diagrams and editor grammar print them as written.
 *
 * @example
 * KEYWORD_SPELLINGS.get('Giam') // ['kéo giảm', 'giảm']
 */
export const KEYWORD_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map();

/** A keyword token from its accented spellings, tried in order. */
function kw(name: string, words: string | string[], categories: TokenType[] = []): TokenType {
  const spellings = Array.isArray(words) ? words : [words];
  (KEYWORD_SPELLINGS as Map<string, readonly string[]>).set(name, spellings);
  return kwPattern(name, spellings.map(foldKey), categories);
}

/**
 * A keyword token from folded alternatives, each a literal first word and then literal words
 * or regex syntax (the timings: `quý II/2023`, `tháng 6`); a space matches any white space.
 */
function kwPattern(name: string, alternatives: string[], categories: TokenType[] = []): TokenType {
  const alts = alternatives.map((w) => w.split(' ').join(S));
  // A comparator or a verb may touch its figure (`trên91%`, `giảm5%`, text from PDF): only a
  // letter after it makes it part of a longer word.
  const end = TIMINGS.has(name) ? END_TIMING : categories.some((c) => c.name === 'Comparator') || TOUCHING_FIGURE.has(name) ? END_BEFORE_FIGURE : END;
  return token(name, {
    pattern: new RegExp(`(?:${alts.join('|')})${end}`),
    categories: [Any, ...categories],
    lineBreaks: alts.some((a) => a.includes(S)),
    startCharsHint: [...new Set(alternatives.map((w) => w.charCodeAt(0)))],
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
export const ItNhat = kw('ItNhat', 'ít nhất', [Comparator]);
export const ToiThieu = kw('ToiThieu', 'tối thiểu', [Comparator]);
export const KhongDuoi = kw('KhongDuoi', 'không dưới', [Comparator]);
export const KhongVuotQua = kw('KhongVuotQua', ['không vượt quá', 'không quá'], [Comparator]);
export const ToiDa = kw('ToiDa', 'tối đa', [Comparator]);
export const XuongDuoi = kw('XuongDuoi', 'xuống dưới', [Comparator]);
export const XuongCon = kw('XuongCon', ['xuống còn', 'xuống'], [Comparator]);
export const Khoang = kw('Khoang', 'khoảng', [Comparator]);
export const Tren = kw('Tren', 'trên', [Comparator]);
export const Duoi = kw('Duoi', 'dưới', [Comparator]);
/** `nhiều hơn`, `cao hơn` (and a lone `hơn`): greater; before a figure or a baseline. */
export const MoreThan = kw('MoreThan', ['nhiều hơn', 'cao hơn', 'lớn hơn', 'hơn'], [Comparator]);
/** `ít hơn`, `thấp hơn`: less; before a figure or a baseline. */
export const LessThan = kw('LessThan', ['ít hơn', 'thấp hơn', 'nhỏ hơn'], [Comparator]);
export const Tu = kw('Tu', 'từ');
export const Den = kw('Den', 'đến');
export const TroLen = kw('TroLen', 'trở lên');
export const TroXuong = kw('TroXuong', 'trở xuống');
export const Dat = kw('Dat', 'đạt');
export const DamBao = kw('DamBao', ['đảm bảo', 'bảo đảm']);

// ── Change and baselines ────────────────────────────────────────────────────
export const Giam = kw('Giam', ['kéo giảm', 'giảm']);
export const Tang = kw('Tang', 'tăng');
export const SoVoi = kw('SoVoi', 'so với');
/** `cùng kỳ`, also written `so cùng kỳ`. */
export const CungKy = kw('CungKy', ['so cùng kỳ', 'cùng kỳ']);
export const NamTruoc = kw('NamTruoc', 'năm trước');
export const HienNay = kw('HienNay', 'hiện nay');
export const DauKy = kw('DauKy', 'đầu kỳ');
export const Nam = kw('Nam', 'năm');
/** `bình quân`: an average; over years before a growth figure (`tăng bình quân 7%/năm`). */
export const BinhQuan = kw('BinhQuan', 'bình quân');
/** `giai đoạn`, `thời kỳ` before the years of a plan period (`giai đoạn 2021-2025`). */
export const GiaiDoan = kw('GiaiDoan', ['giai đoạn', 'thời kỳ']);

// ── Zero tolerance, delegation, structure ───────────────────────────────────
/** Zero tolerance: `không để xảy ra / tồn tại / phát sinh / hình thành`, `không còn`, `không có`. */
export const KhongDe = kw('KhongDe', ['không để xảy ra', 'không để tồn tại', 'không để phát sinh', 'không để hình thành', 'không còn', 'không có']);
export const GiaoChiTieu = kw('GiaoChiTieu', ['giao chỉ tiêu cụ thể', 'giao chỉ tiêu']);
export const TrongDo = kw('TrongDo', 'trong đó');
export const Rieng = kw('Rieng', 'riêng');
export const Moi = kw('Moi', 'mỗi');
export const Va = kw('Va', 'và');
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
export const Quarter = kwPattern('Quarter', ['quy (?:iv|iii|ii|i|vi|v|\\d{1,2})(?:\\s*\\/\\s*\\d{4})?']);
export const Month = kwPattern('Month', ['thang \\d{1,2}(?:\\s*\\/\\s*\\d{4})?']);
export const Half = kwPattern('Half', ['6 thang (?:dau|cuoi) nam(?: \\d{4})?']);
export const CaNam = kwPattern('CaNam', ['ca nam(?: \\d{4})?']);
export const TruocNgay = kw('TruocNgay', 'trước ngày');
export const HoanThanhTrong = kw('HoanThanhTrong', 'hoàn thành trong');
export const DinhKy = kw('DinhKy', 'định kỳ');
/** `hằng quý`, `hàng tháng`, `từng quý`: every period of that length. */
export const HangKy = kwPattern('HangKy', ['hang (?:nam|quy|thang)', 'tung (?:nam|quy|thang)']);

/** `ngày 05 tháng 4 năm 2023`: a date written out, not the timing `tháng 4`. */
export const DateWords = kwPattern('DateWords', ['ngay \\d{1,2} thang \\d{1,2}(?: nam \\d{4})?']);

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
  Giam, Tang, SoVoi, CungKy, NamTruoc, HienNay, DauKy, BinhQuan, GiaiDoan,
  GiaoChiTieu, TrongDo, Rieng, Moi, Va,
  DateWords, Quarter, Month, CaNam, TruocNgay, HoanThanhTrong, DinhKy, HangKy,
  Nam,
  Semicolon, Comma, Colon, LParen, RParen, Dot, Slash, Bullet, Dash,
  Word, Other,
  Any, Comparator,
];
