/**
 * The bound of a level (a rate, a count, an amount) as plans write it: a bare figure is a floor,
 * except where less is better (a ceiling, by convention); `gần` is `khoảng`; scale words
 * multiply the figure.
 */
import type { Bound, Clause } from '../ast/types.js';
import { toNfc } from '../text/nfc.js';
import type { BuildContext } from './context.js';
import { itemTokens } from './core.js';
import type { Figure } from './figure.js';
import type { Item } from './items.js';
import { shiftDecimal } from './units.js';
import { firstRunOf } from './unread.js';

/**
 * The bound of a level (a rate, a count, an amount). A bare figure is a floor, except on an
 * indicator where less is better (`tỷ lệ thất nghiệp 3%`, `tỷ lệ hộ nghèo 2%`, `CPI 4%`):
 * there it is a ceiling, by convention, which a warning names (`lower_is_better`). `gần 717 tỷ
 * đồng` (near) is `khoảng`.
 */
export function levelBound(ctx: BuildContext, figure: Figure, before: readonly Item[], after: readonly Item[], span: Clause['span']): Bound {
  if (figure.comparator !== undefined || figure.bound.stretch !== undefined || figure.lateCloser !== undefined) return figure.bound;
  const last = before[before.length - 1];
  if (last?.kind === 'word' && last.token.image === 'gan' && toNfc(ctx.original(last.token)).toLowerCase() === 'gần') return { op: 'approx', value: figure.bound.value };
  // `được chi 94 triệu đồng/người/năm`: what may be spent is an allowance, a ceiling, not a floor.
  if (!figure.percent && allowance(before)) return { op: 'lte', value: figure.bound.value };
  const words = [...itemTokens(before, false), ...itemTokens(after, false)];
  const worse = firstRunOf(words, LOWER_IS_BETTER);
  if (!worse) {
    // `Ngành nông-lâm nghiệp chiếm 38,10%`, `Cơ cấu kinh tế: Nông, lâm, ngư nghiệp 11,9%; Dịch vụ
    // 40,4%`: a share of a structure, which may be meant to fall (and the shares sum to 100).
    const first = last?.kind === 'word' && last.token.image === 'chiem' ? last.token : figure.percent && STRUCTURE.test(ctx.folded.text) ? figure.tokens[0] : undefined;
    if (first) ctx.report('warning', 'share_direction_unwritten', span, ctx.original(first, figure.tokens[figure.tokens.length - 1]!));
    return figure.bound;
  }
  ctx.report('warning', 'lower_is_better', span, ctx.original(worse[0], worse[1]));
  return { op: 'lte', value: figure.bound.value };
}

/** `được chi` (may spend) right before the figure. */
function allowance(before: readonly Item[]): boolean {
  const [a, b] = before.slice(-2);
  return a?.kind === 'word' && b?.kind === 'word' && a.token.image === 'duoc' && b.token.image === 'chi';
}

/** A statement that opens with `Cơ cấu` (a structure): its bare percentages are its shares. */
const STRUCTURE = /^[^a-z0-9]*co cau\b/;

/** Where less is better, as folded word runs of the subject: losses, poverty, deaths, prices. */
const LOWER_IS_BETTER: readonly (readonly string[])[] = [
  ['that', 'thoat'], ['that', 'nghiep'], ['ho', 'ngheo'], ['can', 'ngheo'], ['tu', 'vong'], ['suy', 'dinh', 'duong'],
  ['lam', 'phat'], ['cpi'], ['no', 'cong'], ['boi', 'chi'], ['tang', 'dan', 'so'], ['tai', 'nan'], ['o', 'nhiem'],
  ['lao', 'dong', 'nong', 'nghiep'], ['bo', 'hoc'], ['tai', 'pham'], ['thoi', 'han'],
];

/** A bound whose figures a scale word multiplies (`500 nghìn tấn`: 500.000 tấn). */
export function scaled(bound: Bound, k: number): Bound {
  return { ...bound, value: shiftDecimal(bound.value, k), ...(bound.stretch !== undefined && { stretch: shiftDecimal(bound.stretch, k) }) };
}
