/**
 * `npm run bench`: runs every benchmark, each in a fresh process so one's JIT and heap state
 * cannot colour another's: bench/*.bench.ts in name order, then bench/cold-start.ts. Each
 * prints its own figures. On Linux the throughput benchmarks are pinned to one CPU with
 * `taskset` (the goal is "on one core"); cold start is not, as a user's `node` starts on
 * however many cores the machine has. Exits non-zero if any benchmark fails to run; missing a
 * goal is reported, not a failure: this is a benchmark, not a test.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const scripts = [
  ...readdirSync(DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort(),
  'cold-start.ts',
];

const pinned = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const command = (script: string): [string, string[]] => {
  const node = ['--import', 'tsx', `${DIR}${script}`];
  return pinned && script.endsWith('.bench.ts')
    ? ['taskset', ['-c', '0', process.execPath, ...node]]
    : [process.execPath, node];
};

console.log(`chitieu benchmarks: node ${process.version}, ${pinned ? 'throughput pinned to CPU 0' : 'not pinned to a CPU'}`);
// Other work on the machine slows every figure: say how busy it was.
const [load] = loadavg();
console.log(`machine: ${availableParallelism()} CPUs, load average ${(load ?? 0).toFixed(2)} over the last minute`);
const failed: string[] = [];
for (const script of scripts) {
  console.log(`\n── bench/${script} ${'─'.repeat(Math.max(0, 60 - script.length))}`);
  const [cmd, args] = command(script);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  if (run.status !== 0) failed.push(script);
}
if (failed.length > 0) {
  console.error(`\nbench: ${failed.join(', ')} failed to run`);
  process.exit(1);
}
