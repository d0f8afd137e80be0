/**
 * Checks on a statement's tokens and items that no clause reading needs to make: a figure or
 * a year that cannot be what the author meant is an error here, before any clause is read,
 * so a verdict never rests on it (`Quý I năm 1.2.3` had a NaN deadline every completion met).
 */
import type { IToken } from 'chevrotain';
import type { BuildContext } from './context.js';
import type { Item, TimingRead } from './items.js';
import { isNumber } from './unread.js';

/** An opening bracket with no partner is an error; a lone `a)` list marker is not. */
export function checkBrackets(ctx: BuildContext, tokens: readonly IToken[]): void {
  const open: IToken[] = [];
  for (const t of tokens) {
    if (t.tokenType.name === 'LParen') open.push(t);
    else if (t.tokenType.name === 'RParen') open.pop();
  }
  if (open[0]) ctx.error('unbalanced_paren', open[0], open[0], [')']);
}

const NEEDS_FIGURE = new Set(['Tu', 'Giam', 'Tang', 'ItNhat', 'ToiThieu', 'KhongDuoi', 'KhongVuotQua', 'ToiDa', 'Tren', 'Duoi', 'Khoang', 'Gte', 'Gt', 'Lte', 'Lt', 'Approx', 'Eq']);

/**
 * A comparator right before `%` lost its figure (`Đạt từ % trở lên`); a number written from its
 * decimal comma (`Giảm ,5%`) lost its whole part — read as it stands it would be a cut of 5%.
 */
export function checkFigures(ctx: BuildContext, tokens: readonly IToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i - 1]!;
    const next = tokens[i]!;
    if (next.tokenType.name === 'Percent' && NEEDS_FIGURE.has(t.tokenType.name)) ctx.error('missing_figure', t, next, ['80%']);
    if (lostWholePart(tokens[i - 2], t, next)) ctx.error('invalid_number', t, next, ['0' + ctx.original(t, next)], '0' + ctx.original(t, next));
  }
}

/** `,5` or `.5` touching its digits and nothing before it (`5%,5 xã` is a list, not this). */
function lostWholePart(before: IToken | undefined, mark: IToken, digits: IToken): boolean {
  if (digits.tokenType.name !== 'NumberLit' || (mark.tokenType.name !== 'Comma' && mark.tokenType.name !== 'Dot')) return false;
  // Tokens carry start offsets only (the lexer tracks no more): an end is start + length.
  if (digits.startOffset !== mark.startOffset + mark.image.length) return false;
  return before === undefined || before.startOffset + before.image.length < mark.startOffset;
}

/** The years the reading may use: a plan's horizon, written in full. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * Every year a baseline, a period or a deadline names is four digits within 1900–2100:
 * `so với năm 1.2.3` is a NaN baseline, `Quý I năm 23` a deadline in 23 AD. A two-digit year
 * gets the suggestion of this century's (`23` → `2023`).
 */
export function checkYears(ctx: BuildContext, items: readonly Item[]): void {
  items.forEach((item, i) => {
    for (const year of yearTokens(item)) checkYear(ctx, year);
    const left = item.kind === 'timing' ? yearLeftOut(item.tokens, items, i) : undefined;
    if (left) checkYear(ctx, left);
  });
}

/**
 * A timing takes its year when it is written in full (`Quý II/2023`, `6 tháng đầu năm 2023`);
 * a short one stays behind it as a word (`Quý II/23`), and the deadline would lose its year
 * without a word.
 */
function yearLeftOut(timing: readonly IToken[], items: readonly Item[], i: number): IToken | undefined {
  const [next, after] = [items[i + 1], items[i + 2]];
  if (next?.kind !== 'word') return undefined;
  if (next.token.tokenType.name === 'Slash') return after?.kind === 'word' && isNumber(after.token) ? after.token : undefined;
  return isNumber(next.token) && /nam$/.test(timing.at(-1)?.image ?? '') ? next.token : undefined;
}

function yearTokens(item: Item): readonly IToken[] {
  switch (item.kind) {
    case 'baseline':
      return item.baseline.kind === 'year' ? item.tokens.filter(isNumber).slice(-1) : [];
    case 'span':
      return item.tokens.filter(isNumber);
    case 'timing':
      return item.timing.flatMap(timingYears);
    default:
      return [];
  }
}

function timingYears(t: TimingRead): readonly IToken[] {
  if (t.kind === 'quarter') return t.year ? [t.year] : [];
  if (t.kind === 'complete_within' || t.kind === 'periodic') return timingYears(t.inner);
  return [];
}

function checkYear(ctx: BuildContext, token: IToken): void {
  const image = token.image;
  const year = /^\d{4}$/.test(image) ? Number(image) : NaN;
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return;
  const suggestion = /^\d{2}$/.test(image) ? `20${image}` : undefined;
  ctx.error('invalid_year', token, token, ['2025'], suggestion);
}
