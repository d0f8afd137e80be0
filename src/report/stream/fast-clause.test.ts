import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../api/index.js';
import { evaluateTarget } from '../../evaluate/evaluate.js';
import { rows } from '../../evaluate/rows.fixture.js';
import { countDeadline, fastClauses, numberStatus, rowStatus } from './fast-clause.js';

const one = (text: string) => fastClauses(parseTarget(text))![0]!;

describe('fastClauses', () => {
  it('takes rates, counts, zero tolerance and changes from the start, and compiles a shared statement once', () => {
    const t = parseTarget('Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ 96% trở lên');
    expect(fastClauses(t)?.map((c) => c.shape)).toEqual(['rate', 'rate']);
    expect(fastClauses(t)).toBe(fastClauses(t));
    expect(one('Không để xảy ra').shape).toBe('count');
    expect(one('Giảm 50% tổng số đối tượng truy nã so với đầu kỳ').shape).toBe('start_change');
    // Unwritten, the baseline is the same period a year earlier: another row, the full evaluator.
    expect(fastClauses(parseTarget('Giảm 50% tổng số đối tượng truy nã'))).toBeUndefined();
  });

  it('leaves to the full evaluator what needs other rows or no figure', () => {
    for (const text of ['Giảm 07% so với năm 2022', 'nhiều hơn năm 2022', 'Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm', 'Kịp thời phát hiện triệt xóa', 'Tổ chức kiểm tra 01 lần/quý', 'Quý I']) {
      expect(fastClauses(parseTarget(text))).toBeUndefined();
    }
  });
});

describe('rowStatus and numberStatus', () => {
  it('judge a rate from a fraction or a percentage, exactly at the bound', () => {
    const gt = one('Đạt trên 91%');
    expect(rowStatus(gt, { kind: 'rate', numerator: 455, denominator: 500 })).toBe('not_met'); // 91% is not above 91%
    expect(rowStatus(gt, { kind: 'rate', numerator: 456, denominator: 500 })).toBe('met');
    expect(rowStatus(gt, { kind: 'value', value: '91.000000000000001' })).toBe('met'); // exact decimals, not doubles
    expect(numberStatus(gt, 91.5, undefined, undefined, undefined)).toBe('met');
    expect(rowStatus(gt, { kind: 'rate', numerator: 0, denominator: 0 })).toBe('no_data');
  });

  it('refuse a percentage above 100 as a rate, as the full evaluator does', () => {
    const full = evaluateTarget('Đạt trên 91%', rows({ period: '2023', value: '100.5' })).clauses[0]!;
    expect([full.status, full.reason]).toEqual(['no_data', 'rate_out_of_range']);
    expect(rowStatus(one('Đạt trên 91%'), { kind: 'value', value: '100.5' })).toBe('no_data');
    expect(rowStatus(one('Đạt trên 91%'), { kind: 'value', value: '100' })).toBe('met');
    expect(numberStatus(one('Đạt trên 91%'), 100.5, undefined, undefined, undefined)).toBe('no_data');
    expect(numberStatus(one('Đảm bảo tiếp nhận 100%'), 100, undefined, undefined, undefined)).toBe('met');
  });

  it('judge counts and changes from the row alone, and a wrong kind of row as no data', () => {
    expect(numberStatus(one('550 hồ sơ'), 561, undefined, undefined, undefined)).toBe('exceeded');
    expect(numberStatus(one('550 hồ sơ'), undefined, 1, 2, undefined)).toBe('no_data');
    expect(numberStatus(one('Giảm 50% tổng số đối tượng truy nã so với đầu kỳ'), 11, undefined, undefined, 24)).toBe('exceeded');
    expect(numberStatus(one('Giảm 50% tổng số đối tượng truy nã so với đầu kỳ'), 11, undefined, undefined, undefined)).toBe('no_data');
    expect(rowStatus(one('Không để xảy ra'), { kind: 'other' })).toBe('no_data');
  });
});

describe('countDeadline', () => {
  it('is the end of the year holding the period, or the schedule’s last deadline', () => {
    expect(countDeadline(undefined, { year: 2023, unit: 'month', index: 5 }, 2023)).toBe('2023-12-31');
    expect(countDeadline(parseTarget('550 hồ sơ (Hoàn thành trong Quý II/2023)').schedule, { year: 2023, unit: 'month', index: 5 }, 2023)).toBe('2023-06-30');
  });
});
