import { describe, expect, it } from 'vitest';
import { change, count, qualitative, rate, year } from './clauses.fixture.js';
import { clauseProblems } from './clause-checks.js';

const codes = (ps: readonly { code: string }[]) => ps.map((p) => p.code);

describe('clauseProblems', () => {
  it('finds `trên 100%` impossible above the 100% ceiling, and `= 100%` possible', () => {
    expect(clauseProblems(rate('gt', '100'))).toEqual([{ code: 'impossible', side: 'above_max', limit: { value: '100', closed: true } }]);
    expect(clauseProblems(rate('gte', '101'))).toEqual([{ code: 'impossible', side: 'above_max', limit: { value: '100', closed: true } }]);
    expect(clauseProblems(rate('eq', '100'))).toEqual([]);
    expect(clauseProblems(rate('gte', '100'))).toEqual([]);
  });

  it('finds a cut above 100% impossible, and a cut of exactly 100% possible (down to 0)', () => {
    expect(codes(clauseProblems(change('decrease', 'gt', '100', year(2022))))).toEqual(['impossible']);
    expect(codes(clauseProblems(change('decrease', 'gte', '120', year(2022))))).toEqual(['impossible']);
    expect(clauseProblems(change('decrease', 'gte', '100', year(2022)))).toEqual([]);
    // An increase has no ceiling.
    expect(clauseProblems(change('increase', 'gte', '250', year(2022)))).toEqual([]);
  });

  it('finds values below zero impossible and negative figures suspicious', () => {
    expect(clauseProblems(rate('lt', '0'))).toEqual([{ code: 'impossible', side: 'below_min', limit: { value: '0', closed: true } }]);
    expect(codes(clauseProblems(count('lte', '-1', 'vụ')))).toEqual(['negative_figure', 'impossible']);
    expect(codes(clauseProblems(rate('gte', '-5')))).toEqual(['negative_figure', 'vacuous']);
  });

  it('finds a narrow band on a count possible: an amount may fall between whole numbers', () => {
    expect(clauseProblems(count('approx', '0.5', 'triệu đồng'))).toEqual([]);
  });

  it('finds bounds every value meets vacuous', () => {
    expect(codes(clauseProblems(rate('lte', '100')))).toEqual(['vacuous']);
    expect(codes(clauseProblems(count('gte', '0', 'hồ sơ')))).toEqual(['vacuous']);
    expect(codes(clauseProblems(count('gte', '1', 'hồ sơ')))).toEqual([]);
  });

  it('checks a range’s stretch', () => {
    expect(clauseProblems(change('decrease', 'gte', '5', year(2022), { stretch: '10' }))).toEqual([]);
    expect(codes(clauseProblems(rate('gte', '90', { stretch: '110' })))).toEqual(['stretch_unreachable']);
    expect(codes(clauseProblems(change('decrease', 'gte', '10', year(2022), { stretch: '5' })))).toEqual(['stretch_inverted']);
    // An increase of 5–10% is a cut of at most −5 with stretch −10: the right way round.
    expect(clauseProblems(change('increase', 'gte', '5', year(2022), { stretch: '10' }))).toEqual([]);
  });

  it('has nothing to say about a clause without a figure', () => {
    expect(clauseProblems(qualitative())).toEqual([]);
  });
});
