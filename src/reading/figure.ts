import type { IToken } from 'chevrotain';
import type { Bound, Comparator } from '../ast/types.js';
import { compareDecimals, parseDecimalVi } from '../text/numbers.js';
import { suggestKeyword } from '../diagnostics/suggest.js';
import type { BuildContext } from './context.js';
import type { FigureRead } from './items.js';

/** What a comparator word means before a figure. */
const OPS: Readonly<Record<string, Comparator>> = {
  Gte: 'gte', ItNhat: 'gte', ToiThieu: 'gte', KhongDuoi: 'gte',
  Gt: 'gt', Tren: 'gt', MoreThan: 'gt',
  Lte: 'lte', KhongVuotQua: 'lte', ToiDa: 'lte', XuongCon: 'lte',
  Lt: 'lt', Duoi: 'lt', XuongDuoi: 'lt', LessThan: 'lt',
  Approx: 'approx', Khoang: 'approx',
  Eq: 'eq',
};

const CLOSERS = ['trở lên', 'trở xuống', 'đến'];

/** A figure read from the text: its bound, whether it is a percentage, and its tokens. */
export interface Figure {
  readonly bound: Bound;
  readonly percent: boolean;
  /** The comparator token, when one was written (`ít nhất`, `trên`, `từ`). */
  readonly comparator: IToken | undefined;
  /** A closer written after the unit (`từ 20 buổi trở lên`, `từ 11%/năm trở lên`): not part of the subject. */
  readonly lateCloser?: IToken;
  readonly tokens: readonly IToken[];
}

/** `trở lên` after at most three plain words (the unit of a count). */
function lateCloser(next: readonly IToken[]): IToken | undefined {
  for (const t of next.slice(0, 4)) {
    if (t.tokenType.name === 'TroLen' || t.tokenType.name === 'TroXuong') return t;
    if (t.tokenType.name !== 'Word') return undefined;
  }
  return undefined;
}

/**
 * `xuống 250 xã` is down to 250 (≤), but `giảm tỷ lệ suy dinh dưỡng … xuống 2% so với năm
 * 2024` is a fall by 2 points: a level needs no baseline, and a rate that falls to 2% in a
 * year is not what such plans mean. With a baseline written after it, bare `xuống` is not
 * read as a comparator, and the warning says the reading rests on that choice.
 */
function downToOrBy(ctx: BuildContext, comparator: IToken | undefined, next: readonly IToken[]): IToken | undefined {
  if (comparator?.tokenType.name !== 'XuongCon' || comparator.image !== 'xuong') return comparator;
  const end = next.findIndex((t) => t.tokenType.name === 'Semicolon' || t.tokenType.name === 'TrongDo');
  if (!(end < 0 ? next : next.slice(0, end)).some((t) => t.tokenType.name === 'SoVoi')) return comparator;
  ctx.report('warning', 'construct_not_read', ctx.span(comparator), ctx.original(comparator));
  return undefined;
}

/** `trở lên` after `/năm` (`từ 11%/năm trở lên`): the closer of a percentage per year. */
function closerAfterPer(next: readonly IToken[]): IToken | undefined {
  const closer = next[1];
  if (next[0]?.tokenType.name !== 'Per' || !closer) return undefined;
  return closer.tokenType.name === 'TroLen' || closer.tokenType.name === 'TroXuong' ? closer : undefined;
}

/**
 * Read a `figure` node. `next` are the tokens after it, for a suggestion when a `từ ...`
 * range is not closed (`từ 80% tro le` → did you mean `trở lên`?).
 */
export function readFigure(ctx: BuildContext, read: FigureRead, next: readonly IToken[]): Figure | undefined {
  const { closer } = read;
  const comparator = downToOrBy(ctx, read.comparator, next);
  // In the order the tokens were kept before ranges had labels: comparator, numbers, `%`s, closer.
  const all: IToken[] = comparator ? [comparator, read.value] : [read.value];
  if (read.upper) all.push(read.upper);
  if (read.percent) all.push(read.percent);
  if (read.upperPercent) all.push(read.upperPercent);
  if (closer) all.push(closer);
  const value = parseDecimalVi(read.value.image);
  if (value === undefined) {
    ctx.error('invalid_number', read.value);
    return undefined;
  }
  const stretch = read.upper ? parseDecimalVi(read.upper.image) : undefined;
  if (read.upper && stretch === undefined) {
    ctx.error('invalid_number', read.upper);
    return undefined;
  }
  const percent = read.percent !== undefined || read.upperPercent !== undefined;
  const figure = (bound: Bound): Figure => ({ bound, percent, comparator, tokens: all });

  if (stretch !== undefined) {
    if (compareDecimals(value, stretch) >= 0) {
      ctx.error('inverted_range', read.value, read.upper);
      return undefined;
    }
    return figure({ op: 'gte', value, stretch });
  }
  if (closer) return figure({ op: closer.tokenType.name === 'TroLen' ? 'gte' : 'lte', value });
  const late = comparator?.tokenType.name !== 'Tu' ? undefined : percent ? closerAfterPer(next) : lateCloser(next);
  if (late) return { ...figure({ op: late.tokenType.name === 'TroLen' ? 'gte' : 'lte', value }), lateCloser: late };
  if (comparator?.tokenType.name === 'Tu' && next[0]?.tokenType.name === 'Den') {
    // `từ 80% đến` with nothing after: the range's second figure is what is missing.
    ctx.error('missing_figure', comparator, next[0], [percent ? '90%' : '10']);
    return undefined;
  }
  if (comparator?.tokenType.name === 'Tu') {
    const last = all[all.length - 1] ?? comparator;
    const written = next.slice(0, 2).map((t) => t.image).join(' ');
    const suggestion = suggestKeyword(written, CLOSERS) ?? suggestKeyword(next[0]?.image ?? '', CLOSERS);
    const at = next[0] ?? last;
    ctx.report('error', 'missing_closer', ctx.span(at, next[0] && suggestion ? (next[1] ?? at) : at), ctx.original(comparator, last), CLOSERS, suggestion);
    return undefined;
  }
  return figure({ op: comparator ? OPS[comparator.tokenType.name] ?? 'gte' : 'gte', value });
}
