import { describe, expect, it } from 'vitest';
import { RATE_DOMAIN } from './constraint.js';
import { contains, difference, interval, isEmpty, isSubset, negate, restrict, sameValues, witness } from './interval.js';

describe('interval', () => {
  it('keeps open and closed ends apart at the figure itself', () => {
    expect(contains(interval(['75', false]), '75')).toBe(false);
    expect(contains(interval(['75', true]), '75')).toBe(true);
    expect(contains(interval(['75', false]), '75.0000000000000000000001')).toBe(true);
  });

  it('compares decimals exactly, not as floats', () => {
    // 0.1 + 0.2 as a float is 0.30000000000000004, which would leave [0.3, 0.3] empty of it.
    expect(contains(interval(['0.3', true], ['0.3', true]), '0.30')).toBe(true);
    expect(contains(interval(undefined, ['0.3', true]), '0.30000000000000004')).toBe(false);
  });

  it('knows a degenerate interval is empty only when an end is open', () => {
    expect(isEmpty(interval(['5', true], ['5', true]))).toBe(false);
    expect(isEmpty(interval(['5', false], ['5', true]))).toBe(true);
    expect(isEmpty(interval(['6', true], ['5', true]))).toBe(true);
  });

  it('orders floors: ≥ 80 inside > 75 inside ≥ 75, but > 75 not inside ≥ 80', () => {
    expect(isSubset(interval(['80', true]), interval(['75', false]))).toBe(true);
    expect(isSubset(interval(['75', false]), interval(['75', true]))).toBe(true);
    expect(isSubset(interval(['75', true]), interval(['75', false]))).toBe(false);
    expect(isSubset(interval(['75', false]), interval(['80', true]))).toBe(false);
  });

  it('reads ≥ 100% as exactly 100% once clipped to rates', () => {
    expect(sameValues(restrict(interval(['100', true]), RATE_DOMAIN), interval(['100', true], ['100', true]))).toBe(true);
    expect(isEmpty(restrict(interval(['100', false]), RATE_DOMAIN))).toBe(true);
  });

  it('picks a whole-number witness nearest the preferred end when asked and one exists', () => {
    expect(witness(interval(['5', false], ['7', false]), 'lo', true)).toBe('6');
    expect(witness(interval(['5', false], ['8', true]), 'hi', true)).toBe('8');
    expect(witness(interval(['5', false], ['6', false]), 'lo', true)).toBe('5.5');
    expect(witness(interval(undefined, ['2.5', false]), 'lo', true)).toBe('2');
  });

  it('splits a difference into the part below and the part above', () => {
    const d = difference(interval(['60', true]), interval(['100', true], ['100', true]), RATE_DOMAIN);
    expect(d.below).toEqual(interval(['60', true], ['100', false]));
    expect(isEmpty(d.above)).toBe(true);
  });

  it('picks a witness inside the interval, preferring a written closed end', () => {
    expect(witness(interval(['60', true], ['100', false]))).toBe('60');
    expect(witness(interval(['90', false], ['95', false]))).toBe('92.5');
    expect(witness(interval(['90', false]))).toBe('91');
    expect(witness(interval(undefined, ['0', false]))).toBe('-1');
    expect(witness(interval(['5', false], ['5', false]))).toBeUndefined();
  });

  it('negates an interval, swapping its ends', () => {
    expect(negate(interval(['5', true], ['10', false]))).toEqual(interval(['-10', false], ['-5', true]));
  });
});
