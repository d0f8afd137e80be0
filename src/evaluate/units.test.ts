import { describe, expect, it } from 'vitest';
import { DataError } from '../data/data-error.js';
import { parsePlan } from '../plan/parse-plan.js';
import { evaluatePlan } from '../report/evaluate-plan.js';
import { checkPlanRows } from '../report/stream/check-plan-rows.js';
import { evaluateTarget } from './evaluate.js';
import { listedUnits } from './units.js';

const EACH = 'Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm';
const rows = { observations: [{ period: '2023', unit: 'THCS Cẩm Đông', value: 2 }] };
const SCHOOLS = { 'đơn vị trường học': ['THCS Cẩm Đông', 'THCS Cẩm Phả'] };

describe('per-unit targets and the list of units', () => {
  it('without a list, every unit with a row meets it: met (the units that never reported are unseen)', () => {
    expect(evaluateTarget(EACH, rows, { year: 2023 }).status).toBe('met');
  });

  it('with the list, a unit without a row is no data, named in the explanation (was đạt)', () => {
    const v = evaluateTarget(EACH, rows, { year: 2023, units: SCHOOLS });
    expect(v.status).toBe('no_data');
    expect(v.clauses[0]?.checks.map((c) => [c.unit, c.status, c.reason])).toEqual([
      ['THCS Cẩm Đông', 'met', undefined],
      ['THCS Cẩm Phả', 'no_data', 'missing_value'],
    ]);
    expect(v.explanation).toContain('1/2 đơn vị trường học đạt; THCS Cẩm Phả: thiếu số liệu năm 2023 của THCS Cẩm Phả');
    // Not due while the year runs; a unit with a row that is not listed is checked as well.
    expect(evaluateTarget(EACH, rows, { year: 2023, asOf: '2023-06-30', units: SCHOOLS }).status).toBe('not_due');
    const extra = evaluateTarget(EACH, { observations: [...rows.observations, { period: '2023', unit: 'THPT Lê Quý Đôn', value: 1 }] }, { year: 2023, units: SCHOOLS });
    expect(extra.clauses[0]?.checks.map((c) => c.unit)).toEqual(['THCS Cẩm Đông', 'THCS Cẩm Phả', 'THPT Lê Quý Đôn']);
    expect(extra.clauses[0]?.shortfall).toEqual(['THPT Lê Quý Đôn']);
  });

  it('matches the kind whatever its case and spacing; a malformed list is a DataError', () => {
    expect(listedUnits({ ' Đơn vị  Trường học ': ['A'], xã: ['B'] }, 'đơn vị trường học')).toEqual(['A']);
    expect(() => evaluateTarget(EACH, rows, { units: ['A'] as never })).toThrow(DataError);
    expect(() => evaluateTarget(EACH, rows, { units: { xã: [1] } as never })).toThrow(DataError);
  });

  const PLAN = `Năm: 2023\nDanh sách đơn vị trường học: THCS Cẩm Đông; THCS Cẩm Phả\n\nChỉ tiêu 1.3: Tuyên truyền\n  Chỉ tiêu thực hiện: ${EACH}\n`;
  const planRows = { observations: [{ metric: '1.3', period: '2023', unit: 'THCS Cẩm Đông', value: 2 }] };

  it('a plan names its units in a header line `Danh sách <loại đơn vị>: a; b`, and both checks report the missing one', async () => {
    const plan = parsePlan(PLAN);
    expect(plan.header.units).toEqual(SCHOOLS);
    const full = evaluatePlan(plan, planRows, { asOf: '2023-12-31' });
    const streamed = await checkPlanRows(plan, planRows.observations, { asOf: '2023-12-31' });
    expect([full.totals.targets.no_data, streamed.totals.targets.no_data]).toEqual([1, 1]);
    // An option replaces the plan's list of its kind.
    expect(evaluatePlan(plan, planRows, { asOf: '2023-12-31', units: { 'đơn vị trường học': ['THCS Cẩm Đông'] } }).totals.targets.met).toBe(1);
    expect(() => evaluatePlan(plan, planRows, { units: 'x' as never })).toThrow(DataError);
  });

  it('a `Danh sách` line without a kind or without names is a plan error', () => {
    expect(() => parsePlan('Năm: 2023\nDanh sách xã:\n')).toThrow(/Danh sách xã: Cẩm Hải; Dương Huy/);
    expect(parsePlan('Năm: 2023\nDanh sách xã: A; B\nDanh sách xã: C\n').header.units).toEqual({ xã: ['A', 'B', 'C'] });
  });
});
