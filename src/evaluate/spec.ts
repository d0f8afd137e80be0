import type { ChangeClause, Clause } from '../ast/types.js';
import type { JudgeOp } from './judge.js';
import { formFor, type LinearForm, type ValueShape } from './linear.js';
import { fromDecimal, mul, ratio, ZERO, type Rational } from './rational.js';

/** The forms a judgement needs (see `Signs`): one per figure compared against. */
export interface Forms {
  readonly f: LinearForm;
  readonly stretch?: LinearForm;
  readonly lo?: LinearForm;
  readonly hi?: LinearForm;
}

/**
 * What a quantitative clause compares, compiled once: how its value follows from its facts,
 * the comparator, the figure, and the linear forms that decide it exactly.
 */
export interface NumericSpec {
  readonly shape: ValueShape;
  readonly op: JudgeOp;
  /** The bound's figure (0 for zero tolerance; absent for a comparison with a baseline). */
  readonly figure?: Rational;
  readonly stretch?: Rational;
  readonly forms: Forms;
  /** Whether `b` divides (rate, change), so `b = 0` leaves the value undefined. */
  readonly dividesByB: boolean;
}

const APPROX_LO: Rational = ratio(95n, 100n);
const APPROX_HI: Rational = ratio(105n, 100n);

function build(shape: ValueShape, op: JudgeOp, figure: Rational | undefined, stretch?: Rational): NumericSpec {
  const f = figure ?? ZERO;
  const forms: Forms = {
    f: formFor(shape, f),
    ...(stretch && op === 'gte' && { stretch: formFor(shape, stretch) }),
    ...(op === 'approx' && { lo: formFor(shape, mul(f, APPROX_LO)), hi: formFor(shape, mul(f, APPROX_HI)) }),
  };
  const dividesByB = shape === 'rate' || shape === 'decrease' || shape === 'increase' || shape === 'times';
  return { shape, op, ...(figure && { figure }), ...(stretch && { stretch }), forms, dividesByB };
}

/** How a change's value follows from its facts: relative, in points or units, or a multiple. */
function changeShape(clause: ChangeClause): ValueShape {
  if (clause.measure === 'times') return 'times';
  if (clause.measure === undefined) return clause.direction;
  return clause.direction === 'decrease' ? 'drop' : 'rise';
}

/**
 * The numeric spec of a clause, or `undefined` for clauses judged without figures
 * (qualitative, delegated, task). A range's stretch only counts on a floor (`gte`).
 *
 * @example
 * numericSpec(clause).forms.f // for `giảm ≥ 7%`: { alpha: -100n, beta: 93n, gamma: 0n }
 */
export function numericSpec(clause: Clause): NumericSpec | undefined {
  switch (clause.kind) {
    case 'rate':
    case 'count':
    case 'change': {
      const shape: ValueShape = clause.kind === 'change' ? changeShape(clause) : clause.kind;
      const stretch = clause.bound.stretch === undefined ? undefined : fromDecimal(clause.bound.stretch);
      return build(shape, clause.bound.op, fromDecimal(clause.bound.value), stretch);
    }
    case 'compare':
      return build('compare', clause.op, undefined);
    case 'zero':
      return build('count', 'zero', ZERO);
    default:
      return undefined;
  }
}
