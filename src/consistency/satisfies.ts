import type { Clause, DecimalString } from '../ast/types.js';
import { constraintOf, domainOf, type Constraint } from './constraint.js';
import { contains } from './interval.js';

/**
 * A clause or the constraint read from it: every checker function takes either.
 * A clause without a figure (qualitative, delegated, task) is read as `undefined`.
 *
 * @example
 * satisfies(parseTarget('Đạt tỷ lệ từ 80% trở lên').clauses[0]!, '85') // true: a clause
 * satisfies(constraint, '85') // the same, from the constraint read from it
 */
export type Checkable = Clause | Constraint;

/**
 * The constraint of a clause (or the constraint itself), `undefined` when the clause has no figure.
 *
 * @example
 * asConstraint(qualitativeClause) // undefined
 */
export function asConstraint(x: Checkable): Constraint | undefined {
  if ('quantity' in x) return x;
  const r = constraintOf(x);
  return r.checkable ? r.constraint : undefined;
}

/**
 * Whether a value of the constraint's quantity meets it, exactly: the value must be one the
 * quantity can take (a rate in `[0, 100]`, a count `≥ 0`, a cut `≤ 100`) and lie in the
 * constraint's interval. For a change the value is the cut in percent against the baseline.
 *
 * @example
 * satisfies(tren75, '75')      // false: `trên 75%` is strict
 * satisfies(giam7, '7')        // true: a cut of exactly 7% meets `Giảm 07%`
 * satisfies(hoSo550, '549.5')  // false: short of 550
 */
export function satisfies(c: Checkable, value: DecimalString): boolean {
  const constraint = asConstraint(c);
  if (!constraint) return false;
  return contains(domainOf(constraint.quantity).interval, value) && contains(constraint.interval, value);
}
