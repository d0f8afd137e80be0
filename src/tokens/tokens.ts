/**
 * Tokens of the target language, matched on folded text (see src/text/fold.ts): lowercase,
 * no diacritics, so every pattern is ASCII. Multi-word keywords are single tokens; `(?![a-z0-9])`
 * stands for a word boundary because chevrotain drops the `u` flag and `\b` is ASCII-only anyway.
 *
 * Every token except white space belongs to the `Any` category, so the parser can read any
 * keyword that does not form a core as a plain word of the subject.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

const END = '(?![a-z0-9])';
const S = '[ \\t\\r\\n]+';

/** Category of every token: a keyword that is not part of a core is just a word. */
export const Any = createToken({ name: 'Any', pattern: Lexer.NA });

function kw(name: string, words: string | string[], categories: TokenType[] = []): TokenType {
  const alts = (Array.isArray(words) ? words : [words]).map((w) => w.split(' ').join(S));
  return createToken({
    name,
    pattern: new RegExp(`(?:${alts.join('|')})${END}`),
    categories: [Any, ...categories],
    line_breaks: alts.some((a) => a.includes(S)),
    start_chars_hint: [...new Set((Array.isArray(words) ? words : [words]).map((w) => w.charCodeAt(0)))],
  });
}

function punct(name: string, pattern: RegExp, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern, categories: [Any, ...categories] });
}

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED, line_breaks: true });

// ── Figures ─────────────────────────────────────────────────────────────────
/** `15/03/2023`, or written out after `trước ngày`: `05 tháng 4 năm 2023`. */
export const DateLit = createToken({
  name: 'DateLit',
  pattern: /\d{1,2}\/\d{1,2}\/\d{4}(?![0-9])|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}(?![0-9])/,
  categories: [Any],
  line_breaks: true,
});
export const NumberLit = punct('NumberLit', /\d+(?:[.,]\d+)*/);
export const Percent = punct('Percent', /%/);
/** `lần/năm`: a frequency's period. */
export const Per = createToken({
  name: 'Per',
  pattern: new RegExp(`\\/\\s*(?:nam|quy|thang)${END}`),
  line_breaks: true,
  categories: [Any],
  start_chars_hint: ['/'],
});

// ── Comparators ─────────────────────────────────────────────────────────────
/** Category of every comparator that may stand before a figure. */
export const Comparator = createToken({ name: 'Comparator', pattern: Lexer.NA });
export const Gte = punct('Gte', /≥|>=/, [Comparator]);
export const Lte = punct('Lte', /≤|<=/, [Comparator]);
export const Gt = punct('Gt', />/, [Comparator]);
export const Lt = punct('Lt', /</, [Comparator]);
export const Approx = punct('Approx', /≈|~/, [Comparator]);
export const Eq = punct('Eq', /=/, [Comparator]);
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
export const Semicolon = punct('Semicolon', /;/);
export const Comma = punct('Comma', /,/);
export const Colon = punct('Colon', /:/);
export const LParen = punct('LParen', /\(/);
export const RParen = punct('RParen', /\)/);
/** A closing `./.` or `.` */
export const Dot = punct('Dot', /\.\/\.|\./);
export const Slash = punct('Slash', /\//);
/**
 * A bullet: a dash at the start, or after `.`, `;`, `:` or a line break, followed by white space.
 * Any other dash is a range dash (`5-10%`) or part of a word (`Truyền thông-Văn hóa`).
 */
export const Bullet = createToken({
  name: 'Bullet',
  pattern: { exec: matchBullet },
  categories: [Any],
  line_breaks: false,
  start_chars_hint: ['-'],
});
export const Dash = punct('Dash', /-/);

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

export const Word = createToken({ name: 'Word', pattern: /[a-z0-9]+/, categories: [Any] });
/** Any other single character; written as explicit ranges (not `[^...]`) so chevrotain can index it by first char. */
export const Other = createToken({ name: 'Other', pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0021-\uffff]/, categories: [Any] });

function matchBullet(text: string, offset: number): RegExpExecArray | null {
  if (text[offset] !== '-') return null;
  const next = text[offset + 1] ?? '';
  let i = offset - 1;
  let sawBreak = false;
  while (i >= 0 && /[ \t\r\n]/.test(text[i]!)) {
    if (text[i] === '\n' || text[i] === '\r') sawBreak = true;
    i--;
  }
  const lineStart = i < 0 || sawBreak;
  // `- A` after a sentence end; `-A` only at the start of a line (not `-5`, a negative figure).
  if (/[ \t\r\n]/.test(next) ? !lineStart && !'.;:'.includes(text[i]!) : !lineStart || !/[a-z]/.test(next)) return null;
  const match = ['-'] as unknown as RegExpExecArray;
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
