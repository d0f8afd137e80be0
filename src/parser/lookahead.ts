/**
 * The grammar's lookahead decisions (its GATEs): what decides between alternatives when one
 * token is not enough, kept apart from the rules (src/parser/parser.ts) so each is named.
 *
 * Every predicate reads tokens through a {@link Lookahead} (`la(1)` is the next token) and
 * never imports chevrotain at run time: category membership (`Comparator`, `Any`) is a Set
 * computed once from the token types' `CATEGORIES`, not chevrotain's `tokenMatcher`.
 */
import type { IToken, TokenType } from 'chevrotain';
import { allTokens, T } from '../tokens/index.js';

/**
 * The token `k` positions ahead (1 = the next token); past the end, an EOF token whose type
 * is none of the grammar's.
 *
 * @example
 * const la: Lookahead = (k) => tokens[pos + k - 1] ?? EOF_TOKEN;
 */
export type Lookahead = (k: number) => IToken;

/** True when `type` is `category` or lists it, directly or through another category. */
function inCategory(type: TokenType, category: TokenType): boolean {
  if (type === category) return true;
  const parents = type.CATEGORIES;
  if (!parents) return false;
  for (const p of parents) if (inCategory(p, category)) return true;
  return false;
}

/**
 * Every token type of `allTokens` that matches `category` (what `CONSUME(category)` accepts).
 *
 * @example
 * categoryMembers(T.Comparator).has(T.Tren) // true
 */
export function categoryMembers(category: TokenType): ReadonlySet<TokenType> {
  return new Set(allTokens.filter((t) => t !== category && inCategory(t, category)));
}

/** The token types `CONSUME(T.Comparator)` accepts. */
export const COMPARATORS = categoryMembers(T.Comparator);
/** The token types `CONSUME(T.Any)` accepts: every lexed token but white space. */
export const ANY = categoryMembers(T.Any);

/** Folded words that name a period in a list after `hàng tháng`: `hàng tháng, quý, năm`. */
const PERIOD_WORDS = new Set(['nam', 'quy', 'thang']);
/** Tokens that can start a timing (the ones needing more than one token are checked by `scheduleAt`). */
const SCHEDULE_START = new Set<TokenType>([T.Quarter, T.Month, T.Half, T.CaNam, T.HangKy, T.TruocNgay, T.HoanThanhTrong, T.DinhKy]);
/** Baseline references that are one token. */
const BASELINE_REF = new Set<TokenType>([T.NamTruoc, T.CungKy, T.HienNay, T.DauKy]);
/** Comparators that may compare with a baseline (`nhiều hơn năm 2022`, `> năm 2022`). */
const COMPARISON = new Set<TokenType>([T.MoreThan, T.LessThan, T.Gt, T.Lt, T.Gte, T.Lte]);

/**
 * A timing starts at `k`: `Quý I`, `trước ngày 15/03/2023`, `Định kỳ (`, `hoàn thành trong`
 * followed by a timing, ...
 *
 * @example
 * scheduleAt(la, 1) // for `trước ngày 15/03/2023`: true; for `trước ngày mai`: false
 */
export function scheduleAt(la: Lookahead, k: number): boolean {
  const t = la(k).tokenType;
  if (t === T.TruocNgay) return la(k + 1).tokenType === T.DateLit;
  if (t === T.HoanThanhTrong) return scheduleAt(la, k + 1);
  if (t === T.DinhKy) {
    const next = la(k + 1).tokenType;
    return next === T.LParen || next === T.HangKy;
  }
  return SCHEDULE_START.has(t);
}

/**
 * `và` joins two timings (`Quý I và cả năm`) when a timing's first token follows it. Only the
 * first token is checked: `quý I và trước ngày` then fails on the missing date.
 *
 * @example
 * scheduleJoinAt(la) // for `và tháng 6`: true; for `và xã`: false
 */
export function scheduleJoinAt(la: Lookahead): boolean {
  return SCHEDULE_START.has(la(2).tokenType);
}

/**
 * `năm 2023` after a quarter (`quý I năm 2023`) belongs to it: `năm` then a number.
 *
 * @example
 * quarterYearAt(la) // for `năm 2023`: true
 */
export function quarterYearAt(la: Lookahead): boolean {
  return la(2).tokenType === T.NumberLit;
}

/**
 * A further period after `hàng tháng`: a comma, then `quý`, `năm` or `tháng`.
 *
 * @example
 * periodListAt(la) // for `, quý`: true; for `, xã`: false
 */
export function periodListAt(la: Lookahead): boolean {
  return la(1).tokenType === T.Comma && PERIOD_WORDS.has(la(2).image);
}

/**
 * `so với` + a complete reference, or `(so) cùng kỳ`.
 *
 * @example
 * baselineAt(la, 1) // for `so với năm 2022`: true; for `so với năm`: false
 */
export function baselineAt(la: Lookahead, k: number): boolean {
  const t = la(k).tokenType;
  return t === T.CungKy || (t === T.SoVoi && baselineRefAt(la, k + 1));
}

/**
 * A complete baseline reference starts at `k`: `năm 2022`, `năm trước`, `cùng kỳ`, `hiện nay`,
 * `đầu kỳ`.
 *
 * @example
 * baselineRefAt(la, 1) // for `năm 2022`: true; for `năm nay`: false
 */
export function baselineRefAt(la: Lookahead, k: number): boolean {
  const t = la(k).tokenType;
  return t === T.Nam ? la(k + 1).tokenType === T.NumberLit : BASELINE_REF.has(t);
}

/**
 * A figure starts at `k`: a number, or a comparator or `từ` before one.
 *
 * @example
 * figureAt(la, 1) // for `trên 91%`: true; for `trên địa bàn`: false
 */
export function figureAt(la: Lookahead, k: number): boolean {
  return la(numberOfFigure(la, k)).tokenType === T.NumberLit;
}

/**
 * Where a figure starting at `k` has its number: past a comparator or `từ`, and past a level
 * noun after a comparator (`dưới mức 3%`, `xuống dưới tỷ lệ 60%`, `không vượt quá mức 3,6%`).
 *
 * @example
 * numberOfFigure(la, 1) // for `dưới mức 3%`: 3 (the `3`); for `91%`: 1
 */
export function numberOfFigure(la: Lookahead, k: number): number {
  const t = la(k).tokenType;
  if (t === T.Tu) return k + 1;
  if (!COMPARATORS.has(t)) return k;
  return k + 1 + levelNounAt(la, k + 1);
}

/**
 * How many tokens a level noun takes at `k` before a number: `mức` 1, `tỷ lệ` 2, else 0. The
 * noun says "the level of", which the comparator already means: `dưới mức 3%` is `< 3%`.
 *
 * @example
 * levelNounAt(la, 1) // for `mức 3%`: 1; for `mức sống`: 0
 */
export function levelNounAt(la: Lookahead, k: number): number {
  const w = la(k).image;
  if (w === 'muc' && la(k + 1).tokenType === T.NumberLit) return 1;
  if ((w === 'ty' || w === 'ti') && la(k + 1).image === 'le' && la(k + 2).tokenType === T.NumberLit) return 2;
  return 0;
}

/**
 * A percentage starts at `k`: a figure whose number, or its range's upper number, has `%`
 * (`7%`, `trên 8%`, `6,5-7%`, `từ 25%`).
 *
 * @example
 * percentAt(la, 1) // for `6,5-7%/năm`: true; for `5 năm`: false
 */
export function percentAt(la: Lookahead, k: number): boolean {
  const at = numberOfFigure(la, k);
  if (la(at).tokenType !== T.NumberLit) return false;
  if (la(at + 1).tokenType === T.Percent) return true;
  return la(at + 1).tokenType === T.Dash && la(at + 2).tokenType === T.NumberLit && la(at + 3).tokenType === T.Percent;
}

/**
 * `hằng năm`, `hàng năm`, `từng năm` at `k`: every year.
 *
 * @example
 * yearlyAt(la, 1) // for `hằng năm`: true; for `hằng quý`: false
 */
export function yearlyAt(la: Lookahead, k: number): boolean {
  const t = la(k);
  return t.tokenType === T.HangKy && t.image.endsWith('nam');
}

/**
 * How many tokens "each year" takes at `k` after a change's verb, before its figure: `hằng
 * năm` 1, `mỗi năm` 2, else 0 (`giảm mỗi năm 1%`; `giảm mỗi năm` before words is no figure's).
 *
 * @example
 * eachYearAt(la, 1) // for `mỗi năm khoảng 1%`: 2; for `mỗi xã`: 0
 */
export function eachYearAt(la: Lookahead, k: number): number {
  const n = yearlyAt(la, k) ? 1 : la(k).tokenType === T.Moi && la(k + 1).tokenType === T.Nam ? 2 : 0;
  return n > 0 && (figureAt(la, k + n) || averageAt(la, k + n)) ? n : 0;
}

/**
 * An average over years starts at `k`: `bình quân`, then `hằng năm` or `đạt` if written, then
 * a percentage (`bình quân 5 năm` is not one: its figure counts years).
 *
 * @example
 * averageAt(la, 1) // for `bình quân đạt trên 8%/năm`: true; for `bình quân đầu người`: false
 */
export function averageAt(la: Lookahead, k: number): boolean {
  if (la(k).tokenType !== T.BinhQuan) return false;
  let at = k + 1;
  if (yearlyAt(la, at)) at++;
  if (la(at).tokenType === T.Dat) at++;
  return percentAt(la, at);
}

const YEAR = /^\d{4}$/;

/**
 * The years of a period at `k`: `giai đoạn 2021-2025`, `thời kỳ từ 2011-2020` (two four-digit
 * years; `giai đoạn tới` and `giai đoạn 2` are plain words).
 *
 * @example
 * yearSpanAt(la, 1) // for `giai đoạn 2021-2025`: true
 */
export function yearSpanAt(la: Lookahead, k: number): boolean {
  if (la(k).tokenType !== T.GiaiDoan) return false;
  const at = la(k + 1).tokenType === T.Tu ? k + 2 : k + 1;
  const from = la(at);
  const to = la(at + 2);
  return from.tokenType === T.NumberLit && YEAR.test(from.image) && la(at + 1).tokenType === T.Dash && to.tokenType === T.NumberLit && YEAR.test(to.image);
}

/**
 * A quantitative core starts at `k`: `không để xảy ra`, `giảm` + a figure or an average, an
 * average, a figure, or a comparison with a baseline (`cao hơn năm 2022`, `> so với cùng kỳ`).
 *
 * @example
 * coreAt(la, 1) // for `giảm 7%`: true; for `giảm nghèo`: false
 */
export function coreAt(la: Lookahead, k: number): boolean {
  const t = la(k).tokenType;
  if (t === T.KhongDe) return true;
  if (t === T.Giam || t === T.Tang) {
    const at = k + 1 + eachYearAt(la, k + 1);
    return figureAt(la, at) || averageAt(la, at);
  }
  if (averageAt(la, k) || figureAt(la, k)) return true;
  return COMPARISON.has(t) && (baselineRefAt(la, k + 1) || (la(k + 1).tokenType === T.SoVoi && baselineRefAt(la, k + 2)));
}

/**
 * A dash or `đến` after a figure makes a range only before a second figure, and after a
 * percentage (`91%`) only before another percentage: `91% - 550 hồ sơ` is two items.
 *
 * @example
 * rangeAt(la, false) // for `- 10%` after `5`: true
 * rangeAt(la, true)  // for `- 550 hồ sơ` after `91%`: false
 */
export function rangeAt(la: Lookahead, percent: boolean): boolean {
  return la(2).tokenType === T.NumberLit && (!percent || la(3).tokenType === T.Percent);
}

