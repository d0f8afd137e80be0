/**
 * Cold start (`npm run bench`): wall time of a fresh `node` process that imports the built
 * dist/index.js and parses one statement, minus a fresh `node` that does nothing, measured in
 * the same run (median of RUNS, variants interleaved so drift hits them all alike). The best
 * run and the CPU time each process used are printed too: on a busy machine wall time is
 * mostly the wait for a free core, and those two are the closer estimates of the real cost.
 * Goal (issue 2): import + first parse ≤ 50 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, goal, median } from './lib/timing.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/index.js');
const RUNS = 11;
const STATEMENT = 'Giảm 07% so với năm 2022';

/** The newest modification time of the sources the build reads. */
function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

// The benchmark measures what users install, so a missing or stale dist/ is rebuilt first.
if (!existsSync(DIST) || statSync(DIST).mtimeMs < newestSource(join(ROOT, 'src'))) {
  console.log('dist/ is missing or older than src/: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.stderr.trim()) console.log(build.stderr.trim().replace(/^/gm, '  '));
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dist = JSON.stringify(pathToFileURL(DIST).href);

/** One kind of fresh process: `code` is run as an ES module; none means plain `node -e ""`. */
interface Variant {
  readonly label: string;
  readonly code?: string;
}
const NOTHING = 'node (ESM) doing nothing';
const COLD_START = 'import chitieu + first parse';
const VARIANTS: readonly Variant[] = [
  { label: 'node -e ""' },
  { label: NOTHING, code: '' },
  { label: 'import chitieu', code: `await import(${dist});` },
  { label: COLD_START, code: `const { parseTarget } = await import(${dist}); parseTarget(${JSON.stringify(STATEMENT)});` },
  // For reference: what the bundling saves (chevrotain as published, from node_modules).
  { label: 'import chevrotain unbundled', code: "await import('chevrotain');" },
];

// Each ESM process also reports the CPU time it used (all its threads, start-up included).
// On a busy machine wall time mostly measures the wait for a core; CPU time does not.
const REPORT_CPU = ';process.stdout.write(JSON.stringify(process.cpuUsage()));';

interface Sample {
  readonly wall: number;
  readonly cpu: number | undefined;
}

function run(variant: Variant): Sample {
  const args = variant.code === undefined ? ['-e', ''] : ['--input-type=module', '-e', variant.code + REPORT_CPU];
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (child.status !== 0) throw new Error(`${variant.label} failed:\n${child.stderr}`);
  if (variant.code === undefined) return { wall, cpu: undefined };
  const usage = JSON.parse(child.stdout) as { user: number; system: number };
  return { wall, cpu: (usage.user + usage.system) / 1000 };
}

const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.label, []]));
for (let i = 0; i < RUNS; i++) {
  for (const variant of VARIANTS) samples.get(variant.label)?.push(run(variant));
}
const figures = (label: string, pick: (s: Sample) => number | undefined): number[] =>
  (samples.get(label) ?? []).flatMap((s) => pick(s) ?? []);
const wallMedian = (label: string): number => median(figures(label, (s) => s.wall));
const wallBest = (label: string): number => Math.min(...figures(label, (s) => s.wall));
const cpuMedian = (label: string): number => median(figures(label, (s) => s.cpu));

console.log(`fresh node ${process.version} processes, ${RUNS} runs each; (+x) is the excess over "${NOTHING}":`);
const header = ['wall, median', 'wall, best', 'CPU time, median'];
console.log(`  ${''.padEnd(30)}${header.map((h) => h.padStart(22)).join('')}`);
for (const { label, code } of VARIANTS) {
  const cell = (ms: number, base: number): string =>
    Number.isNaN(ms) ? 'n/a' : `${fmt(ms, 1)} ms${label === NOTHING || code === undefined ? '' : ` (+${fmt(ms - base, 1)})`}`;
  const cells = [
    cell(wallMedian(label), wallMedian(NOTHING)),
    cell(wallBest(label), wallBest(NOTHING)),
    cell(cpuMedian(label), cpuMedian(NOTHING)),
  ];
  console.log(`  ${label.padEnd(30)}${cells.map((c) => c.padStart(22)).join('')}`);
}
const cold = wallMedian(COLD_START) - wallMedian(NOTHING);
const detail = `wall median ${fmt(cold, 1)} ms, best ${fmt(wallBest(COLD_START) - wallBest(NOTHING), 1)} ms, CPU ${fmt(cpuMedian(COLD_START) - cpuMedian(NOTHING), 1)} ms`;
console.log(goal('cold start (import + first parse)', detail, '≤ 50 ms', cold <= 50));
