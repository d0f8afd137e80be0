import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../api/index.js';
import type { Plan, PlanTarget } from '../../plan/types.js';
import { createPlanChecker } from './plan-checker.js';

const span = { start: 0, end: 0, line: 1, column: 1 };

/** A plan of `n` rate targets `T0` … (one clause each), built as data: parsing 50,000 blocks is not the point. */
function bigPlan(n: number): Plan {
  const target = parseTarget('Đạt trên 91%');
  const children: PlanTarget[] = Array.from({ length: n }, (_, k) => ({
    kind: 'target',
    stt: String(k + 1),
    description: `Chỉ tiêu ${k + 1}`,
    statement: { text: 'Đạt trên 91%', target, span, segments: [] },
    lead: ['UBND'],
    coordinators: [],
    metrics: [{ id: `T${k}`, clauseIndex: 0, clause: target.clauses[0]!, explicit: true }],
    span,
  }));
  // No plan year: every period may be judged, the case that allocated per (period, target).
  return { kind: 'plan', header: { implements: [], span }, body: [{ kind: 'section', number: 'I', title: 'Tỉnh', children, span }] };
}

/** Distinct months from January 2000 on. */
function month(i: number): string {
  return `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

describe('streamed check memory', () => {
  it('follows the rows, not periods × targets: 4,000 distinct periods against 50,000 targets', () => {
    const targets = 50_000;
    const periods = 4_000;
    const plan = bigPlan(targets);
    const memory = () => globalThis.process.memoryUsage().arrayBuffers;
    const before = memory();
    const checker = createPlanChecker(plan, { asOf: '2400-01-01' });
    // Every period once, each for another target; target 0 gets a later, worse period at the end.
    for (let i = 0; i < periods; i++) checker.add({ metric: `T${(i * 7919) % targets}`, period: month(i), numerator: 95, denominator: 100 });
    checker.add({ metric: 'T0', period: month(periods), numerator: 50, denominator: 100 });
    const grown = memory() - before;
    const report = checker.finish();
    // Per (period, target) it was 5 bytes: 4,000 × 50,000 × 5 = 1 GB. Now a few bytes per target and per row.
    expect(grown).toBeLessThan(20 * 2 ** 20);
    // T0 (row 0) is judged on its later period, not met; the other 3,999 targets with a row are met.
    expect(report.totals.targets).toEqual({ met: periods - 1, exceeded: 0, not_met: 1, no_data: targets - periods, not_due: 0 });
  });
});
