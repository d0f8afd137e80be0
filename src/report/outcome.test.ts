import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate-plan.js';
import { failingEntries } from './outcome.js';
import { miniData, miniPlan } from '../../test/report/mini.fixture.js';

describe('failingEntries', () => {
  const report = evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31' });
  const ids = (list: ReturnType<typeof failingEntries>) => list.map((e) => (e.kind === 'task' ? e.id : e.stt));

  it('fails the targets not met and the late tasks', () => {
    expect(ids(failingEntries(report))).toEqual(['1.3', '2.2', '3.1', 'II.5']);
  });

  it('fails missing data, or not-yet-due entries, only when asked', () => {
    expect(ids(failingEntries(report, ['no_data']))).toEqual(['1.3', '2.2', '2.7', '3.1', '3.4', 'II.5']);
    expect(ids(failingEntries(report, ['not_due']))).toEqual(['1.3', '2.2', '3.1', 'II.5', 'II.7']);
  });
});
