import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Bound, Clause, Comparator } from '../ast/types.js';
import { fastDecider } from './fast.js';
import { judge } from './judge.js';
import { fromDecimal } from './rational.js';
import { signsAt } from './signs.js';
import { numericSpec } from './spec.js';
import type { Target } from '../ast/types.js';
import { parseTarget } from '../api/index.js';
import { parseObservations, parseObservationsJson } from '../data/parse-observations.js';
import { compileTarget } from './compile.js';
import { evaluateTarget } from './evaluate.js';

const span = { start: 0, end: 0, line: 1, column: 1 };
const subject = { before: '', after: '' };

function clauseOf(kind: 'rate' | 'count' | 'decrease' | 'increase' | 'compare' | 'zero', bound: Bound): Clause {
  const base = { part: 'main' as const, subject, span };
  switch (kind) {
    case 'rate':
      return { ...base, kind, bound };
    case 'count':
      return { ...base, kind, bound, unit: 'vụ' };
    case 'decrease':
    case 'increase':
      return { ...base, kind: 'change', direction: kind, bound, baseline: { kind: 'year', year: 2022 } };
    case 'compare':
      return { ...base, kind, op: bound.op === 'eq' || bound.op === 'approx' ? 'gte' : bound.op, baseline: { kind: 'year', year: 2022 } };
    case 'zero':
      return { ...base, kind, verb: 'occur' };
  }
}

const arbKind = fc.constantFrom('rate', 'count', 'decrease', 'increase', 'compare', 'zero' as const);
const arbOp = fc.constantFrom<Comparator>('gte', 'gt', 'lte', 'lt', 'eq', 'approx');
const arbFigure = fc.tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 3 })).map(([n, s]) => (n / 10 ** s).toFixed(s));
const arbBound = fc.record({ op: arbOp, value: arbFigure }).chain((b) =>
  b.op === 'gte' ? fc.option(arbFigure, { nil: undefined }).map((s) => (s !== undefined && Number(s) > Number(b.value) ? { ...b, stretch: s } : b)) : fc.constant(b),
);
/** Facts across the fast range's edges: small and huge integers, and decimals. */
const arbFact = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 1, 2 ** 53, 2 ** 53 + 2, 1e21, 0.1, 0.3),
);

/** The reference: exact BigInt judgement of the facts' decimal spellings. */
function reference(clause: Clause, a: number, b: number): string {
  const spec = numericSpec(clause)!;
  if (spec.dividesByB && b === 0) return 'no_data';
  // A rate is at most 100%: a numerator above its denominator has no rate.
  if (clause.kind === 'rate' && a > b) return 'no_data';
  const r = (x: number) => fromDecimal(decimalOf(x));
  return judge(spec.op, signsAt(spec, r(a), r(b)));
}

function decimalOf(x: number): string {
  const [m = '0', e = '0'] = x.toExponential().split('e');
  const [i = '0', f = ''] = m.split('.');
  const exp = Number(e) - f.length;
  const digits = i + f;
  if (exp >= 0) return digits + '0'.repeat(exp);
  const padded = digits.padStart(-exp + 1, '0');
  return `${padded.slice(0, exp)}.${padded.slice(exp)}`;
}

describe('fastDecider', () => {
  it('agrees with the exact BigInt judgement for every comparator, shape and fact size', () => {
    fc.assert(
      fc.property(arbKind, arbBound, arbFact, arbFact, (kind, bound, a, b) => {
        const clause = clauseOf(kind, bound);
        expect(fastDecider(numericSpec(clause)!)(a, b)).toBe(reference(clause, a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees exactly on and around every boundary (small integers hit them often)', () => {
    const small = fc.integer({ min: 0, max: 120 });
    const arbSmallBound = fc.record({ op: arbOp, value: small.map(String) }).chain((b) =>
      b.op === 'gte' ? fc.option(small, { nil: undefined }).map((s) => (s !== undefined && s > Number(b.value) ? { ...b, stretch: String(s) } : b)) : fc.constant(b),
    );
    fc.assert(
      fc.property(arbKind, arbSmallBound, small, small, (kind, bound, a, b) => {
        const clause = clauseOf(kind, bound);
        const decide = fastDecider(numericSpec(clause)!);
        // Scaled by 100 as well, so that a rate or change lands exactly on a whole-percent figure.
        for (const [x, y] of [[a, b], [a * 100, b * 100], [b * Number(bound.value), 100 * b], [(100 - Number(bound.value)) * b, 100 * b]] as const) {
          if (x >= 0) expect(decide(x, y)).toBe(reference(clause, x, y));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('gives no_data for facts that are not quantities', () => {
    const decide = fastDecider(numericSpec(clauseOf('rate', { op: 'gte', value: '80' }))!);
    expect([decide(1, 0), decide(-1, 10), decide(Number.NaN, 10), decide(1, Number.POSITIVE_INFINITY)]).toEqual(['no_data', 'no_data', 'no_data', 'no_data']);
    const count = fastDecider(numericSpec(clauseOf('count', { op: 'gte', value: '550' }))!);
    expect([count(550, 0), count(549, 0), count(551, 0)]).toEqual(['met', 'not_met', 'exceeded']);
  });

  it('gives no_data for a rate above 100%, as evaluateTarget does (was exceeded)', () => {
    const decide = compileTarget(parseTarget('Đạt tỷ lệ từ 80% trở lên')).clauses[0]!.decide!;
    expect([decide(100.0000000001, 100), decide(101, 100), decide(2 ** 53, 2 ** 53 - 1), decide(100, 100)]).toEqual(['no_data', 'no_data', 'no_data', 'exceeded']);
    const data = parseObservations({ observations: [{ period: '2023', value: '100.0000000001' }] });
    expect(evaluateTarget('Đạt tỷ lệ từ 80% trở lên', data).clauses[0]!.checks[0]).toMatchObject({ status: 'no_data', reason: 'rate_out_of_range' });
  });

  it('a rate clause: decide(v, 100) is the status evaluateTarget gives a row of v percent, for any v', () => {
    const arbPercent = fc.tuple(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 3 })).map(([n, s]) => (n / 10 ** s).toFixed(s));
    let above = 0;
    fc.assert(
      fc.property(arbBound, arbPercent, (bound, v) => {
        const target = { clauses: [clauseOf('rate', bound)], warnings: [] } as unknown as Target;
        const expected = evaluateTarget(target, parseObservationsJson(`{"observations": [{"period": "2023", "value": ${v}}]}`)).status;
        if (Number(v) > 100) above++;
        expect(compileTarget(target).clauses[0]!.decide!(Number(v), 100)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
    expect(above).toBeGreaterThan(100); // not vacuous: many rates above 100%
  });

  it('points of a rate: decide(current, baseline) is no_data when either rate is above 100, as evaluateTarget says', () => {
    const target = parseTarget('Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm so với năm 2022');
    const decide = compileTarget(target).clauses[0]!.decide!;
    for (const [a, b] of [[99, 101], [101, 99], [3, 5], [100, 100], [3, 100.5]] as const) {
      const data = parseObservations({ observations: [{ period: '2022', value: b }, { period: '2023', value: a }] });
      expect(decide(a, b)).toBe(evaluateTarget(target, data, { period: '2023' }).status);
    }
    expect(decide(99, 101)).toBe('no_data');
    expect(decide(3, 5)).toBe('exceeded');
  });

  it('stays exact where doubles round: 2^53 + 1 cases against 2^53', () => {
    const decide = fastDecider(numericSpec(clauseOf('compare', { op: 'gt', value: '0' }))!);
    // 2^53 + 2 vs 2^53: both exactly representable; the slow path compares them exactly.
    expect(decide(2 ** 53 + 2, 2 ** 53)).toBe('met');
    expect(decide(2 ** 53, 2 ** 53)).toBe('not_met');
  });
});
