import { describe, expect, it } from 'vitest';
import { clauseBindingId, clauseMetricId } from './metric-ids.js';

describe('clauseMetricId', () => {
  it('names the first clause by the base id and later ones b, c, ... as the plan engineer expects', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => clauseMetricId('2.6', i))).toEqual([
      '2.6', '2.6.b', '2.6.c', '2.6.d', '2.6.e', '2.6.f', '2.6.g', '2.6.h',
    ]);
    expect(clauseMetricId('I.3', 9)).toBe('I.3.j');
  });

  it('refuses indices that have no letter', () => {
    expect(() => clauseMetricId('2.6', -1)).toThrow(RangeError);
    expect(() => clauseMetricId('2.6', 26)).toThrow(RangeError);
    expect(() => clauseMetricId('2.6', 1.5)).toThrow(RangeError);
  });

  it('binds an unnamed statement: no metric for the first clause, bare letters after', () => {
    expect([0, 1, 2].map((i) => clauseBindingId(undefined, i))).toEqual([undefined, 'b', 'c']);
    expect(clauseBindingId('2.10', 1)).toBe('2.10.b');
  });
});
