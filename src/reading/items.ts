import type { IToken } from 'chevrotain';
import type { Baseline, YearSpan } from '../ast/types.js';

/**
 * The flat reading of a statement: each segment of the grammar becomes one item, read from
 * the CST by the visitor (./visitor.ts). Clause structure (separators, which measure is the
 * clause's) is decided on items, because free words of the subject may stand anywhere.
 */
export type Item =
  | { readonly kind: 'word'; readonly token: IToken }
  | { readonly kind: 'separator'; readonly token: IToken }
  | { readonly kind: 'timing'; readonly timing: readonly TimingRead[]; readonly tokens: readonly IToken[] }
  | { readonly kind: 'baseline'; readonly baseline: Baseline; readonly tokens: readonly IToken[] }
  | { readonly kind: 'span'; readonly span: YearSpan; readonly tokens: readonly IToken[] }
  | { readonly kind: 'measure'; readonly measure: MeasureRead; readonly tokens: readonly IToken[] };

/**
 * A `figure` as written (con số): its comparator (`trên`, `ít nhất`, `từ`), its number and
 * `%`, a range's upper number (`5-10%`, `từ 5% đến 10%`) and a closer (`trở lên`, `trở xuống`).
 */
export interface FigureRead {
  readonly comparator?: IToken;
  readonly value: IToken;
  readonly percent?: IToken;
  readonly upper?: IToken;
  readonly upperPercent?: IToken;
  readonly closer?: IToken;
}

/**
 * An `average` (bình quân) before a figure: `bình quân 7%/năm`, `bình quân hằng năm từ 25%`;
 * `yearly` is its `hằng năm`.
 */
export interface AverageRead {
  readonly token: IToken;
  readonly yearly?: IToken;
  readonly figure: FigureRead;
}

/**
 * A `measure` (mức chỉ tiêu): `không để xảy ra`, `giảm 7%`, `tăng bình quân 7%`, `bình quân
 * 7%/năm`, `trên 91%`, `cao hơn năm 2022`. A change or a level written with `bình quân` has its
 * `average`.
 */
export type MeasureRead =
  | { readonly kind: 'zero'; readonly token: IToken }
  | { readonly kind: 'change'; readonly verb: IToken; readonly figure: FigureRead; readonly average?: AverageRead }
  | { readonly kind: 'figure'; readonly figure: FigureRead; readonly average?: AverageRead }
  | { readonly kind: 'comparison'; readonly op: IToken; readonly baseline: Baseline };

/** Which alternative of `measure` an item holds. */
export type CoreKind = MeasureRead['kind'];

/** `(6 tháng, 1 năm)` after `định kỳ`: its brackets and the words between. */
export interface PeriodListRead {
  readonly open: IToken;
  readonly words: readonly IToken[];
  readonly close?: IToken;
}

/**
 * One `timingItem` (thời hạn), each with its keyword token: `Quý I năm 2024`, `tháng 6`,
 * `6 tháng đầu năm`, `cả năm`, `hằng tháng, quý`, `trước ngày 15/4/2024`, `hoàn thành trong
 * quý II`, `định kỳ hàng quý`, `định kỳ (6 tháng, 1 năm)`.
 */
export type TimingRead =
  | { readonly kind: 'quarter'; readonly token: IToken; readonly year?: IToken }
  | { readonly kind: 'month'; readonly token: IToken }
  | { readonly kind: 'half'; readonly token: IToken }
  | { readonly kind: 'whole_year'; readonly token: IToken }
  | { readonly kind: 'every'; readonly token: IToken; readonly more: readonly IToken[] }
  | { readonly kind: 'before'; readonly token: IToken; readonly date: IToken }
  | { readonly kind: 'complete_within'; readonly token: IToken; readonly inner: TimingRead }
  | { readonly kind: 'periodic'; readonly token: IToken; readonly inner: TimingRead }
  | { readonly kind: 'period_list'; readonly token: IToken; readonly list: PeriodListRead };

/** A statement's tokens and where each of its segments ends in them (from the parser). */
export interface Segments {
  readonly tokens: readonly IToken[];
  readonly segmentEnds: readonly number[];
}

/**
 * The folded image of the item at `k` when it is a plain word (`undefined` past the end or for
 * a measure, a baseline or a timing): how the reading looks a word or two around a figure.
 */
export function wordAt(items: readonly Item[], k: number): string | undefined {
  const it = items[k];
  return it?.kind === 'word' ? it.token.image : undefined;
}
