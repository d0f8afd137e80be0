import { describe, expect, it } from 'vitest';
import { change, qualitative, rate, year } from './clauses.fixture.js';
import { comparePlans } from './compare-plans.js';
import { readMapping } from './mapping.js';
import { plan } from './plan.fixture.js';
import { satisfies } from './satisfies.js';

const y2022 = year(2022);
const lower = plan([
  { stt: '2.2', clauses: [rate('gt', '91')] },
  { stt: '2.3', clauses: [change('decrease', 'gte', '7', y2022)] },
  { stt: '2.10', clauses: [rate('gte', '60', { subject: 'địa bàn' }), rate('gte', '85', { subject: 'địa bàn đã chuyển hóa' })] },
  { stt: '3.1', clauses: [qualitative()] },
]);
const higher = plan([
  { stt: 'A', clauses: [change('decrease', 'gte', '5', y2022)] },
  { stt: 'B', clauses: [rate('gt', '90')] },
  { stt: 'C', clauses: [rate('eq', '100'), rate('eq', '100')] },
  { stt: 'D', clauses: [rate('gt', '95')] },
]);
const mapping = {
  pairs: [
    { lower: '2.3', higher: 'A' },
    { lower: '2.2', higher: 'B' },
    { lower: '2.10', higher: 'C' },
    { lower: '2.10.b', higher: 'C.b', note: 'không tái phức tạp' },
    { lower: '3.1', higher: 'B' },
  ],
};

describe('comparePlans', () => {
  it('judges each linked pair, in the lower plan’s order', () => {
    const r = comparePlans(lower, higher, mapping);
    expect(r.pairs.map((p) => `${p.lower.id}/${p.higher.id}:${p.strictness}`)).toEqual([
      '2.2/B:stricter',
      '2.3/A:stricter',
      '2.10/C:looser',
      '2.10.b/C.b:looser',
      '3.1/B:not_comparable',
    ]);
    expect(r.counts).toEqual({ stricter: 2, equal: 0, looser: 2, not_comparable: 1 });
    expect(r.ok).toBe(false);
    expect(r.pairs[3]?.note).toBe('không tái phức tạp');
  });

  it('gives a counterexample that meets the lower and fails the higher', () => {
    const looser = comparePlans(lower, higher, mapping).pairs.filter((p) => p.strictness === 'looser');
    expect(looser.map((p) => p.counterexample?.value)).toEqual(['60', '85']);
    for (const p of looser) {
      expect(satisfies({ ...p.lower.bound!, source: undefined }, p.counterexample!.value)).toBe(true);
      expect(satisfies({ ...p.higher.bound!, source: undefined }, p.counterexample!.value)).toBe(false);
    }
  });

  it('lists higher metrics no pair covers, and mapping ids that name nothing', () => {
    const r = comparePlans(lower, higher, { pairs: [...mapping.pairs, { lower: '9.9', higher: 'Z' }] });
    expect(r.unpairedHigher).toEqual(['D']);
    expect(r.unknownIds).toEqual([{ side: 'lower', id: '9.9' }, { side: 'higher', id: 'Z' }]);
  });

  it('without a mapping, links only metrics both plans name with the same explicit id', () => {
    const l = plan([{ stt: '1', clauses: [rate('gte', '80')], ids: ['dieu-tra'] }, { stt: '2', clauses: [rate('gte', '1')] }]);
    const h = plan([{ stt: 'x', clauses: [rate('gt', '75')], ids: ['dieu-tra'] }, { stt: '2', clauses: [rate('gte', '99')] }]);
    const r = comparePlans(l, h);
    expect(r.pairs.map((p) => `${p.lower.id}:${p.strictness}`)).toEqual(['dieu-tra:stricter']);
    expect(r.ok).toBe(true);
  });

  it('reports whether the lower plan declares that it implements the higher one', () => {
    const h = plan([], 2023, '56/KH-UBND');
    const l = { ...plan([]), header: { ...plan([]).header, implements: [{ number: '56/KH-UBND', text: '56/KH-UBND', span: plan([]).header.span }] } };
    expect(comparePlans(l, h, { pairs: [] }).declared).toBe(true);
    expect(comparePlans(plan([]), h, { pairs: [] }).declared).toBe(false);
  });
});

describe('readMapping', () => {
  it('accepts the mapping format and reports where it is wrong', () => {
    expect(readMapping({ lower: 'a', pairs: [{ lower: '2.3', higher: 'A' }] })).toEqual({ success: true, mapping: { lower: 'a', pairs: [{ lower: '2.3', higher: 'A' }] } });
    const bad = readMapping({ pairs: [{ lower: '2.3' }, { lower: '', higher: 'x', extra: 1 }] });
    expect(bad.success).toBe(false);
    expect(bad.success ? [] : bad.issues.map((i) => i.path)).toEqual(['pairs.0.higher', 'pairs.1.lower', 'pairs.1']);
  });
});
