/**
 * A percentage given to an amount: `mục tiêu GRDP trên 12,5%`, `Chỉ số sản xuất công nghiệp
 * đạt 9,5%`. An amount is not a share of anything, so the figure is almost always its growth
 * (the plan's shorthand for `tăng trưởng GRDP`), which a rate reading judges only when the data
 * gives the growth itself. The reading stays a level in %, and the warning says what it rests on.
 */
import type { Clause } from '../ast/types.js';
import type { BuildContext } from './context.js';
import { itemTokens } from './core.js';
import type { Item } from './items.js';
import { findRun, firstRunOf } from './unread.js';

/** Amounts and indices of amounts, as folded word runs. */
const AMOUNTS: readonly (readonly string[])[] = [
  ['grdp'], ['gdp'], ['tong', 'san', 'pham'], ['chi', 'so', 'san', 'xuat'], ['gia', 'tri', 'san', 'xuat'], ['kim', 'ngach'],
  ['thu', 'ngan', 'sach'], ['tong', 'von', 'dau', 'tu'], ['tong', 'muc', 'ban', 'le'], ['doanh', 'thu'], ['san', 'luong'],
];

/** Words that make a percentage a share or a rate after all (`tỷ lệ`, `chiếm`, `cơ cấu`), or a growth already named. */
const SHARES: readonly (readonly string[])[] = [
  ['ty', 'le'], ['ti', 'le'], ['ty', 'trong'], ['ti', 'trong'], ['ty', 'suat'], ['chiem'], ['co', 'cau'], ['tang', 'truong'], ['toc', 'do'],
];

/** Words after the figure that name what it is a share of (`35% GRDP`, `95% kế hoạch`, `% dự toán`). */
const BASES = new Set(['grdp', 'gdp', 'du', 'ke', 'tong', 'so', 'cua']);

/** Words after the figure that make it a share of the plan's own figure (`95% kế hoạch được giao`, `100% chỉ tiêu`, `% dự toán`). */
const PLAN_FIGURES: readonly (readonly string[])[] = [['ke', 'hoach'], ['du', 'toan'], ['chi', 'tieu']];

/**
 * Warn what a percentage rests on: `percent_of_amount` when a rate's subject names an amount (see
 * the module comment); `share_of_plan` when the figure is a share of the plan's own figure
 * (`giải ngân đạt 95% kế hoạch được giao`), which is judged only when the data gives that share,
 * not the amount; `per_year_level` when a level is given per year with no verb (`duy trì ở mức
 * 1%-1,5%/năm`), which is almost always a yearly change the text does not say.
 */
export function reportPercentBasis(ctx: BuildContext, before: readonly Item[], after: readonly Item[], span: Clause['span']): void {
  const following = itemTokens(after, false);
  const head = following.slice(0, 2);
  const plan = firstRunOf(head, PLAN_FIGURES);
  if (plan) ctx.report('warning', 'share_of_plan', span, ctx.original(plan[0], plan[1]));
  const perYear = head.find((t) => t.tokenType.name === 'Per' && t.image.replace(/\s+/g, '') === '/nam');
  if (perYear) ctx.report('warning', 'per_year_level', span, ctx.original(perYear, perYear));
  const words = itemTokens(before, false);
  const images = words.map((t) => t.image);
  if (SHARES.some((run) => findRun(images, run) >= 0)) return;
  const next = following[0];
  if (next && BASES.has(next.image)) return;
  const amount = firstRunOf(words, AMOUNTS);
  if (amount) ctx.report('warning', 'percent_of_amount', span, ctx.original(amount[0], amount[1]));
}
