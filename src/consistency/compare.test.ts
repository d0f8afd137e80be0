import { describe, expect, it } from 'vitest';
import { change, compare, count, qualitative, rate, year, zero } from './clauses.fixture.js';
import { compareConstraints } from './compare.js';
import { satisfies } from './satisfies.js';

const y2022 = year(2022);

describe('compareConstraints', () => {
  it('finds the Cẩm Phả floors stricter than Hải Dương’s, with a value only the higher admits', () => {
    const r = compareConstraints(rate('gte', '80'), rate('gt', '75'));
    expect(r.strictness).toBe('stricter');
    expect(r.reason.code).toBe('subset');
    const margin = r.reason.code === 'subset' ? r.reason.margin.value : '';
    expect(satisfies(rate('gt', '75'), margin)).toBe(true);
    expect(satisfies(rate('gte', '80'), margin)).toBe(false);
    expect(compareConstraints(rate('gt', '91'), rate('gt', '90')).strictness).toBe('stricter');
    expect(compareConstraints(change('decrease', 'gte', '7', y2022), change('decrease', 'gte', '5', y2022)).strictness).toBe('stricter');
  });

  it('finds 60% against 100% looser, with 60% as the counterexample', () => {
    const r = compareConstraints(rate('gte', '60'), rate('eq', '100'));
    expect(r).toEqual({
      strictness: 'looser',
      reason: { code: 'escapes', side: 'below' },
      counterexample: { quantity: { kind: 'rate' }, value: '60' },
    });
  });

  it('finds a strict floor against the same inclusive floor stricter, and the reverse looser at the figure', () => {
    expect(compareConstraints(rate('gt', '90'), rate('gte', '90')).strictness).toBe('stricter');
    const r = compareConstraints(rate('gte', '90'), rate('gt', '90'));
    expect(r.strictness).toBe('looser');
    expect(r.counterexample?.value).toBe('90');
  });

  it('finds = 100% and ≥ 100% equal', () => {
    expect(compareConstraints(rate('gte', '100'), rate('eq', '100')).strictness).toBe('equal');
  });

  it('looks above a ceiling first when lower is better', () => {
    const r = compareConstraints(count('lte', '10', 'vụ'), count('lte', '5', 'vụ'));
    expect(r.strictness).toBe('looser');
    expect(r.reason).toEqual({ code: 'escapes', side: 'above' });
    expect(r.counterexample?.value).toBe('10');
    expect(compareConstraints(zero(), count('lte', '5', 'vụ')).strictness).toBe('stricter');
  });

  it('finds a band looser than a floor inside it, with a value from the band’s bottom', () => {
    const r = compareConstraints(rate('approx', '80'), rate('gte', '78'));
    expect(r.strictness).toBe('looser');
    expect(r.counterexample?.value).toBe('76');
  });

  it('gives a whole-number counterexample for counts', () => {
    const r = compareConstraints(count('gt', '5', 'vụ'), count('gte', '7', 'vụ'));
    expect(r.counterexample?.value).toBe('6');
  });

  it('reads a cut against a rise on the same baseline as looser only where they part', () => {
    const r = compareConstraints(compare('lt', y2022), change('decrease', 'gte', '5', y2022));
    expect(r.strictness).toBe('looser');
    const v = r.counterexample?.value ?? '';
    expect(satisfies(compare('lt', y2022), v) && !satisfies(change('decrease', 'gte', '5', y2022), v)).toBe(true);
  });

  it('does not call a comparison with the baseline at least as strict as a percentage change', () => {
    expect(compareConstraints(compare('gt', y2022), change('increase', 'gte', '0', y2022)).reason).toEqual({ code: 'zero_baseline' });
    // Where the cuts themselves part, the counterexample on a positive base still stands.
    expect(compareConstraints(compare('gt', y2022), change('increase', 'gte', '5', y2022)).strictness).toBe('looser');
  });

  it('does not compare across quantities or without figures', () => {
    expect(compareConstraints(rate('gte', '80'), count('gte', '80', 'vụ'))).toEqual({
      strictness: 'not_comparable',
      reason: { code: 'quantity_mismatch', mismatch: 'kind' },
    });
    expect(compareConstraints(qualitative(), rate('gte', '80')).reason).toEqual({ code: 'uncheckable', which: 'lower', kind: 'qualitative' });
    expect(compareConstraints(rate('gt', '100'), rate('gte', '80')).reason).toEqual({ code: 'impossible_lower' });
  });
});
