import { describe, expect, it } from 'vitest';
import { change, compare, count, delegated, qualitative, rate, year, zero } from './clauses.fixture.js';
import { lintPlan } from './lint.js';
import { plan } from './plan.fixture.js';
import { parseTarget } from '../api/index.js';

const codes = (r: ReturnType<typeof lintPlan>) => r.findings.map((f) => `${f.code}@${f.sites.map((s) => s.metric).join('+')}`);

describe('lintPlan', () => {
  it('finds nothing wrong in well-formed, distinct targets', () => {
    const r = lintPlan(plan([
      { stt: '2.2', description: 'Giải quyết tố giác', clauses: [rate('gt', '91')] },
      { stt: '2.3', description: 'Giảm tội phạm', clauses: [change('decrease', 'gte', '7', year(2022))] },
      { stt: '2.6', description: 'Điều tra, khám phá', clauses: [rate('gte', '80'), rate('gte', '96', { part: 'of_which', subject: 'tội phạm rất nghiêm trọng' })] },
    ]));
    expect(r).toEqual({ findings: [], ok: true });
  });

  it('reports an impossible clause as an error that fails the plan', () => {
    const r = lintPlan(plan([{ stt: '1', clauses: [rate('gt', '100')] }]));
    expect(r.ok).toBe(false);
    expect(r.findings).toMatchObject([{ severity: 'error', code: 'impossible', sites: [{ metric: '1', stt: '1' }], problem: { side: 'above_max' } }]);
  });

  it('compares averages per year over the same period; over different periods it names the mismatch', () => {
    const clauses = (text: string) => parseTarget(text).clauses;
    const contradicting = lintPlan(plan([{ stt: '1', clauses: [...clauses('GRDP tăng bình quân trên 8%/năm giai đoạn 2021-2030'), ...clauses('GRDP tăng bình quân dưới 6%/năm giai đoạn 2021-2030')] }]));
    expect(codes(contradicting)).toEqual(['contradiction@1+1.b']);
    const apart = lintPlan(plan([{ stt: '1', clauses: [...clauses('GRDP tăng bình quân trên 8%/năm giai đoạn 2021-2030'), ...clauses('GRDP tăng bình quân dưới 6%/năm giai đoạn 2026-2030')] }]));
    // Over different years they are different quantities: said, never judged as a contradiction.
    expect(codes(apart)).toEqual(['metric_mismatch@1+1.b']);
    expect(apart.findings[0]).toMatchObject({ severity: 'warning', mismatch: 'baseline' }); // 2020 against 2025
  });

  it('reports two clauses of one target on the same subject that contradict', () => {
    const r = lintPlan(plan([{ stt: '2.3', clauses: [change('decrease', 'gte', '7', year(2022)), compare('gt', year(2022))] }]));
    expect(codes(r)).toEqual(['contradiction@2.3+2.3.b']);
    expect(r.findings[0]).toMatchObject({ by: 'subject', reason: { code: 'disjoint', floorFrom: 'a' } });
    expect(r.ok).toBe(false);
  });

  it('reports redundancy with the implying clause first', () => {
    const r = lintPlan(plan([{ stt: '2.3', clauses: [compare('lt', year(2022)), change('decrease', 'gte', '7', year(2022))] }]));
    expect(codes(r)).toEqual(['redundant@2.3.b+2.3']);
    expect(r.ok).toBe(true);
  });

  it('reports the same target written twice as a duplicate, by its description', () => {
    const r = lintPlan(plan([
      { stt: '2.1', description: 'Tiếp nhận tin báo', clauses: [rate('eq', '100')] },
      { stt: '2.9', description: 'Tiếp nhận  tin báo', clauses: [rate('gte', '100')] },
    ]));
    expect(codes(r)).toEqual(['duplicate@2.1+2.9']);
    expect(r.findings[0]).toMatchObject({ by: 'description' });
  });

  it('reports overlapping bounds on one metric with what both together require', () => {
    const r = lintPlan(plan([{ stt: '5', clauses: [rate('gte', '80'), rate('lte', '90')] }]));
    expect(r.findings).toMatchObject([{ code: 'bound_twice', effective: { lo: { value: '80', closed: true }, hi: { value: '90', closed: true } } }]);
  });

  it('reports each later clause on a metric once, against the earlier clause it clashes with first', () => {
    const r = lintPlan(plan([{ stt: '5', clauses: [rate('gte', '80'), rate('lt', '70'), rate('gte', '90')] }]));
    // 5.c implies 5 (redundant) but contradicts 5.b: the contradiction is what gets reported.
    expect(codes(r)).toEqual(['contradiction@5+5.b', 'contradiction@5.b+5.c']);
    const many = lintPlan(plan(Array.from({ length: 40 }, (_, i) => ({ stt: String(i), description: 'Cùng một chỉ số', clauses: [rate('gt', String(50 + i))] }))));
    expect(many.findings).toHaveLength(39);
    expect(many.findings.every((f) => f.code === 'redundant')).toBe(true);
  });

  it('reports a shared metric id bound to a rate and a count as a mismatch', () => {
    const r = lintPlan(plan([
      { stt: '1', clauses: [rate('gte', '80')], ids: ['x'] },
      { stt: '2', clauses: [count('gte', '5', 'vụ')], ids: ['x'] },
    ]));
    expect(r.findings).toMatchObject([{ code: 'metric_mismatch', by: 'id', mismatch: 'kind' }]);
  });

  it('does not pair sub-populations or differently worded subjects', () => {
    const r = lintPlan(plan([{ stt: '2.10', clauses: [rate('gte', '60', { subject: 'địa bàn trọng điểm' }), rate('lt', '50', { subject: 'địa bàn đã chuyển hóa' })] }]));
    expect(r.findings).toEqual([]);
  });

  it('lists qualitative and delegated clauses as not machine-checkable', () => {
    const r = lintPlan(plan([
      { stt: '1.1', clauses: [delegated()] },
      { stt: '3.1', clauses: [qualitative()] },
    ]));
    expect(r.findings).toMatchObject([
      { severity: 'info', code: 'not_checkable', kind: 'delegated', sites: [{ metric: '1.1' }] },
      { severity: 'info', code: 'not_checkable', kind: 'qualitative', sites: [{ metric: '3.1' }] },
    ]);
    expect(r.ok).toBe(true);
  });

  it('warns about per-unit clauses whose kind of unit has no list of units', () => {
    const p = plan([{ stt: '1.3', clauses: [count('gte', '2', 'lần', { per: 'year', each: 'đơn vị trường học' })] }]);
    expect(lintPlan(p).findings).toMatchObject([{ code: 'unit_without_data', each: 'đơn vị trường học' }]);
    expect(lintPlan(p, { units: { 'Đơn vị trường học': ['THCS Cẩm Đông'] } }).findings).toEqual([]);
    expect(lintPlan(p, { units: { 'đơn vị trường học': [] } }).findings).toHaveLength(1);
  });

  it('resolves so với năm trước against the plan year before comparing', () => {
    const r = lintPlan(plan([{ stt: '7', clauses: [change('decrease', 'gte', '5', { kind: 'previous_year' }), compare('gt', year(2022))] }], 2023));
    expect(codes(r)).toEqual(['contradiction@7+7.b']);
  });

  it('orders findings by line and keeps zero tolerance against a floor as a contradiction', () => {
    const r = lintPlan(plan([
      { stt: 'b', clauses: [zero(), count('gte', '1', 'vụ')], line: 9 },
      { stt: 'a', clauses: [rate('gt', '100')], line: 3 },
    ]));
    expect(codes(r)).toEqual(['impossible@a', 'contradiction@b+b.b']);
  });
});
