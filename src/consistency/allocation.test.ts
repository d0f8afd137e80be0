import type { Comparator } from '../ast/types.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation, checkPlanAllocation } from './allocation.js';
import { count, rate, zero } from './clauses.fixture.js';
import { exact } from './decimal.js';
import { satisfies } from './satisfies.js';
import { plan } from './plan.fixture.js';

const hoSo = (op: Comparator, v: string) => count(op, v, 'hồ sơ');
const wards = (...figures: number[]) => figures.map((f, i) => ({ unit: `Phường ${i + 1}`, bound: hoSo('gte', String(f)) }));

describe('checkAllocation', () => {
  it('covers 550 hồ sơ when the wards’ floors add up to 550 or more', () => {
    const r = checkAllocation(hoSo('gte', '550'), wards(200, 150, 120, 80));
    expect(r.status).toBe('covers');
    expect(r.status === 'covers' && r.total).toEqual({ lo: { value: '550', closed: true } });
  });

  it('is short when the floors add up to less, with every ward at its floor as the counterexample', () => {
    const r = checkAllocation(hoSo('gte', '550'), wards(200, 150, 120, 70));
    expect(r).toMatchObject({ status: 'short', counterexample: { total: '540', parts: [{ unit: 'Phường 1', value: '200' }, {}, {}, { unit: 'Phường 4', value: '70' }] } });
  });

  it('reads strict floors exactly: > 100 per ward twice covers > 200 but not ≥ 201 (an amount may be 200,5)', () => {
    const two = (op: 'gt' | 'gte', v: string) => [{ unit: 'a', bound: hoSo(op, v) }, { unit: 'b', bound: hoSo(op, v) }];
    expect(checkAllocation(hoSo('gt', '200'), two('gt', '100')).status).toBe('covers');
    const r = checkAllocation(hoSo('gte', '201'), two('gt', '100'));
    expect(r.status).toBe('short');
    if (r.status === 'short') {
      for (const p of r.counterexample.parts) expect(satisfies(hoSo('gt', '100'), p.value)).toBe(true);
      expect(satisfies(hoSo('gte', '201'), r.counterexample.total)).toBe(false);
    }
  });

  it('checks a ceiling split across units against the sum of their ceilings', () => {
    const r = checkAllocation(count('lte', '10', 'vụ'), [{ unit: 'a', bound: count('lte', '6', 'vụ') }, { unit: 'b', bound: count('lte', '6', 'vụ') }]);
    expect(r).toMatchObject({ status: 'short', counterexample: { total: '12' } });
    expect(checkAllocation(count('lte', '10', 'vụ'), [{ unit: 'a', bound: zero() }, { unit: 'b', bound: count('lte', '10', 'vụ') }]).status).toBe('covers');
  });

  it('refuses what does not add up', () => {
    expect(checkAllocation(rate('gte', '80'), wards(1))).toEqual({ status: 'not_checkable', problem: { code: 'not_a_count' } });
    expect(checkAllocation(hoSo('gte', '5'), [{ unit: 'x', bound: count('gte', '5', 'vụ') }])).toEqual({ status: 'not_checkable', problem: { code: 'quantity_mismatch', unit: 'x' } });
    expect(checkAllocation(hoSo('gte', '5'), [])).toEqual({ status: 'not_checkable', problem: { code: 'no_parts' } });
  });

  it('is sound: a short allocation’s counterexample meets every part and fails the whole; a covering one never fails', () => {
    const ops = ['gte', 'gt', 'lte', 'lt', 'eq', 'approx'] as const;
    const share = fc.tuple(fc.constantFrom(...ops), fc.integer({ min: 0, max: 60 }));
    const value = fc.integer({ min: 0, max: 1600 }).map((n) => String(n / 20));
    fc.assert(
      fc.property(share, fc.array(share, { minLength: 1, maxLength: 5 }), fc.array(value, { minLength: 5, maxLength: 5 }), ([wop, wv], ps, tries) => {
        const whole = hoSo(wop, String(wv * 3));
        const parts = ps.map(([op, v], i) => ({ unit: `u${i}`, bound: hoSo(op, String(v)) }));
        const r = checkAllocation(whole, parts);
        if (r.status === 'short') {
          r.counterexample.parts.forEach((p, i) => expect(satisfies(parts[i]!.bound, p.value)).toBe(true));
          expect(satisfies(whole, r.counterexample.total)).toBe(false);
        }
        if (r.status === 'covers') {
          const values = parts.map((_, i) => tries[i] ?? '0');
          if (values.every((v, i) => satisfies(parts[i]!.bound, v))) {
            expect(satisfies(whole, values.reduce((s, v) => s.plus(v), exact(0)).toFixed())).toBe(true);
          }
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('checkPlanAllocation', () => {
  const city = plan([{ stt: '3.3', description: 'Lập hồ sơ cai nghiện', clauses: [count('gte', '550', 'hồ sơ')] }]);
  const ward = (figure: string, stt = '3.3') => plan([{ stt, clauses: [count('gte', figure, 'hồ sơ')] }]);

  it('reads each unit’s share from its own plan, by the same metric id or a named one', () => {
    const r = checkPlanAllocation(city, '3.3', [
      { unit: 'Cẩm Đông', plan: ward('300') },
      { unit: 'Cẩm Tây', plan: ward('240', '5'), metric: '5' },
    ]);
    expect(r).toMatchObject({ status: 'short', counterexample: { total: '540', parts: [{ unit: 'Cẩm Đông', value: '300' }, { unit: 'Cẩm Tây', value: '240' }] } });
    expect(checkPlanAllocation(city, '3.3', [{ unit: 'a', plan: ward('300') }, { unit: 'b', plan: ward('250') }]).status).toBe('covers');
  });

  it('names a metric id that is not there', () => {
    expect(checkPlanAllocation(city, '9', [])).toEqual({ status: 'not_checkable', problem: { code: 'unknown_metric', metric: '9' } });
    expect(checkPlanAllocation(city, '3.3', [{ unit: 'a', plan: ward('1', '4') }])).toEqual({ status: 'not_checkable', problem: { code: 'unknown_metric', unit: 'a', metric: '3.3' } });
  });
});
