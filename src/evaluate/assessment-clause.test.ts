import { describe, expect, it } from 'vitest';
import type { Target } from '../ast/types.js';
import { parseTarget } from '../api/index.js';
import { evaluateTarget } from './evaluate.js';
import { rows } from './rows.fixture.js';

const qualitative = 'Kịp thời phát hiện triệt xóa, không để hoạt động phức tạp gây bức xúc trong Nhân dân';
const delegated = '(Phòng Văn hóa, Trung tâm Truyền thông-Văn hóa giao chỉ tiêu cụ thể cho các cơ quan, đơn vị, địa phương)';

describe('qualitative and delegated clauses', () => {
  it('take their verdict and evidence from an assessment row', () => {
    const v = evaluateTarget(qualitative, rows({ period: '2023', assessment: 'not_met', evidence: 'Còn 2 điểm phức tạp' }));
    expect(v.status).toBe('not_met');
    expect(v.clauses[0]?.checks[0]?.assessment).toEqual({ value: 'not_met', row: 0, evidence: 'Còn 2 điểm phức tạp' });
  });

  it('a qualitative clause with no assessment has no data (or is not due while its period runs)', () => {
    expect(evaluateTarget(qualitative, rows(), { year: 2023 }).clauses[0]?.reason).toBe('no_assessment');
    expect(evaluateTarget(qualitative, rows(), { year: 2023, asOf: '2023-05-01' }).status).toBe('not_due');
  });

  it('one rule for a missing assessment, whatever the period judged: not due before the year holding it ends (or the schedule\'s deadline), no data after', () => {
    // A mid-year review: by default the plan year, with --period its first half; either way the annual assessment is due 31/12.
    const byDefault = evaluateTarget(qualitative, rows(), { year: 2023, asOf: '2023-06-30' });
    const half = evaluateTarget(qualitative, rows(), { year: 2023, period: '2023-H1', asOf: '2023-06-30' });
    expect([byDefault.status, half.status]).toEqual(['not_due', 'not_due']); // H1 was no data: its half had ended
    expect(half.clauses[0]?.checks[0]).toMatchObject({ reason: 'not_yet_due', due: '2023-12-31' });
    expect(half.explanation).toContain('chưa có đánh giá 6 tháng đầu năm 2023, hạn đánh giá 31/12/2023 (tính đến 30/06/2023)');
    // A period of a year long over: its assessment was due at that year's end, whatever the plan year.
    for (const year of [undefined, 2023]) {
      const old = evaluateTarget(qualitative, rows(), { ...(year && { year }), period: '2020-H1', asOf: '2023-06-30' });
      expect([old.status, old.clauses[0]?.reason]).toEqual(['no_data', 'no_assessment']);
    }
    // A schedule's deadline comes first: due by the end of Q1.
    const q1: Target = { ...parseTarget(qualitative), schedule: { kind: 'by', period: { unit: 'quarter', index: 1 } } };
    const at = (asOf: string) => evaluateTarget(q1, rows(), { year: 2023, period: '2023-H1', asOf }).status;
    expect([at('2023-03-15'), at('2023-04-01')]).toEqual(['not_due', 'no_data']);
    // Nothing else changes: the same as the default on every period of the year at year end.
    for (const period of ['2023', '2023-H1', '2023-Q3', '2023-11']) expect(evaluateTarget(qualitative, rows(), { year: 2023, period, asOf: '2023-12-31' }).status).toBe('no_data');
  });

  it('a delegated clause says who sets its figure, unless it has been assessed', () => {
    const none = evaluateTarget(delegated, rows(), { year: 2023 });
    expect([none.status, none.clauses[0]?.reason, none.clauses[0]?.by]).toEqual(['no_data', 'delegated', 'Phòng Văn hóa, Trung tâm Truyền thông-Văn hóa']);
    expect(none.explanation).toContain('Phòng Văn hóa, Trung tâm Truyền thông-Văn hóa giao');
    expect(evaluateTarget(delegated, rows({ period: '2023', assessment: 'met' })).status).toBe('met');
  });

  it('a figure is not an assessment', () => {
    expect(evaluateTarget(qualitative, rows({ period: '2023', value: 1 })).clauses[0]?.reason).toBe('unusable_row');
  });
});
