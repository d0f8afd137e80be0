/**
 * Parser throughput (`npm run bench`): statements/s over the seed corpus, warm, in one thread
 * (bench/run.ts pins the process to one CPU when it can), next to a baseline measured in the
 * same process; then extractTargets over 0.25–2 MB of prose, to show time grows linearly.
 * Goals (issue 9): ≥ 50,000 statements/s with chevrotain as the runtime parser, time linear in input size.
 */
import { Bench } from 'tinybench';
import { loadApi } from './lib/api.js';
import { baselineTokenize } from './lib/baseline.js';
import { prose, utf8Bytes } from './lib/prose.js';
import { loadStatements } from './lib/statements.js';
import { fmt, goal, median, timeRuns } from './lib/timing.js';

const { parseTarget, safeParseTarget, extractTargets } = await loadApi();

// ── statements/s ────────────────────────────────────────────────────────────
const { source, statements: all } = loadStatements();
// Error cases of the corpus measure the error path, not the throughput the goal is about.
const statements = all.filter((s) => safeParseTarget(s).success);
console.log(`statements: ${statements.length} from ${source}` +
  (all.length > statements.length ? ` (${all.length - statements.length} that do not parse left out)` : ''));

let sink = 0; // keeps the results alive so the JIT cannot drop the calls
const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add('chitieu parseTarget', () => {
    for (const s of statements) sink += parseTarget(s).clauses.length;
  })
  .add('baseline NFD + regex tokenize', () => {
    for (const s of statements) sink += baselineTokenize(s);
  });
await bench.run();

const perSecond = (name: string): number => {
  const result = bench.getTask(name)?.result;
  if (result?.state !== 'completed') throw new Error(`benchmark ${name}: ${result?.state ?? 'missing'}`);
  return (statements.length * 1000) / result.latency.p50;
};
const parsed = perSecond('chitieu parseTarget');
const baseline = perSecond('baseline NFD + regex tokenize');
console.log(`parseTarget:               ${fmt(parsed).padStart(12)} statements/s (median of passes)`);
console.log(`baseline (NFD + regex):    ${fmt(baseline).padStart(12)} statements/s`);
console.log(`ratio parseTarget/baseline: ${fmt(parsed / baseline, 3)}`);
console.log(goal('warm throughput', parsed, '≥ 50,000 statements/s', parsed >= 50_000));

// ── extractTargets over prose ───────────────────────────────────────────────
console.log('\nextractTargets over the Hải Dương plan repeated (1 MB = 10^6 bytes of UTF-8):');
const sizes = [0.25, 0.5, 1, 2];
const rows = sizes.map((mb) => {
  const text = prose(mb * 1_000_000);
  const found = extractTargets(text).length; // also the warm-up run
  const ms = median(timeRuns(() => (sink += extractTargets(text).length), { minRuns: 5, minMs: 1500 }));
  return { mb, bytes: utf8Bytes(text), found, ms, msPerMb: ms / (utf8Bytes(text) / 1_000_000) };
});
const first = rows[0];
for (const row of rows) {
  const ratio = first ? `${fmt(row.ms / first.ms, 2)}× the time for ${fmt(row.bytes / first.bytes, 2)}× the text` : '';
  console.log(
    `  ${fmt(row.mb, 2).padStart(4)} MB (${fmt(row.bytes)} bytes, ${fmt(row.found)} targets): ` +
      `${fmt(row.ms, 1)} ms, ${fmt(row.msPerMb, 1)} ms/MB; ${ratio}`,
  );
}
const perMb = rows.map((r) => r.msPerMb);
const spread = Math.max(...perMb) / Math.min(...perMb);
console.log(goal('linear time', `ms/MB varies ${fmt(spread, 2)}× across sizes`, '(ms/MB within 1.5×)', spread <= 1.5));
const oneMb = rows.find((r) => r.mb === 1);
if (oneMb) console.log(`extractTargets, 1 MB of prose: ${fmt(oneMb.ms, 1)} ms`);
if (sink === -1) console.log(''); // never true: reads the sink
