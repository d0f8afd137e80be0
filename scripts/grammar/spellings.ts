/**
 * How plan authors write each token of the target language (keywords: from the tokens'
 * own table, `KEYWORD_SPELLINGS`; here their roles, and the spellings of everything else). The lexer matches folded text
 * (lowercase, no diacritics), so its patterns say `giam`; the reference, the railroad diagrams
 * and the editor grammar need `giảm`. This table is the one place that knows the Vietnamese
 * spelling, and test/grammar/spellings.test.ts checks it against the lexer: every token has an
 * entry, every spelling lexes to its token alone, and a keyword lists exactly its alternatives.
 */
import { KEYWORD_SPELLINGS } from '../../src/tokens/tokens.js';

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

/** A table entry: a literal keyword's spellings come from the tokens themselves. */
type Entry = Omit<TokenSpelling, 'spellings'> & { readonly spellings?: readonly string[] };

/** Fill in every literal keyword's spellings from `KEYWORD_SPELLINGS` (src/tokens/tokens.ts). */
function withKeywords(table: Readonly<Record<string, Entry>>): Readonly<Record<string, TokenSpelling>> {
  return Object.fromEntries(
    Object.entries(table).map(([name, entry]) => {
      const spellings = KEYWORD_SPELLINGS.get(name) ?? entry.spellings;
      if (!spellings) throw new Error(`spellings: ${name} has none`);
      return [name, { ...entry, spellings }];
    }),
  );
}

/**
 * The spelling of every token in `allTokens` (src/tokens/tokens.ts), keyed by token name.
 *
 * @example
 * TOKEN_SPELLINGS.Giam.spellings // ["kéo giảm", "giảm"]
 */
export const TOKEN_SPELLINGS: Readonly<Record<string, TokenSpelling>> = withKeywords({
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
  KhongDe: { role: 'zero' },
  KhongDuoi: { role: 'comparator' },
  KhongVuotQua: { role: 'comparator' },
  ItNhat: { role: 'comparator' },
  MoreThan: { role: 'comparator' },
  LessThan: { role: 'comparator' },
  ToiThieu: { role: 'comparator' },
  ToiDa: { role: 'comparator' },
  XuongDuoi: { role: 'comparator' },
  XuongCon: { role: 'comparator' },
  Khoang: { role: 'comparator' },
  Tren: { role: 'comparator' },
  Duoi: { role: 'comparator' },
  TroLen: { role: 'comparator' },
  TroXuong: { role: 'comparator' },
  Tu: { role: 'comparator' },
  Den: { role: 'comparator' },
  Dat: { role: 'verb' },
  DamBao: { role: 'verb' },

  // Change and baselines
  Giam: { role: 'change' },
  Tang: { role: 'change' },
  SoVoi: { role: 'baseline' },
  CungKy: { role: 'baseline' },
  NamTruoc: { role: 'baseline' },
  HienNay: { role: 'baseline' },
  DauKy: { role: 'baseline' },
  Nam: { role: 'baseline' },
  BinhQuan: { role: 'change' },
  GiaiDoan: { role: 'timing' },

  // Zero tolerance, delegation, structure
  GiaoChiTieu: { role: 'delegation' },
  TrongDo: { role: 'structure' },
  Rieng: { role: 'structure' },
  Moi: { role: 'structure' },
  Va: { role: 'structure' },
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
  TruocNgay: { role: 'timing' },
  HoanThanhTrong: { role: 'timing' },
  DinhKy: { role: 'timing' },
  HangKy: { role: 'timing', spellings: ['hằng năm', 'hằng quý', 'hằng tháng', 'hàng tháng'], label: 'hằng năm | hằng quý | hằng tháng' },

  Word: { role: 'word', spellings: ['tuyên', 'hồ'], label: 'word' },
  Other: { role: 'word', spellings: ['"', '…'], label: 'other character' },

  Any: { role: 'category', spellings: [], label: 'any token' },
  Comparator: { role: 'category', spellings: [], label: 'comparator' },
});

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
