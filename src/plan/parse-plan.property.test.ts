import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanError } from './plan-error.js';
import { parsePlan, safeParsePlan } from './parse-plan.js';

/** Lines a plan file is made of, right and wrong, to shuffle into documents. */
const LINES = [
  'Năm: 2023', 'Số: 102/KH-UBND', 'Ngày: 31/02/2023', 'I. MỤC TIÊU', '2. Công tác', 'a) Phòng ngừa', '# ghi chú',
  'Chỉ tiêu 2.3: Giảm tội phạm', 'Chỉ tiêu 2.3', 'chi tieu 1.1:', 'Nhiệm vụ 1: Rà soát', 'Nhiệm vụ 1',
  '  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022', '  Chỉ tiêu: Đạt từ 80% trở', '  Chỉ tiêu:', '    - 100% nạn nhân',
  '  Chủ trì: Công an; UBND các phường, xã', '  Phoi hp: X', '  Thời gian: Quý I', '  Thời gian: Quý V', '  Mã: a; b',
  '  Mã: 2 6', '    trở lên', 'lạc dòng', '', '   ', '\t', 'Năm: 23', 'Thực hiện kế hoạch: 56/KH-UBND',
];

describe('parsePlan on any document', () => {
  it('never throws anything but PlanError, and safeParsePlan never throws', () => {
    const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 30 }));
    const doc = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, nl]) => ls.join(nl));
    fc.assert(
      fc.property(doc, (source) => {
        const r = safeParsePlan(source);
        if (r.success) expect(() => parsePlan(source)).not.toThrow();
        else {
          expect(r.error).toBeInstanceOf(PlanError);
          expect(r.error.errors.length).toBeGreaterThan(0);
          // every error points inside the document
          for (const d of r.error.diagnostics) {
            expect(d.range.start).toBeGreaterThanOrEqual(0);
            expect(d.range.end).toBeLessThanOrEqual(source.length);
            expect(d.range.line).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
