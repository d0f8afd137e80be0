import type { ChangeClause, Clause } from '../ast/types.js';
import type { JudgeOp } from './judge.js';
import { formFor, type LinearForm, type ValueShape } from './linear.js';
import { compare, fromDecimal, mul, ratio, ZERO, type Rational } from './rational.js';

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
  /**
   * For an average change (`grow`, `shrink`): the number of years its forms are for. The
   * judged period decides it (see `specForYears`); this one is the whole written period, or 1.
   */
  readonly years?: number;
  /**
   * Where the facts have a value besides `b > 0` where `b` divides: `fraction`, a rate's
   * numerator at most its denominator (a rate is at most 100%); `percent`, both facts rates in
   * percent, at most 100 (points of a rate). `evaluateTarget` and every compiled decider refuse
   * facts outside it alike (`no_data`, reason `rate_out_of_range`): see `outOfDomain`.
   */
  readonly domain?: 'fraction' | 'percent';
}

const HUNDRED: Rational = ratio(100n, 1n);

/**
 * Whether two facts lie outside the clause's domain (see `NumericSpec.domain`): a rate above
 * 100%, or points of a rate above 100. One rule for the evaluator and the compiled deciders.
 *
 * @example
 * outOfDomain(numericSpec(parseTarget('Đạt trên 91%').clauses[0]!)!, ratio(101n, 1n), ratio(100n, 1n)) // true
 */
export function outOfDomain(spec: NumericSpec, a: Rational, b: Rational): boolean {
  if (spec.domain === 'fraction') return compare(a, b) > 0;
  if (spec.domain === 'percent') return compare(a, HUNDRED) > 0 || compare(b, HUNDRED) > 0;
  return false;
}

const APPROX_LO: Rational = ratio(95n, 100n);
const APPROX_HI: Rational = ratio(105n, 100n);

const AVERAGE: ReadonlySet<ValueShape> = new Set(['grow', 'shrink']);
const DIVIDES: ReadonlySet<ValueShape> = new Set(['rate', 'decrease', 'increase', 'times', 'grow', 'shrink']);

function build(shape: ValueShape, op: JudgeOp, figure: Rational | undefined, stretch?: Rational, years?: number, domain?: NumericSpec['domain']): NumericSpec {
  const f = figure ?? ZERO;
  const n = years ?? 1;
  const forms: Forms = {
    f: formFor(shape, f, n),
    ...(stretch && op === 'gte' && { stretch: formFor(shape, stretch, n) }),
    ...(op === 'approx' && { lo: formFor(shape, mul(f, APPROX_LO), n), hi: formFor(shape, mul(f, APPROX_HI), n) }),
  };
  const within = domain ?? (shape === 'rate' ? 'fraction' : undefined);
  return {
    shape,
    op,
    ...(figure && { figure }),
    ...(stretch && { stretch }),
    forms,
    dividesByB: DIVIDES.has(shape),
    ...(AVERAGE.has(shape) && { years: n }),
    ...(within && { domain: within }),
  };
}

const byYears = new WeakMap<NumericSpec, Map<number, NumericSpec>>();

/**
 * An average change's spec for `n` years (the judged year minus the baseline year): its forms
 * hold `(1 + f)^n`, so they are built per n, once each. Any other spec is returned as it is.
 *
 * @example
 * specForYears(numericSpec(average7)!, 3).forms.f // { alpha: 1000000n, beta: -1225043n, gamma: 0n }
 */
export function specForYears(spec: NumericSpec, n: number): NumericSpec {
  if (spec.years === undefined || spec.years === n) return spec;
  let built = byYears.get(spec);
  if (!built) byYears.set(spec, (built = new Map()));
  let s = built.get(n);
  if (!s) built.set(n, (s = build(spec.shape, spec.op, spec.figure, spec.stretch, n, spec.domain)));
  return s;
}

/** How a change's value follows from its facts: relative, in points or units, a multiple, or an average. */
function changeShape(clause: ChangeClause): ValueShape {
  if (clause.measure === 'average') return clause.direction === 'decrease' ? 'shrink' : 'grow';
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
      // An average's compiled decider judges its whole written period (end year against the year before it starts).
      const years = clause.kind === 'change' && clause.period ? clause.period.to - clause.period.from + 1 : undefined;
      // Points are points of a rate: both facts are rates in percent.
      const domain = clause.kind === 'change' && clause.measure === 'points' ? 'percent' : undefined;
      return build(shape, clause.bound.op, fromDecimal(clause.bound.value), stretch, years, domain);
    }
    case 'compare':
      return build('compare', clause.op, undefined);
    case 'zero':
      return build('count', 'zero', ZERO);
    default:
      return undefined;
  }
}
