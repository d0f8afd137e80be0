/**
 * Work that used to grow with the square of its input, timed at n and 10n (`npm run bench`,
 * issue 10): the ratio of the times is ~10 when linear, ~100 when quadratic.
 * - printing plan errors (`PlanError.format`: a code frame per error; each frame split the
 *   whole source: 16,000 bad lines took 25 s)
 * - `codeFrame` alone, one frame per line of a source of 100n lines
 * - `extractTargets` on a run of spaces and of `. ` between two targets (the `[\s.]*$` sentence
 *   end was retried at every offset of the run)
 * Goal: each ratio under 20 (twice linear, for noise and caches). Parsing is in the first
 * figure too, and is linear on its own.
 */
import { loadLibrary } from './lib/api.js';
import { fmt, goal, median, timeRuns } from './lib/timing.js';

const { codeFrame, extractTargets, safeParsePlan } = await loadLibrary();
const N = Number(process.env['LINEAR_10X_N'] ?? 1_600);

const badPlan = (n: number): string => `Năm: 2023\n${Array.from({ length: n }, (_, i) => `Chu tr ${i}: Công an\n`).join('')}`;

function planErrors(n: number): () => number {
  const source = badPlan(n);
  return () => {
    const parsed = safeParsePlan(source, { file: 'bad.chitieu' });
    return parsed.success ? 0 : parsed.error.format().length;
  };
}

function frames(n: number): () => number {
  const source = Array.from({ length: n * 100 }, (_, i) => `dòng ${i} sai`).join('\n');
  return () => {
    let length = 0;
    for (let line = 1; line <= n * 100; line++) {
      length += codeFrame(source, { severity: 'error', code: 'unexpected_token', range: { start: 0, end: 4, line, column: 1 }, expected: [], found: '' }).length;
    }
    return length;
  };
}

const between = (filler: string) => (n: number) => {
  const text = `Đạt trên 91%.\n\n${filler.repeat(n * 60)}\n\nKhông quá 20%.\n`;
  return () => extractTargets(text).length;
};

const CASES: readonly { name: string; make: (n: number) => () => number }[] = [
  { name: 'plan errors, n bad lines', make: planErrors },
  { name: 'codeFrame, 100n lines', make: frames },
  { name: 'extractTargets, 60n spaces', make: between(' ') },
  { name: 'extractTargets, 60n ". "', make: between('. ') },
];

let sink = 0;
let allLinear = true;
console.log(`n = ${fmt(N)} (LINEAR_10X_N), 10n = ${fmt(N * 10)}`);
for (const c of CASES) {
  const [small, large] = [c.make(N), c.make(N * 10)];
  sink += small() + large(); // warm-up
  const ms = [small, large].map((f) => median(timeRuns(() => (sink += f()), { minRuns: 3, minMs: 500 })));
  const ratio = ms[1]! / ms[0]!;
  if (ratio >= 20) allLinear = false;
  console.log(`  ${c.name.padEnd(28)} n: ${fmt(ms[0]!, 1).padStart(8)} ms  10n: ${fmt(ms[1]!, 1).padStart(9)} ms  ratio ${fmt(ratio, 1)}`);
}
console.log(goal('linear at 10n', allLinear ? 'every case' : 'not every case', '(10n over n < 20)', allLinear));
if (sink === -1) console.log('');
