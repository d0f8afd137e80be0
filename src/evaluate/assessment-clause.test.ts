import { describe, expect, it } from 'vitest';
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
