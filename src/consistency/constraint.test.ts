import { describe, expect, it } from 'vitest';
import { change, compare, count, delegated, qualitative, rate, year, zero } from './clauses.fixture.js';
import { constraintOf, type Constraint } from './constraint.js';
import { interval } from './interval.js';
import type { Clause } from '../ast/types.js';

function read(clause: Clause): Constraint {
  const r = constraintOf(clause);
  if (!r.checkable) throw new Error('expected a figure');
  return r.constraint;
}

describe('constraintOf', () => {
  it('reads rate comparators as intervals with a direction', () => {
    expect(read(rate('gt', '91'))).toMatchObject({ quantity: { kind: 'rate' }, interval: interval(['91', false]), direction: 'higher' });
    expect(read(rate('lt', '5'))).toMatchObject({ interval: interval(undefined, ['5', false]), direction: 'lower' });
    expect(read(rate('eq', '100'))).toMatchObject({ interval: interval(['100', true], ['100', true]), direction: 'exact' });
  });

  it('reads khoảng X as met from 0.95X: within ±5% is đạt, above the band vượt', () => {
    expect(read(rate('approx', '80'))).toMatchObject({ interval: interval(['76', true]), direction: 'higher' });
    expect(read(count('approx', '550', 'hồ sơ')).interval).toEqual(interval(['522.5', true]));
    // An increase of about 10% is a growth of at least 9.5%: a cut of at most −9.5%.
    expect(read(change('increase', 'approx', '10', year(2022))).interval).toEqual(interval(undefined, ['-9.5', true]));
  });

  it('meets a range from its floor and keeps the stretch', () => {
    const c = read(change('decrease', 'gte', '5', year(2022), { stretch: '10' }));
    expect(c.interval).toEqual(interval(['5', true]));
    expect(c.stretch).toBe('10');
  });

  it('reads a decrease of p as a cut of at least p, and an increase as a negative cut', () => {
    expect(read(change('decrease', 'gte', '7', year(2022)))).toMatchObject({
      quantity: { kind: 'change', baseline: { kind: 'year', year: 2022 } },
      interval: interval(['7', true]),
      direction: 'higher',
    });
    expect(read(change('increase', 'gte', '5', year(2022)))).toMatchObject({ interval: interval(undefined, ['-5', true]), direction: 'lower' });
  });

  it('reads nhiều hơn / thấp hơn năm 2022 as the sign of the cut', () => {
    expect(read(compare('gt', year(2022))).interval).toEqual(interval(undefined, ['0', false]));
    expect(read(compare('lt', year(2022))).interval).toEqual(interval(['0', false]));
  });

  it('reads zero tolerance as a count of exactly 0 in no particular unit', () => {
    const c = read(zero());
    expect(c.quantity).toEqual({ kind: 'count' });
    expect(c.interval).toEqual(interval(['0', true], ['0', true]));
  });

  it('keeps the per-unit quantifier and the frequency period in the quantity', () => {
    expect(read(count('gte', '2', 'lần', { per: 'year', each: 'đơn vị trường học' })).quantity).toEqual({
      kind: 'count',
      unit: 'lần',
      per: 'year',
      each: 'đơn vị trường học',
    });
  });

  it('finds no figure in qualitative and delegated clauses', () => {
    expect(constraintOf(qualitative())).toEqual({ checkable: false, kind: 'qualitative' });
    expect(constraintOf(delegated())).toEqual({ checkable: false, kind: 'delegated' });
  });
});
