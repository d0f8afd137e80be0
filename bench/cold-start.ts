/**
 * Cold start (`npm run bench`): wall time of a fresh `node` process that imports the built
 * dist/index.js and parses one statement, minus a fresh `node` that does nothing, measured in
 * the same run (median of RUNS, variants interleaved so drift hits them all alike; the best
 * run is printed too, as on a busy machine it is the closer estimate of the intrinsic cost).
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
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dist = pathToFileURL(DIST).href;
/** Each variant: a label and the node arguments of one fresh process. */
const VARIANTS: readonly { readonly label: string; readonly args: readonly string[] }[] = [
  { label: 'node -e ""', args: ['-e', ''] },
  { label: 'node (ESM) doing nothing', args: ['--input-type=module', '-e', ''] },
  { label: 'import chitieu', args: ['--input-type=module', '-e', `await import(${JSON.stringify(dist)});`] },
  {
    label: 'import chitieu + first parse',
    args: [
      '--input-type=module',
      '-e',
      `const { parseTarget } = await import(${JSON.stringify(dist)}); parseTarget(${JSON.stringify(STATEMENT)});`,
    ],
  },
  // For reference: what the bundling saves (chevrotain as published, from node_modules).
  { label: 'import chevrotain unbundled', args: ['--input-type=module', '-e', "await import('chevrotain');"] },
];

function wallMs(args: readonly string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${run.stderr}`);
  return ms;
}

const times = new Map<string, number[]>(VARIANTS.map((v) => [v.label, []]));
for (let i = 0; i < RUNS; i++) {
  for (const variant of VARIANTS) times.get(variant.label)?.push(wallMs(variant.args));
}
const med = (label: string): number => median(times.get(label) ?? []);
const best = (label: string): number => Math.min(...(times.get(label) ?? []));

const NOTHING = 'node (ESM) doing nothing';
console.log(`fresh node ${process.version} processes, ${RUNS} runs each (wall time):`);
console.log(`  ${''.padEnd(30)} ${'median'.padStart(10)} ${''.padStart(9)} ${'best'.padStart(10)}`);
for (const { label } of VARIANTS) {
  const cell = (ms: number, base: number): string =>
    `${`${fmt(ms, 1)} ms`.padStart(10)} ${(label.startsWith('node') ? '' : `(+${fmt(ms - base, 1)})`).padStart(9)}`;
  console.log(`  ${label.padEnd(30)} ${cell(med(label), med(NOTHING))} ${cell(best(label), best(NOTHING))}`);
}
console.log('  (+x): more than node doing nothing');
const coldStart = med('import chitieu + first parse') - med(NOTHING);
const coldStartBest = best('import chitieu + first parse') - best(NOTHING);
console.log(
  goal('cold start (import + first parse)', `median ${fmt(coldStart, 1)} ms, best ${fmt(coldStartBest, 1)} ms`, '≤ 50 ms', coldStart <= 50),
);
