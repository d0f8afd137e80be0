import { describe, expect, it } from 'vitest';
import { listTargets, parsePlan, safeParsePlan } from './index.js';

const plan = (header: string) => `Số: 1/KH-UBND\nNăm: 2023\n${header}\nChỉ tiêu 1\nChỉ tiêu thực hiện: Tỷ lệ hộ nghèo giảm 1,5%\nChỉ tiêu 2\nChỉ tiêu thực hiện: Giảm 5% số vụ cháy\n`;
const clauses = (source: string, options = {}) => listTargets(parsePlan(source, options)).map((t) => t.statement.target.clauses[0]!);

describe('Quy ước: the conventions a plan is read by', () => {
  it('by default: a rate changes in points, an unwritten baseline is the same period a year earlier', () => {
    const [rate, count] = clauses(plan(''));
    expect(rate).toMatchObject({ kind: 'change', measure: 'points' });
    expect(count).toMatchObject({ kind: 'change', baseline: { kind: 'same_period_last_year' } });
  });

  it('set in the header, for every statement of the plan', () => {
    const source = plan('Quy ước: mốc không ghi là đầu kỳ; tỷ lệ tăng giảm tương đối');
    const [rate, count] = clauses(source);
    expect(rate).not.toHaveProperty('measure');
    expect(count).toMatchObject({ baseline: { kind: 'period_start' } });
    expect(parsePlan(source).header.conventions).toEqual({ unwrittenBaseline: 'period_start', rateChange: 'relative' });
  });

  it('set in code, and the header wins where it speaks', () => {
    const [, count] = clauses(plan(''), { conventions: { unwrittenBaseline: 'period_start' } });
    expect(count).toMatchObject({ baseline: { kind: 'period_start' } });
    const [, again] = clauses(plan('Quy ước: mốc không ghi là cùng kỳ'), { conventions: { unwrittenBaseline: 'period_start' } });
    expect(again).toMatchObject({ baseline: { kind: 'same_period_last_year' } });
  });

  it('a phrase that names no convention is an error at its place', () => {
    const r = safeParsePlan(plan('Quy ước: đọc cho đúng'));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.diagnostics[0]).toMatchObject({ code: 'invalid_value', range: { line: 3 } });
  });
});
