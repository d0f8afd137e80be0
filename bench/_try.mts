import { readFileSync, writeFileSync } from 'node:fs';
import { parsePlan, checkPlanRows } from '../src/index.js';
import { checkPlanDuckdb } from '../src/sql/adapters/duckdb.js';
const plan = parsePlan(readFileSync('/work/wt-sql/examples/cam-pha-102-2023.chitieu', 'utf8'));
const json = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
writeFileSync('/tmp/sql-scratch/obs.ndjson', json.observations.map((o: unknown) => JSON.stringify(o)).join('\n') + '\n');
for (const asOf of [undefined, '2023-06-30', '2023-12-31']) {
  const o = asOf ? { asOf } : {};
  const a = await checkPlanRows(plan, json.observations, o);
  const b = await checkPlanDuckdb(plan, { file: '/tmp/sql-scratch/obs.ndjson', format: 'ndjson' }, o);
  const strip = (r: any) => JSON.stringify({ ...r, warnings: r.warnings.map((w: any) => w.found) });
  console.log(asOf, strip(a) === strip(b), JSON.stringify(a.totals), JSON.stringify(b.totals));
  if (strip(a) !== strip(b)) { const ea = a.groups.flatMap((g) => g.entries), eb = b.groups.flatMap((g) => g.entries); ea.forEach((e, i) => { if (JSON.stringify(e) !== JSON.stringify(eb[i])) console.log(JSON.stringify(e), '\n', JSON.stringify(eb[i])); }); console.log(a.warnings, b.warnings); }
}
