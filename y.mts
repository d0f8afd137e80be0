import fc from 'fast-check';
import { formatTarget, parseTarget, safeParseTarget } from './src/api/index.ts';
import { inputOf, loadCorpus } from './test/helpers/corpus.ts';
import { fragmentSoup, mutationOf } from './test/helpers/mutations.ts';
import { withoutSpans } from './test/helpers/without-spans.ts';
const corpus = loadCorpus().map(inputOf).filter((s) => s.length < 2000);
const meaning = (t: any) => JSON.stringify(withoutSpans({ ...t, clauses: t.clauses.map((c: any) => ({ ...c, subject: undefined, by: undefined, each: c.each ? 1 : 0 })) }));
let parsed = 0, bad = 0, err = 0; const ex: string[] = [];
for (const arb of [mutationOf(corpus), fragmentSoup]) for (const s of fc.sample(arb, { numRuns: 15000, seed: 7 })) {
  const r = safeParseTarget(s); if (!r.success) continue; parsed++;
  const text = formatTarget(r.target);
  const again = safeParseTarget(text);
  if (!again.success) { err++; if (again.error.code !== 'unbalanced_paren' && ex.length < 60) ex.push('ERR ' + again.error.code + ' ' + JSON.stringify(s) + '\n    → ' + text); continue; }
  if (meaning(again.target) !== meaning(r.target)) { bad++; if (ex.length < 60) ex.push(JSON.stringify(s) + '\n    → ' + text + '\n    → ' + formatTarget(again.target)); }
}
console.log({ parsed, bad, err }); console.log(ex.join('\n'));
