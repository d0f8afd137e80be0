import { describe, expect, it } from 'vitest';
import { parseObservations } from '../data/parse-observations.js';
import { parsePlan } from '../plan/parse-plan.js';
import { evaluatePlan } from './evaluate-plan.js';
import type { ClauseFigures, PlanReport } from './types.js';

const PLAN = `Số: 7/KH-UBND
Cơ quan ban hành: Ủy ban nhân dân huyện Thử
Năm: 2023

1. Chỉ tiêu

Chỉ tiêu 1.1: Hồ sơ
  Chỉ tiêu thực hiện: 550 hồ sơ

Chỉ tiêu 1.2: Giải quyết tin báo
  Chỉ tiêu thực hiện: Đạt trên 91%

Chỉ tiêu 1.3: Giảm tội phạm
  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022

Chỉ tiêu 1.4: Tỷ lệ tái phạm
  Chỉ tiêu thực hiện: dưới 4%

Chỉ tiêu 1.5: Không để xảy ra
  Chỉ tiêu thực hiện: Không để xảy ra.
`;

function figures(rows: unknown[], asOf: string): Map<string, ClauseFigures> {
  const report: PlanReport = evaluatePlan(parsePlan(PLAN), parseObservations({ observations: rows }), { asOf });
  return new Map(report.groups.flatMap((g) => g.entries.flatMap((e) => (e.kind === 'target' ? (e.figures ?? []).map((f) => [f.metric ?? e.stt, f] as const) : []))));
}

describe('the figures of a sơ kết / tổng kết', () => {
  it('gives an annual count judged at mid-year as its share of the year’s plan, not a failure', () => {
    const f = figures([{ metric: '1.1', period: '2023-H1', value: 260 }, { metric: '1.1', period: '2022-H1', value: 240 }], '2023-06-30').get('1.1')!;
    expect(f.status).toBe('not_due');
    expect(f.plan).toBe('≥ 550 hồ sơ');
    expect(f.result).toMatchObject({ value: '260', exact: true, unit: 'hồ sơ' });
    // 260 / 550 = 47.2727…: rounded, and said to be rounded
    expect(f.shareOfPlan).toEqual({ value: '47.27', exact: false, ofYear: true });
    // cùng kỳ: 2022-H1, +8.33% (20 / 240)
    expect(f.samePeriod).toMatchObject({ period: '2022-H1', value: '240', change: { value: '8.33', exact: false, unit: 'percent' } });
  });

  it('computes a rate’s share from its exact fraction, and its change from the same period in points', () => {
    const rows = [
      { metric: '1.2', period: '2023', numerator: 1180, denominator: 1250 },
      { metric: '1.2', period: '2022', numerator: 90, denominator: 100 },
    ];
    const f = figures(rows, '2023-12-31').get('1.2')!;
    expect(f.result).toMatchObject({ value: '94.4', exact: true, numerator: '1180', denominator: '1250', unit: '%' });
    // 94.4 / 91 = 1.03736…
    expect(f.shareOfPlan).toEqual({ value: '103.74', exact: false, ofYear: false });
    expect(f.samePeriod?.change).toEqual({ value: '4.4', exact: true, unit: 'percentage_point' });
    expect(f.early).toBeUndefined();
  });

  it('gives no share of plan where it would not mean "how much of the plan": a ceiling, a zero tolerance, a change', () => {
    const rows = [
      { metric: '1.3', period: '2023', value: 380 },
      { metric: '1.3', period: '2022', value: 412 },
      { metric: '1.4', period: '2023', value: 3 },
      { metric: '1.5', period: '2023', value: 0 },
    ];
    const all = figures(rows, '2023-12-31');
    for (const id of ['1.3', '1.4', '1.5']) expect(all.get(id)?.shareOfPlan, id).toBeUndefined();
    expect(all.get('1.3')?.change).toEqual({ value: '-7.77', exact: false, unit: 'percent' });
    expect(all.get('1.3')?.samePeriod?.change).toMatchObject({ value: '-7.77', unit: 'percent' });
    expect(all.get('1.5')?.plan).toBe('không để xảy ra (= 0)');
  });

  it('marks a full-year figure in a report dated before the year ends', () => {
    const f = figures([{ metric: '1.1', period: '2023', value: 300, evidence: 'Ước thực hiện cả năm' }], '2023-06-30').get('1.1')!;
    expect(f.early).toBe(true);
    expect(f.period).toBe('2023');
    expect(f.shareOfPlan).toMatchObject({ value: '54.55', ofYear: true });
    expect(f.evidence).toEqual(['Ước thực hiện cả năm']);
  });

  it('has no cùng kỳ without a row for it, and no result without data: never a 0', () => {
    const all = figures([{ metric: '1.1', period: '2023', value: 600 }], '2023-12-31');
    expect(all.get('1.1')?.samePeriod).toBeUndefined();
    expect(all.get('1.2')?.status).toBe('no_data');
    expect(all.get('1.2')?.result).toBeUndefined();
    expect(all.get('1.2')?.plan).toBe('> 91%');
  });
});
