import type { DecimalString } from '../ast/types.js';
import { constraintOf, domainOf, partsAtZeroBase, type Constraint, type Quantity, type UncheckableKind } from './constraint.js';
import { difference, isEmpty, restrict, witness, type Domain, type Interval } from './interval.js';
import { quantityMismatch, type QuantityMismatch } from './quantity.js';
import { asConstraint, type Checkable } from './satisfies.js';

/**
 * How a lower plan's clause stands against the higher plan's clause it implements ("đạt và vượt"):
 * - `stricter`: every value meeting the lower meets the higher, and some value meeting the higher fails the lower
 * - `equal`: the two admit the same values
 * - `looser`: some value meets the lower and fails the higher (the `counterexample`)
 * - `not_comparable`: different quantities, no figure, an impossible lower clause, or a lower
 *   comparison with the baseline (`nhiều hơn năm 2022`) against a higher percentage change that
 *   agree on every positive base but part at a base of 0 (`zero_baseline`), where the
 *   percentage is undefined
 *
 * @example
 * const clause = (s: string) => parseTarget(s).clauses[0]!
 * compareConstraints(clause('Giảm 07% so với năm 2022'), clause('Giảm 05% so với năm 2022')).strictness // 'stricter'
 */
export type Strictness = 'stricter' | 'equal' | 'looser' | 'not_comparable';

/**
 * A value of a quantity that tells two clauses apart; for a change, the cut in percent.
 *
 * @example
 * // `Đạt tỷ lệ từ 60% trở lên` against `Đạt tỷ lệ từ 80% trở lên`: 60% meets the first, fails the second
 * ({ quantity: { kind: 'rate' }, value: '60' })
 */
export interface Witness {
  readonly quantity: Quantity;
  readonly value: DecimalString;
}

/**
 * Why a pair was judged as it was.
 *
 * @example
 * compareConstraints(clause('Đạt tỷ lệ từ 90% trở lên'), clause('Đạt tỷ lệ từ 80% trở lên')).reason
 * // { code: 'subset', margin: { quantity: { kind: 'rate' }, value: '80' } }
 * compareConstraints(clause('Đạt tỷ lệ từ 80% trở lên'), clause('550 hồ sơ')).reason
 * // { code: 'quantity_mismatch', mismatch: 'kind' }
 */
export type StrictnessReason =
  | { readonly code: 'subset'; readonly margin: Witness }
  | { readonly code: 'same_values' }
  | { readonly code: 'escapes'; readonly side: 'below' | 'above' }
  | { readonly code: 'quantity_mismatch'; readonly mismatch: QuantityMismatch }
  | { readonly code: 'uncheckable'; readonly which: 'lower' | 'higher'; readonly kind: UncheckableKind }
  | { readonly code: 'impossible_lower' }
  | { readonly code: 'zero_baseline' };

/**
 * The judgement on one pair. `counterexample` is present exactly when `strictness` is `looser`:
 * a value that meets the lower clause and fails the higher one.
 *
 * @example
 * compareConstraints(clause('Đạt tỷ lệ từ 60% trở lên'), clause('Đạt tỷ lệ từ 80% trở lên'))
 * // { strictness: 'looser', reason: { code: 'escapes', side: 'below' }, counterexample: { quantity: { kind: 'rate' }, value: '60' } }
 */
export interface PairStrictness {
  readonly strictness: Strictness;
  readonly reason: StrictnessReason;
  readonly counterexample?: Witness;
}

/**
 * Judge a lower plan's clause against the higher plan's clause on the same metric.
 * A counterexample is chosen on the worse side of the higher clause when it has one
 * (below a floor, above a ceiling) and at the lower clause's own written figure when possible.
 *
 * @example
 * compareConstraints(rate('gte', '60'), rate('eq', '100'))
 * // { strictness: 'looser', reason: { code: 'escapes', side: 'below' }, counterexample: { value: '60', ... } }
 * compareConstraints(change('decrease', 'gte', '7', y2022), change('decrease', 'gte', '5', y2022)).strictness // "stricter"
 */
export function compareConstraints(lower: Checkable, higher: Checkable): PairStrictness {
  const cl = asConstraint(lower);
  const ch = asConstraint(higher);
  if (!cl) return uncheckable('lower', lower);
  if (!ch) return uncheckable('higher', higher);
  const mismatch = quantityMismatch(cl.quantity, ch.quantity);
  if (mismatch) return { strictness: 'not_comparable', reason: { code: 'quantity_mismatch', mismatch } };
  const domain = domainOf(cl.quantity);
  const l = restrict(cl.interval, domain);
  const h = restrict(ch.interval, domain);
  if (isEmpty(l)) return { strictness: 'not_comparable', reason: { code: 'impossible_lower' } };
  const escape = escapeOf(l, h, ch, domain);
  if (escape) {
    return { strictness: 'looser', reason: { code: 'escapes', side: escape.side }, counterexample: { quantity: cl.quantity, value: escape.value } };
  }
  if (partsAtZeroBase(cl, ch)) return { strictness: 'not_comparable', reason: { code: 'zero_baseline' } };
  const margin = escapeOf(h, l, cl, domain);
  if (!margin) return { strictness: 'equal', reason: { code: 'same_values' } };
  return { strictness: 'stricter', reason: { code: 'subset', margin: { quantity: cl.quantity, value: margin.value } } };
}

function uncheckable(which: 'lower' | 'higher', c: Checkable): PairStrictness {
  const r = 'quantity' in c ? undefined : constraintOf(c);
  const kind: UncheckableKind = r && !r.checkable ? r.kind : 'qualitative';
  return { strictness: 'not_comparable', reason: { code: 'uncheckable', which, kind } };
}

/**
 * A value of `a` outside `b`, if any, and on which side of `b` it falls. The side that is worse
 * for `b` comes first (below a floor, above a ceiling), so the example reads as a shortfall.
 */
function escapeOf(a: Interval, b: Interval, bSource: Constraint, domain: Domain): { side: 'below' | 'above'; value: DecimalString } | undefined {
  const { below, above } = difference(a, b, domain);
  const order: readonly ('below' | 'above')[] = bSource.direction === 'lower' ? ['above', 'below'] : ['below', 'above'];
  for (const side of order) {
    const part = side === 'below' ? below : above;
    // Below b, the lo end is a's own figure (the example reads "60% meets ≥ 60%"); above b, the
    // hi end is. Whole numbers read better than midpoints (`91%` rather than `92,5%`).
    const value = witness(part, side === 'below' ? 'lo' : 'hi', true);
    if (value !== undefined) return { side, value };
  }
  return undefined;
}
