/**
 * `label` follows the `lang` option in every path: a verdict, the full check and the streamed
 * check (issue 10: it stayed Vietnamese with `lang: 'en'`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINI_DATA_FILE, miniData, miniPlan } from '../../test/report/mini.fixture.js';
import { parseObservationsJson } from '../data/parse-observations.js';
import { evaluateTarget } from '../evaluate/evaluate.js';
import { STATUS_LABELS, STATUS_LABELS_EN } from '../evaluate/verdict.js';
import { parseTarget } from '../api/index.js';
import { evaluatePlan } from './evaluate-plan.js';
import { checkPlanRows } from './stream/check-plan-rows.js';
import type { PlanReport } from './types.js';

function labels(report: PlanReport): string[] {
  return report.groups.flatMap((g) => g.entries.map((e) => `${e.status}:${e.label}`));
}

describe('status labels follow lang', () => {
  it('in a verdict and its clauses', () => {
    const target = parseTarget('Đạt trên 91%');
    const data = parseObservationsJson(JSON.stringify({ observations: [{ period: '2023', numerator: 95, denominator: 100 }] }));
    const en = evaluateTarget(target, data, { lang: 'en' });
    expect([en.label, en.clauses[0]?.label]).toEqual(['met', 'met']);
    expect(evaluateTarget(target, data).label).toBe('đạt');
  });

  it.each([
    ['full', async (lang: 'vi' | 'en') => evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31', lang })],
    ['streamed', (lang: 'vi' | 'en') => checkPlanRows(miniPlan(), JSON.parse(readFileSync(MINI_DATA_FILE, 'utf8')).observations, { asOf: '2023-12-31', lang })],
  ])('in every entry of a %s report', async (_, check) => {
    const en = labels(await check('en'));
    expect(en.length).toBeGreaterThan(5);
    for (const l of en) {
      const [status, label] = l.split(':') as [keyof typeof STATUS_LABELS_EN, string];
      expect(label).toBe(STATUS_LABELS_EN[status]);
    }
    for (const l of labels(await check('vi'))) {
      const [status, label] = l.split(':') as [keyof typeof STATUS_LABELS, string];
      expect(label).toBe(STATUS_LABELS[status]);
    }
  });
});
