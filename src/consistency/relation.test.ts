import { describe, expect, it } from 'vitest';
import { change, compare, count, qualitative, rate, year, zero } from './clauses.fixture.js';
import { contradicts, entails } from './relation.js';
import { satisfies } from './satisfies.js';

describe('satisfies', () => {
  it('checks the value against the bound and the domain', () => {
    expect(satisfies(rate('gt', '75'), '75')).toBe(false);
    expect(satisfies(rate('gt', '75'), '75.01')).toBe(true);
    expect(satisfies(rate('gte', '80'), '100.5')).toBe(false); // no rate is above 100%
    expect(satisfies(count('gte', '550', 'hồ sơ'), '549.5')).toBe(false);
    expect(satisfies(count('gte', '550', 'hồ sơ'), '550.5')).toBe(true);
    expect(satisfies(count('lte', '5', 'vụ'), '-1')).toBe(false); // no count is negative
    expect(satisfies(count('gte', '550', 'hồ sơ'), '551')).toBe(true);
    expect(satisfies(change('decrease', 'gte', '7', year(2022)), '7')).toBe(true);
    expect(satisfies(change('decrease', 'gte', '7', year(2022)), '6.99')).toBe(false);
    expect(satisfies(qualitative(), '1')).toBe(false);
  });
});

describe('entails', () => {
  it('orders the seeds’ rate floors', () => {
    expect(entails(rate('gte', '80'), rate('gt', '75'))).toBe(true);
    expect(entails(rate('gt', '75'), rate('gte', '80'))).toBe(false);
    expect(entails(rate('gt', '91'), rate('gt', '90'))).toBe(true);
    expect(entails(rate('gt', '90'), rate('gte', '90'))).toBe(true);
    expect(entails(rate('gte', '90'), rate('gt', '90'))).toBe(false);
  });

  it('treats = 100% and ≥ 100% as the same set of rates', () => {
    expect(entails(rate('gte', '100'), rate('eq', '100'))).toBe(true);
    expect(entails(rate('eq', '100'), rate('gte', '100'))).toBe(true);
  });

  it('does not read counts as whole numbers: data may say 5,5 (an amount), so > 5 does not imply ≥ 6', () => {
    expect(entails(count('gt', '5', 'vụ'), count('gte', '6', 'vụ'))).toBe(false);
    expect(entails(count('gte', '6', 'vụ'), count('gt', '5', 'vụ'))).toBe(true);
    expect(entails(count('gte', '6', 'vụ'), count('gt', '5', 'hồ sơ'))).toBe(false);
  });

  it('orders cuts: giảm 7% implies giảm ít nhất 5% and thấp hơn năm 2022', () => {
    expect(entails(change('decrease', 'gte', '7', year(2022)), change('decrease', 'gte', '5', year(2022)))).toBe(true);
    expect(entails(change('decrease', 'gte', '7', year(2022)), compare('lt', year(2022)))).toBe(true);
    expect(entails(change('decrease', 'gte', '5', year(2022)), change('decrease', 'gte', '7', year(2022)))).toBe(false);
    expect(entails(change('decrease', 'gte', '7', year(2022)), change('decrease', 'gte', '5', year(2021)))).toBe(false);
  });

  it('never lets a comparison with the baseline imply a percentage change, which a base of 0 leaves undefined', () => {
    // `nhiều hơn năm 2022` is met by 2022: 0, 2023: 3; `tăng ≥ 0%` cannot be computed there.
    expect(entails(compare('gt', year(2022)), change('increase', 'gte', '0', year(2022)))).toBe(false);
    expect(entails(compare('lte', year(2022)), change('decrease', 'gte', '0', year(2022)))).toBe(false);
    // `thấp hơn năm 2022` cannot be met at a base of 0, so it still implies `giảm > 0%`.
    expect(entails(compare('lt', year(2022)), change('decrease', 'gt', '0', year(2022)))).toBe(true);
    // The other way round a percentage change is only met on a positive base: no gap.
    expect(entails(change('increase', 'gte', '5', year(2022)), compare('gt', year(2022)))).toBe(true);
  });

  it('reads zero tolerance as implying any ceiling on a count', () => {
    expect(entails(zero(), count('lte', '3', 'vụ'))).toBe(true);
    expect(entails(count('lte', '3', 'vụ'), zero())).toBe(false);
  });

  it('implies nothing across quantities or without a figure', () => {
    expect(entails(rate('gte', '80'), count('gte', '1', 'vụ'))).toBe(false);
    expect(entails(qualitative(), qualitative())).toBe(false);
    expect(entails(rate('gte', '80', { each: 'xã' }), rate('gte', '70'))).toBe(false);
  });
});

describe('contradicts', () => {
  it('finds a floor above a ceiling, and says which', () => {
    const r = contradicts(rate('lt', '70'), rate('gte', '80'));
    expect(r).toEqual({
      contradicts: true,
      reason: { code: 'disjoint', floorFrom: 'b', floor: { value: '80', closed: true }, ceiling: { value: '70', closed: false } },
    });
  });

  it('knows touching ends contradict only when one is open', () => {
    expect(contradicts(rate('lte', '80'), rate('gte', '80')).contradicts).toBe(false);
    expect(contradicts(rate('lt', '80'), rate('gte', '80')).contradicts).toBe(true);
  });

  it('finds that a cut contradicts a required increase', () => {
    expect(contradicts(change('decrease', 'gte', '7', year(2022)), compare('gt', year(2022))).contradicts).toBe(true);
    expect(contradicts(change('decrease', 'gte', '7', year(2022)), change('increase', 'gte', '1', year(2022))).contradicts).toBe(true);
  });

  it('finds zero tolerance against a positive floor, and leaves room between 5 and 6', () => {
    expect(contradicts(zero(), count('gte', '1', 'vụ')).contradicts).toBe(true);
    expect(contradicts(zero(), count('gt', '0', 'vụ')).contradicts).toBe(true);
    expect(contradicts(count('gt', '5', 'triệu đồng'), count('lt', '6', 'triệu đồng')).contradicts).toBe(false);
  });

  it('reports an impossible side as such rather than as a clash', () => {
    expect(contradicts(rate('gt', '100'), rate('gte', '0'))).toEqual({ contradicts: true, reason: { code: 'impossible', which: 'a' } });
  });

  it('never contradicts across quantities, and says why', () => {
    expect(contradicts(rate('lt', '10'), count('gte', '50', 'vụ'))).toEqual({ contradicts: false, mismatch: 'kind' });
    expect(contradicts(qualitative(), rate('gte', '50'))).toEqual({ contradicts: false, mismatch: 'uncheckable' });
  });
});
