/**
 * How plan authors write each token of the target language. The lexer matches folded text
 * (lowercase, no diacritics), so its patterns say `giam`; the reference, the railroad diagrams
 * and the editor grammar need `giảm`. This table is the one place that knows the Vietnamese
 * spelling, and test/grammar/spellings.test.ts checks it against the lexer: every token has an
 * entry, every spelling lexes to its token alone, and a keyword lists exactly its alternatives.
 */

/**
 * What a token is to a plan author.
 * - `comparator`: bounds a figure or a comparison (`trên`, `≥`, `từ ... trở lên`)
 * - `change`: a relative change (`giảm`, `tăng`)
 * - `baseline`: what a change or comparison is measured against (`so với`, `cùng kỳ`)
 * - `verb`: introduces a core and is dropped from the subject (`đạt`, `đảm bảo`)
 * - `zero`, `delegation`, `structure`, `timing`: zero tolerance, `giao chỉ tiêu`, clause
 *   separators and quantifiers, periods and deadlines
 * - `figure`: numbers, dates, `%`
 * - `punctuation`, `word`: everything else the lexer reads
 * - `category`: a token class the parser consumes (`Comparator`, `Any`), never lexed itself
 * - `skipped`: white space
 *
 * @example
 * TOKEN_SPELLINGS.Tren.role // "comparator"
 */
export type TokenRole =
  | 'comparator'
  | 'change'
  | 'baseline'
  | 'verb'
  | 'zero'
  | 'delegation'
  | 'structure'
  | 'timing'
  | 'figure'
  | 'punctuation'
  | 'word'
  | 'category'
  | 'skipped';

/**
 * The author's spellings of one token.
 *
 * @example
 * ({ role: 'change', spellings: ['kéo giảm', 'giảm'] })
 */
export interface TokenSpelling {
  readonly role: TokenRole;
  /**
   * Spellings as written in a plan (NFC, with diacritics). Each one, folded, lexes to this token
   * and nothing else. For a keyword these are exactly the alternatives of its pattern.
   */
  readonly spellings: readonly string[];
  /** The label of the token in diagrams when its spellings are only examples (a pattern). */
  readonly label?: string;
  /** What a custom matcher accepts, for the EBNF (its pattern is code, not a regex). */
  readonly note?: string;
}

/**
 * The spelling of every token in `allTokens` (src/tokens/tokens.ts), keyed by token name.
 *
 * @example
 * TOKEN_SPELLINGS.Giam.spellings // ["kéo giảm", "giảm"]
 */
export const TOKEN_SPELLINGS: Readonly<Record<string, TokenSpelling>> = {
  WhiteSpace: { role: 'skipped', spellings: [' '], label: 'white space, skipped' },

  // Figures
  Half: { role: 'timing', spellings: ['6 tháng đầu năm', '6 tháng cuối năm', '6 tháng đầu năm 2023'], label: '6 tháng đầu|cuối năm [YYYY]' },
  DateLit: { role: 'figure', spellings: ['15/03/2023'], label: 'DD/MM/YYYY' },
  NumberLit: { role: 'figure', spellings: ['07', '7,5', '1.000'], label: 'number' },
  Percent: { role: 'figure', spellings: ['%'] },
  Per: { role: 'timing', spellings: ['/năm', '/quý', '/tháng'], label: '/năm | /quý | /tháng' },

  // Comparators
  Gte: { role: 'comparator', spellings: ['≥', '>='] },
  Lte: { role: 'comparator', spellings: ['≤', '<='] },
  Gt: { role: 'comparator', spellings: ['>'] },
  Lt: { role: 'comparator', spellings: ['<'] },
  Approx: { role: 'comparator', spellings: ['≈', '~'] },
  Eq: { role: 'comparator', spellings: ['='] },
  KhongDe: { role: 'zero', spellings: ['không để xảy ra', 'không để tồn tại', 'không để phát sinh'] },
  KhongDuoi: { role: 'comparator', spellings: ['không dưới'] },
  KhongVuotQua: { role: 'comparator', spellings: ['không vượt quá', 'không quá'] },
  ItNhat: { role: 'comparator', spellings: ['ít nhất'] },
  MoreThan: { role: 'comparator', spellings: ['nhiều hơn', 'cao hơn', 'lớn hơn', 'hơn'] },
  LessThan: { role: 'comparator', spellings: ['ít hơn', 'thấp hơn', 'nhỏ hơn'] },
  ToiThieu: { role: 'comparator', spellings: ['tối thiểu'] },
  ToiDa: { role: 'comparator', spellings: ['tối đa'] },
  XuongDuoi: { role: 'comparator', spellings: ['xuống dưới'] },
  XuongCon: { role: 'comparator', spellings: ['xuống còn'] },
  Khoang: { role: 'comparator', spellings: ['khoảng'] },
  Tren: { role: 'comparator', spellings: ['trên'] },
  Duoi: { role: 'comparator', spellings: ['dưới'] },
  TroLen: { role: 'comparator', spellings: ['trở lên'] },
  TroXuong: { role: 'comparator', spellings: ['trở xuống'] },
  Tu: { role: 'comparator', spellings: ['từ'] },
  Den: { role: 'comparator', spellings: ['đến'] },
  Dat: { role: 'verb', spellings: ['đạt'] },
  DamBao: { role: 'verb', spellings: ['đảm bảo', 'bảo đảm'] },

  // Change and baselines
  Giam: { role: 'change', spellings: ['kéo giảm', 'giảm'] },
  Tang: { role: 'change', spellings: ['tăng'] },
  SoVoi: { role: 'baseline', spellings: ['so với'] },
  CungKy: { role: 'baseline', spellings: ['so cùng kỳ', 'cùng kỳ'] },
  NamTruoc: { role: 'baseline', spellings: ['năm trước'] },
  HienNay: { role: 'baseline', spellings: ['hiện nay'] },
  DauKy: { role: 'baseline', spellings: ['đầu kỳ'] },
  Nam: { role: 'baseline', spellings: ['năm'] },

  // Zero tolerance, delegation, structure
  GiaoChiTieu: { role: 'delegation', spellings: ['giao chỉ tiêu cụ thể', 'giao chỉ tiêu'] },
  TrongDo: { role: 'structure', spellings: ['trong đó'] },
  Rieng: { role: 'structure', spellings: ['riêng'] },
  Moi: { role: 'structure', spellings: ['mỗi'] },
  Va: { role: 'structure', spellings: ['và'] },
  Semicolon: { role: 'punctuation', spellings: [';'] },
  Comma: { role: 'punctuation', spellings: [','] },
  Colon: { role: 'punctuation', spellings: [':'] },
  LParen: { role: 'punctuation', spellings: ['('] },
  RParen: { role: 'punctuation', spellings: [')'] },
  Dot: { role: 'punctuation', spellings: ['./.', '.'] },
  Slash: { role: 'punctuation', spellings: ['/'] },
  Bullet: {
    role: 'structure',
    spellings: ['- '],
    label: '- (bullet)',
    note: 'a "-" followed by white space, at the start or after ".", ";", ":" or a line break',
  },
  Dash: { role: 'punctuation', spellings: ['-', '–'] },

  // Timing
  Quarter: { role: 'timing', spellings: ['quý I', 'quý IV', 'quý 4', 'quý II/2023'], label: 'quý I…IV [/YYYY]' },
  Month: { role: 'timing', spellings: ['tháng 6', 'tháng 6/2023'], label: 'tháng 1…12 [/YYYY]' },
  DateWords: { role: 'word', spellings: ['ngày 05 tháng 4 năm 2023'], label: 'ngày D tháng M [năm YYYY]' },
  CaNam: { role: 'timing', spellings: ['cả năm', 'cả năm 2023'], label: 'cả năm [YYYY]' },
  TruocNgay: { role: 'timing', spellings: ['trước ngày'] },
  HoanThanhTrong: { role: 'timing', spellings: ['hoàn thành trong'] },
  DinhKy: { role: 'timing', spellings: ['định kỳ'] },
  HangKy: { role: 'timing', spellings: ['hằng năm', 'hằng quý', 'hằng tháng', 'hàng tháng'], label: 'hằng năm | hằng quý | hằng tháng' },

  Word: { role: 'word', spellings: ['tuyên', 'hồ'], label: 'word' },
  Other: { role: 'word', spellings: ['"', '…'], label: 'other character' },

  Any: { role: 'category', spellings: [], label: 'any token' },
  Comparator: { role: 'category', spellings: [], label: 'comparator' },
};

/**
 * The diagram label of a token: its spellings, or its `label` when the spellings are examples.
 *
 * @example
 * tokenLabel('Giam') // "kéo giảm | giảm"
 * tokenLabel('NumberLit') // "number"
 */
export function tokenLabel(name: string): string {
  const entry = TOKEN_SPELLINGS[name];
  if (!entry) return name;
  return entry.label ?? entry.spellings.join(' | ');
}
