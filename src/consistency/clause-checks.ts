import type { Bound, Clause, DecimalString } from '../ast/types.js';
import { domainOf, type Constraint } from './constraint.js';
import { exact } from './decimal.js';
import { contains, intersect, isEmpty, restrict, sameValues, type Endpoint } from './interval.js';
import { asConstraint, type Checkable } from './satisfies.js';

/**
 * What is wrong with a single quantitative clause, on its own:
 * - `impossible` (error): no value the quantity can take meets it. `side` says how:
 *   `above_max` (`trên 100%`, a cut above 100%), `below_min` (`dưới 0%`, fewer than 0 cases),
 *   `empty` (the bound itself admits nothing)
 * - `vacuous` (warning): every value meets it (`≥ 0%`, `≤ 100%`): it checks nothing
 * - `negative_figure` (warning): a figure below 0 (`-5%`): a sign is probably lost
 * - `stretch_unreachable` (warning): a range's stretch lies beyond what the quantity can reach
 *   (`từ 90-110%`), so it can never be vượt
 * - `stretch_inverted` (warning): the stretch is on the wrong side of the floor
 *
 * @example
 * clauseProblems(parseTarget('Đạt trên 100%').clauses[0]!)
 * // [{ code: 'impossible', side: 'above_max', limit: { value: '100', closed: true } }]
 */
export type ClauseProblem =
  | { readonly code: 'impossible'; readonly side: 'above_max' | 'below_min' | 'empty'; readonly limit?: Endpoint }
  | { readonly code: 'vacuous' }
  | { readonly code: 'negative_figure'; readonly value: DecimalString }
  | { readonly code: 'stretch_unreachable'; readonly stretch: DecimalString; readonly limit: Endpoint }
  | { readonly code: 'stretch_inverted'; readonly stretch: DecimalString };

/**
 * Check one clause (or constraint) on its own. A clause without a figure has no problems here.
 *
 * @example
 * clauseProblems(rate('gt', '100'))  // [{ code: 'impossible', side: 'above_max', limit: { value: '100', closed: true } }]
 * clauseProblems(rate('gte', '80'))  // []
 */
export function clauseProblems(x: Checkable): readonly ClauseProblem[] {
  const c = asConstraint(x);
  if (!c) return [];
  const problems: ClauseProblem[] = [];
  const figure = figureOf(c.source);
  if (figure && exact(figure.value).isNegative() && !exact(figure.value).isZero()) problems.push({ code: 'negative_figure', value: figure.value });
  const impossible = impossibility(c);
  if (impossible) return [...problems, impossible];
  if (sameValues(restrict(domainOf(c.quantity).interval, domainOf(c.quantity)), restrict(c.interval, domainOf(c.quantity)))) problems.push({ code: 'vacuous' });
  problems.push(...stretchProblems(c));
  return problems;
}

function figureOf(clause: Clause | undefined): Bound | undefined {
  return clause && 'bound' in clause ? clause.bound : undefined;
}

/** Why a constraint admits no value of its quantity, or `undefined` when some value meets it. */
function impossibility(c: Constraint): ClauseProblem | undefined {
  const domain = domainOf(c.quantity);
  if (!isEmpty(restrict(c.interval, domain))) return undefined;
  if (isEmpty(c.interval)) return { code: 'impossible', side: 'empty' };
  const { lo, hi } = domain.interval;
  if (hi && c.interval.lo && isEmpty(intersect({ lo: c.interval.lo }, { hi }))) return { code: 'impossible', side: 'above_max', limit: hi };
  return { code: 'impossible', side: 'below_min', limit: lo! };
}

/** A stretch must lie on the better side of the floor, and within reach of the quantity. */
function stretchProblems(c: Constraint): readonly ClauseProblem[] {
  if (c.stretch === undefined) return [];
  const domain = domainOf(c.quantity);
  const s = exact(c.stretch);
  const { lo, hi } = c.interval;
  if (c.direction === 'higher' && lo && s.lte(exact(lo.value))) return [{ code: 'stretch_inverted', stretch: c.stretch }];
  if (c.direction === 'lower' && hi && s.gte(exact(hi.value))) return [{ code: 'stretch_inverted', stretch: c.stretch }];
  if (!contains(domain.interval, c.stretch)) {
    const limit = c.direction === 'lower' ? domain.interval.lo : domain.interval.hi;
    if (limit) return [{ code: 'stretch_unreachable', stretch: c.stretch, limit }];
  }
  return [];
}
