/**
 * `npm run examples`: writes the Markdown report of each example plan against its year-end
 * sample data into examples/ (the snapshots test/report/examples.test.ts keeps true).
 */
import { writeFileSync } from 'node:fs';
import { evaluatePlan } from '../../src/report/evaluate-plan.js';
import { renderReport } from '../../src/report/render/index.js';
import { EXAMPLE_REPORTS, EXAMPLES_DIR, loadExampleData, loadExamplePlan } from './examples.fixture.js';

for (const ex of EXAMPLE_REPORTS) {
  if (!ex.snapshot) continue;
  const report = evaluatePlan(loadExamplePlan(ex.plan), loadExampleData(ex.data), { asOf: ex.asOf });
  writeFileSync(`${EXAMPLES_DIR}${ex.snapshot}`, renderReport(report, 'md'));
  console.log(`examples/${ex.snapshot}`);
}
