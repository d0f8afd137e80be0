/**
 * The text report at scale (issue 10): column widths were `Math.max(...every row)`, a stack
 * overflow ("lỗi nội bộ" in the CLI) from ~125,000 targets. The result is asserted, not the
 * time. 250,000 targets, twice the old limit: a million renders too (225 MB of text, ~45 s
 * here), too slow for the unit tests.
 */
import { describe, expect, it } from 'vitest';
import { miniData, miniPlan } from '../../../test/report/mini.fixture.js';
import { evaluatePlan } from '../evaluate-plan.js';
import type { EntryReport, PlanReport } from '../types.js';
import { renderReport } from './index.js';

const TARGETS = 250_000;

function bigReport(): PlanReport {
  const base = evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31' });
  const group = base.groups.find((g) => g.entries.some((e) => e.kind === 'target' && e.status === 'no_data'))!;
  const one = group.entries.find((e) => e.kind === 'target' && e.status === 'no_data')!;
  const entries: EntryReport[] = Array.from({ length: TARGETS }, (_, i) => ({ ...one, stt: String(i + 1), statement: 'Đạt trên 91%', lead: ['Công an'] }));
  return { ...base, groups: [{ ...group, entries }] };
}

describe('renderReport text with 250,000 targets', () => {
  it('prints every target, without a stack overflow', () => {
    const out = renderReport(bigReport(), 'text');
    // Booleans and counts: a failing toContain would print the 55 MB report.
    expect(out.includes('\n│ 1      │ Đạt trên 91%')).toBe(true);
    expect(out.includes(`\n│ ${TARGETS} │ Đạt trên 91%`)).toBe(true);
    expect(out.match(/│ Đạt trên 91%/g)?.length).toBe(TARGETS);
  }, 120_000);
});
