import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../plan/parse-plan.js';
import { checkPlanRows } from './check-plan-rows.js';

const plan = parsePlan('Năm: 2023\nChỉ tiêu 1: Tỷ lệ\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Công an\n');

async function* lines(n: number): AsyncGenerator<string> {
  for (let m = 0; m < n; m++) yield JSON.stringify({ metric: '1', period: `2023-${String((m % 12) + 1).padStart(2, '0')}`, unit: `u${m}`, numerator: 95, denominator: 100 });
  yield JSON.stringify({ metric: '1', period: '2023', numerator: 95, denominator: 100 });
}

describe('checkPlanRows', () => {
  it('reads an async iterable, reporting progress every so many rows', async () => {
    const seen: number[] = [];
    const report = await checkPlanRows(plan, lines(25), { asOf: '2023-12-31', progressEvery: 10, onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([10, 20]);
    expect(report.rows).toBe(26);
    // 12 months touched by per-unit rows only (no figure for the whole: no data) and the year met.
    expect(report.totals.evaluations).toEqual({ met: 1, exceeded: 0, not_met: 0, no_data: 12, not_due: 0 });
  });

  it('reads a plain iterable of decoded rows', async () => {
    const report = await checkPlanRows(plan, [{ metric: '1', period: '2023', numerator: 90, denominator: 100 }]);
    expect(report.groups[0]?.entries[0]?.status).toBe('not_met');
  });
});
