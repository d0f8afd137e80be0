import type { CstNode, IToken } from 'chevrotain';
import type { Bound, Comparator } from '../ast/types.js';
import { compareDecimals, parseDecimalVi } from '../text/numbers.js';
import { suggestKeyword } from '../diagnostics/suggest.js';
import type { BuildContext } from './context.js';

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
  /** A closer written after the unit (`từ 20 buổi trở lên`): not part of the subject. */
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

/** The tokens a `figure` node holds under `name` (children of a figure are all tokens). */
function tokens(node: CstNode, name: string): readonly IToken[] {
  return (node.children[name] ?? NONE) as readonly IToken[];
}
const NONE: readonly IToken[] = [];

/**
 * Read a `figure` node. `next` are the tokens after it, for a suggestion when a `từ ...`
 * range is not closed (`từ 80% tro le` → did you mean `trở lên`?).
 */
export function readFigure(ctx: BuildContext, node: CstNode, next: readonly IToken[]): Figure | undefined {
  const numbers = tokens(node, 'NumberLit');
  const comparator = tokens(node, 'Comparator')[0] ?? tokens(node, 'Tu')[0];
  const closer = tokens(node, 'TroLen')[0] ?? tokens(node, 'TroXuong')[0];
  const percents = tokens(node, 'Percent');
  // In the order written (no spreads: they cost microseconds on Node 20's hot path).
  const all: IToken[] = comparator ? [comparator] : [];
  for (const t of numbers) all.push(t);
  for (const t of percents) all.push(t);
  if (closer) all.push(closer);
  const values = numbers.map((n) => parseDecimalVi(n.image));
  const bad = values.findIndex((v) => v === undefined);
  if (bad >= 0) {
    ctx.error('invalid_number', numbers[bad]!);
    return undefined;
  }
  const [value, stretch] = values as string[];
  const percent = percents.length > 0;
  const figure = (bound: Bound): Figure => ({ bound, percent, comparator, tokens: all });

  if (stretch !== undefined) {
    if (compareDecimals(value!, stretch) >= 0) {
      ctx.error('inverted_range', numbers[0]!, numbers[1]!);
      return undefined;
    }
    return figure({ op: 'gte', value: value!, stretch });
  }
  if (closer) return figure({ op: closer.tokenType.name === 'TroLen' ? 'gte' : 'lte', value: value! });
  const late = comparator?.tokenType.name === 'Tu' && !percent ? lateCloser(next) : undefined;
  if (late) return { ...figure({ op: late.tokenType.name === 'TroLen' ? 'gte' : 'lte', value: value! }), lateCloser: late };
  if (comparator?.tokenType.name === 'Tu' && next[0]?.tokenType.name === 'Den') {
    // `từ 80% đến` with nothing after: the range's second figure is what is missing.
    ctx.error('missing_figure', comparator, next[0], [percent ? '90%' : '10']);
    return undefined;
  }
  if (comparator?.tokenType.name === 'Tu') {
    const last = all[all.length - 1]!;
    const written = next.slice(0, 2).map((t) => t.image).join(' ');
    const suggestion = suggestKeyword(written, CLOSERS) ?? suggestKeyword(next[0]?.image ?? '', CLOSERS);
    const at = next[0] ?? last;
    ctx.report('error', 'missing_closer', ctx.span(at, next[0] && suggestion ? (next[1] ?? at) : at), ctx.original(comparator, last), CLOSERS, suggestion);
    return undefined;
  }
  return figure({ op: comparator ? OPS[comparator.tokenType.name] ?? 'gte' : 'gte', value: value! });
}
