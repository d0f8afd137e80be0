/**
 * A target with its stretch (chỉ tiêu phấn đấu): `đạt 8% trở lên, phấn đấu đạt 8,5%` is one
 * target, a floor of 8% with a stretch of 8,5% (met from 8%, vượt beyond 8,5%), not two targets
 * of which the second never has data of its own.
 */
import type { Bound, Clause } from '../ast/types.js';
import { compareDecimals } from '../text/numbers.js';
import { foldKey } from '../text/fold.js';

type Bounded = Extract<Clause, { bound: Bound }>;

/** The same quantity: same kind, and the same unit, measure, direction and baseline where they apply. */
function sameQuantity(a: Bounded, b: Bounded): boolean {
  if (a.kind === 'rate' && b.kind === 'rate') return true;
  if (a.kind === 'count' && b.kind === 'count') return a.unit === b.unit && a.per === b.per;
  if (a.kind === 'change' && b.kind === 'change') {
    return a.direction === b.direction && a.measure === b.measure && a.unit === b.unit && JSON.stringify(a.baseline) === JSON.stringify(b.baseline);
  }
  return false;
}

/** A clause that is only `phấn đấu [đạt] <figure>`: nothing else in its words. */
function isStretchOnly(c: Clause): c is Bounded {
  if (!('bound' in c) || c.part !== 'main' || c.subject.after !== '' || c.each !== undefined) return false;
  return /^phan dau(?: dat)?$/.test(foldKey(c.subject.before));
}

/**
 * Merge each `phấn đấu` clause into the floor before it, when both bound the same quantity, the
 * floor is inclusive (`≥`, `từ ... trở lên`, a bare figure) and the stretch is higher.
 *
 * @example
 * mergeStretches([rate ≥ 8%, rate ≥ 8,5% 'phấn đấu']) // [rate from 8% to 8,5%]
 */
export function mergeStretches(clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    if (prev && 'bound' in prev && isStretchOnly(c) && sameQuantity(prev, c) && prev.bound.op === 'gte' && prev.bound.stretch === undefined && c.bound.op === 'gte' && c.bound.stretch === undefined && compareDecimals(c.bound.value, prev.bound.value) > 0) {
      const span = { ...prev.span, end: c.span.end };
      out[out.length - 1] = { ...prev, bound: { ...prev.bound, stretch: c.bound.value }, span } as Clause;
      continue;
    }
    out.push(c);
  }
  return out;
}
