import { describe, expect, it } from 'vitest';
import { change, compare, count, qualitative, rate, year } from './clauses.fixture.js';
import { lintPlan } from './lint.js';
import { formatFinding } from './messages.js';
import { plan } from './plan.fixture.js';

function messages(rows: Parameters<typeof plan>[0], lang: 'vi' | 'en') {
  return lintPlan(plan(rows)).findings.map((f) => formatFinding(f, lang));
}

describe('formatFinding', () => {
  it('names both clauses, their bounds and the clash in a contradiction', () => {
    const [en] = messages([{ stt: '2.3', clauses: [change('decrease', 'gte', '7', year(2022)), compare('gt', year(2022))], line: 12 }], 'en');
    expect(en).toBe(
      'target 2.3 (line 12) `cut ≥ 7% against 2022` and target 2.3.b (line 12) `> 2022` (same target and subject) contradict: no value meets both; target 2.3 (line 12) needs at least 7% (cut) but target 2.3.b (line 12) allows at most 0% (cut) (exclusive).',
    );
    const [vi] = messages([{ stt: '2.3', clauses: [change('decrease', 'gte', '7', year(2022)), compare('gt', year(2022))], line: 12 }], 'vi');
    expect(vi).toContain('mâu thuẫn');
    expect(vi).toContain('`giảm ≥ 7% so với năm 2022`');
  });

  it('explains an impossible rate with its ceiling, in both languages', () => {
    expect(messages([{ stt: '2.2', clauses: [rate('gt', '100')], line: 7 }], 'vi')).toEqual(['chỉ tiêu 2.2 (dòng 7): `> 100%` không thể đạt: giá trị không vượt quá 100%.']);
    expect(messages([{ stt: '2.2', clauses: [rate('gt', '100')], line: 7 }], 'en')).toEqual(['target 2.2 (line 7): `> 100%` cannot be met: the value cannot exceed 100%.']);
  });

  it('says which clause is redundant', () => {
    const [m] = messages([{ stt: '9', clauses: [rate('gte', '90'), rate('gt', '80')] }], 'en');
    expect(m).toContain('meeting target 9 (line 1) always meets target 9.b (line 1); target 9.b (line 1) is redundant');
  });

  it('renders coverage findings', () => {
    expect(messages([{ stt: '3.1', clauses: [qualitative()] }], 'en')).toEqual(['target 3.1 (line 1) is qualitative: judged by an assessment with evidence, not by machine.']);
    expect(messages([{ stt: '1.3', clauses: [count('gte', '2', 'lần', { per: 'year', each: 'trường học' })] }], 'vi')).toEqual([
      'chỉ tiêu 1.3 (dòng 1) áp dụng cho mỗi trường học nhưng chưa có danh sách trường học để lấy số liệu.',
    ]);
  });
});
