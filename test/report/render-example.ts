/**
 * Print the report of one example in one format (scripts/screenshot-report.sh renders the
 * Cẩm Phả HTML with it):
 *   npx tsx test/report/render-example.ts cam-pha-102-2023.chitieu cam-pha-2023.json 2023-12-31 html
 */
import { evaluatePlan } from '../../src/report/evaluate-plan.js';
import { renderReport, type ReportFormat } from '../../src/report/render/index.js';
import { loadExampleData, loadExamplePlan } from './examples.fixture.js';

const [plan, data, asOf, format = 'html'] = process.argv.slice(2);
if (!plan || !data || !asOf || !['text', 'md', 'json', 'html'].includes(format)) {
  process.stderr.write('usage: render-example.ts PLAN.chitieu DATA.json AS_OF [text|md|json|html]\n');
  process.exit(2);
}
process.stdout.write(renderReport(evaluatePlan(loadExamplePlan(plan), loadExampleData(data), { asOf }), format as ReportFormat));
