/**
 * `npm run corpus:readings`: write test/corpus/real/readings.json, how chitieu reads each
 * real statement now (`read`, `warned` or `wrong`, with the first difference from the careful
 * reading). test/real-corpus.test.ts fails when a reading changes and this file was not
 * rewritten, so every change of meaning on real text shows in a diff and is reviewed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { judge, loadRealCorpus } from '../test/helpers/real-corpus.js';

const out = fileURLToPath(new URL('../test/corpus/real/readings.json', import.meta.url));
const readings = Object.fromEntries(loadRealCorpus().map((c) => [c.id, describe(judge(c))]));
writeFileSync(out, JSON.stringify(readings, null, 1) + '\n');
const counts = Object.values(readings).reduce<Record<string, number>>((acc, r) => ((acc[r.split(':')[0]!] = (acc[r.split(':')[0]!] ?? 0) + 1), acc), {});
console.log(`wrote ${out}: ${JSON.stringify(counts)}`);

function describe(j: ReturnType<typeof judge>): string {
  return j.why === undefined ? j.status : `${j.status}: ${j.why}`;
}
