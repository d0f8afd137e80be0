/**
 * Arbitraries of hostile input for the parser: arbitrary Unicode, soups of the language's own
 * fragments, and random edits of real statements.
 */
import fc from 'fast-check';

/** Characters that matter to the lexer and to position tracking. */
const NASTY = [
  '%', '-', '–', '—', '/', './.', '.', ',', ';', ':', '(', ')', '"', '“', '”', '≥', '≤', '>', '<', '=', '≈', '~',
  '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u200b', '\ufeff', '\u0300', '\u0301', '\u0309', '\u0323', '\u0303',
  '\ud83d\ude00', '\ud800', '\udc00', 'đ', 'Đ', 'ư', 'ơ', 'ỷ', 'ỉ', '0', '07', '1.000', '7,5', '9'.repeat(30), '0,000',
];

/** Words and figures of the language (keywords in several spellings, timings, dates). */
const FRAGMENTS = [
  'giảm', 'kéo giảm', 'tăng', 'so với', 'so voi', 'so cùng kỳ', 'cùng kỳ', 'năm', 'năm 2022', 'năm trước', 'hiện nay', 'đầu kỳ',
  'từ', 'đến', 'trở lên', 'tro len', 'trở xuống', 'trên', 'hơn', 'dưới', 'xuống dưới', 'xuống còn', 'ít nhất', 'tối thiểu',
  'không dưới', 'không quá', 'không vượt quá', 'tối đa', 'khoảng', 'đạt', 'Đạt', 'bảo đảm', 'đảm bảo', 'nhiều hơn', 'thấp hơn',
  'ít hơn', 'cao hơn', 'không để xảy ra', 'không để tồn tại', 'không để phát sinh', 'giao chỉ tiêu cụ thể', 'trong đó', 'riêng',
  'mỗi', 'Mỗi', 'phải', 'đều', 'có', 'tổ chức', 'và', 'Quý I', 'quý IV', 'Quý V', 'Quý II/2023', 'quý 4/2023', 'tháng 6', 'tháng 13',
  'Tháng 1 và tháng 6', '6 tháng đầu năm', 'cả năm', 'Cả năm 2023', 'trước ngày 15/03/2023', 'trước ngày 31/02/2023', 'trước ngày',
  'Hoàn thành trong', 'Định kỳ (6 tháng, 1 năm)', 'Định kỳ (', 'hằng quý', 'hàng tháng', 'lần/năm', 'lần/quý', 'hồ sơ', 'mô hình',
  'đợt', 'buổi', 'vụ', 'lượt', 'tỷ lệ', 'tỉ lệ', 'Chuyên hóa', 'hoà', 'tuý', 'số vụ', 'tội phạm', 'địa bàn', 'Ban Chỉ đạo 138',
  '5', '07', '100', '5-10', '3% - 5%', '10 – 15', '7,5', '1.000', '85 %', '%', '- ', '; ', ', ', '. ', './.', '(', ')', '\n', '  ',
];

/** Arbitrary Unicode text of every kind fast-check offers, plus lone surrogates. */
export const unicodeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 60 }),
);

/** Text made of the language's own fragments, in any order: it reaches deep into the grammar. */
export const fragmentSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS, ...NASTY), fc.constantFrom(' ', '', '\n', ', ')), { maxLength: 25 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** One random edit of a text. */
type Edit = (text: string) => string;

const position = (text: string, r: number): number => Math.floor(r * (text.length + 1));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...NASTY, ...FRAGMENTS)).map(
    ([r, s]): Edit => (t) => t.slice(0, position(t, r)) + s + t.slice(position(t, r)),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 8 })).map(
    ([r, n]): Edit => (t) => t.slice(0, position(t, r)) + t.slice(position(t, r) + n),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...NASTY)).map(
    ([r, s]): Edit => (t) => t.slice(0, position(t, r)) + s + t.slice(position(t, r) + 1),
  ),
  fc.double({ min: 0, max: 1, noNaN: true }).map((r): Edit => (t) => t.slice(0, position(t, r))),
  fc.double({ min: 0, max: 1, noNaN: true }).map((r): Edit => (t) => t.slice(position(t, r))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(
    ([a, b]): Edit => (t) => {
      const [i, j] = [position(t, a), position(t, b)].sort((x, y) => x - y) as [number, number];
      return t.slice(0, j) + t.slice(i, j) + t.slice(j);
    },
  ),
);

/**
 * One to six random edits (insert, delete, replace, truncate either end, duplicate a slice)
 * of one of `texts`.
 *
 * @example
 * fc.sample(mutationOf(['Đạt trên 91%']), 1) // e.g. ['Đạt trê%n 91%']
 */
export function mutationOf(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) => edits.reduce((t, e) => e(t), text));
}
