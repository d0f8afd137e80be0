import { describe, expect, it } from 'vitest';
import type { Clause } from '../ast/types.js';
import { change, compare, count, rate, year, zero } from './clauses.fixture.js';
import { constraintOf, type Constraint } from './constraint.js';
import { formatConstraint, formatWitness } from './format.js';
import { interval } from './interval.js';

function c(clause: Clause): Constraint {
  const r = constraintOf(clause);
  if (!r.checkable) throw new Error('no figure');
  return r.constraint;
}

describe('formatConstraint', () => {
  it('prints rates and counts with their comparator and unit', () => {
    expect(formatConstraint(c(rate('gt', '91')))).toBe('> 91%');
    expect(formatConstraint(c(rate('eq', '100')))).toBe('= 100%');
    expect(formatConstraint(c(rate('approx', '80')))).toBe('≥ 76%');
    expect(formatConstraint({ quantity: { kind: 'rate' }, interval: interval(['76', true], ['84', true]), direction: 'exact' })).toBe('từ 76% đến 84%');
    expect(formatConstraint({ quantity: { kind: 'rate' }, interval: interval(['76', true], ['84', true]), direction: 'exact' }, 'en')).toBe('from 76% to 84%');
    expect(formatConstraint(c(count('gte', '1000', 'hồ sơ')))).toBe('≥ 1.000 hồ sơ');
    expect(formatConstraint(c(count('gte', '2', 'lần', { per: 'year', each: 'đơn vị trường học' })))).toBe('mỗi đơn vị trường học: ≥ 2 lần/năm');
    expect(formatConstraint(c(zero()))).toBe('= 0');
  });

  it('prints changes as cuts or rises against their baseline', () => {
    expect(formatConstraint(c(change('decrease', 'gte', '7', year(2022))))).toBe('giảm ≥ 7% so với năm 2022');
    expect(formatConstraint(c(change('increase', 'gt', '2.5', year(2022))))).toBe('tăng > 2,5% so với năm 2022');
    expect(formatConstraint(c(change('increase', 'gt', '2.5', year(2022))), 'en')).toBe('rise > 2.5% against 2022');
    expect(formatConstraint(c(compare('gt', year(2022))))).toBe('> năm 2022');
    expect(formatConstraint(c(compare('lt', { kind: 'same_period_last_year' })))).toBe('< cùng kỳ');
  });
});

describe('formatWitness', () => {
  it('prints a value in the quantity’s own terms', () => {
    expect(formatWitness({ quantity: { kind: 'rate' }, value: '92.5' })).toBe('92,5%');
    expect(formatWitness({ quantity: { kind: 'count', unit: 'hồ sơ' }, value: '549' })).toBe('549 hồ sơ');
    expect(formatWitness({ quantity: { kind: 'change', baseline: year(2022) }, value: '6' })).toBe('giảm 6% so với năm 2022');
    expect(formatWitness({ quantity: { kind: 'change', baseline: year(2022) }, value: '-3' }, 'en')).toBe('a rise of 3% against 2022');
    expect(formatWitness({ quantity: { kind: 'change', baseline: year(2022) }, value: '0' })).toBe('bằng năm 2022');
  });
});
