/**
 * extractTargets in linear time on hostile text (`npm run bench`): inputs of N, 2N and 4N bytes
 * (N = 250 kB, so 4N = 1 MB; `EXTRACT_LINEAR_BYTES` sets N) made of what Word and PDF plans
 * hold besides sentences: one long dot leader, one long run of spaces, a run of `. . .`,
 * table-of-contents lines with dot leaders, and, for comparison, normal prose (the Hải Dương
 * plan repeated). Each long run sits between two targets, never at the end of the text, which
 * is where a sentence splitter that rescans a run at every offset goes quadratic.
 *
 * Printed, per input: the median time at each size, ms/MB, and the time ratio against N. Goal:
 * time linear in size (ms/MB at 2N and 4N at most 1.5× that at a smaller size, for each input). The targets found are
 * checked too, so a fast wrong answer does not pass. An input whose time at one size exceeds
 * `EXTRACT_LINEAR_BUDGET_MS` (default 20 s) is not run at the larger sizes: that is reported as
 * a miss, not waited for.
 */
import { loadApi } from './lib/api.js';
import { prose, utf8Bytes } from './lib/prose.js';
import { fmt, goal, median, timeRuns } from './lib/timing.js';

const { extractTargets } = await loadApi();

const N = Number(process.env['EXTRACT_LINEAR_BYTES'] ?? 250_000);
const BUDGET_MS = Number(process.env['EXTRACT_LINEAR_BUDGET_MS'] ?? 20_000);

const BEFORE = 'Đạt trên 91%.\n\n';
const AFTER = '\n\nKhông quá 20%.\n';
/** `filler` repeated to fill `bytes` between the two targets (all fillers are ASCII). */
const between = (bytes: number, filler: string): string =>
  BEFORE + filler.repeat(Math.max(0, Math.floor((bytes - utf8Bytes(BEFORE + AFTER)) / filler.length))) + AFTER;

/** One table-of-contents line: a heading, a dot leader, a page number. */
const tocLine = (i: number): string => `${(i % 40) + 1}. Mục tiêu, nhiệm vụ ${'.'.repeat(90)} ${(i % 300) + 1}\n`;
function tableOfContents(bytes: number): string {
  let text = '';
  for (let i = 0; utf8Bytes(text) < bytes - 200; i++) text += tocLine(i) + (i % 10 === 9 ? 'Tỷ lệ giải quyết đạt trên 90%.\n' : '');
  return text;
}

interface Input {
  readonly name: string;
  readonly make: (bytes: number) => string;
  /** The ok targets expected in the text of that size (undefined: not checked). */
  readonly targets?: (text: string) => number;
}

const INPUTS: readonly Input[] = [
  { name: 'dot leader', make: (b) => between(b, '.'), targets: () => 2 },
  { name: 'spaces', make: (b) => between(b, ' '), targets: () => 2 },
  { name: 'dots and spaces', make: (b) => between(b, '. '), targets: () => 2 },
  { name: 'contents lines', make: tableOfContents, targets: (t) => t.split('đạt trên 90%').length - 1 },
  { name: 'prose', make: (b) => prose(b) },
];

let sink = 0; // keeps the results alive so the JIT cannot drop the calls
let allLinear = true;
console.log(`extractTargets on N, 2N, 4N bytes (N = ${fmt(N)} bytes of UTF-8)`);
for (const input of INPUTS) {
  const rows: { bytes: number; ms: number }[] = [];
  // Warm the JIT on the smallest size first, so that size is not timed colder than the others.
  const warmUp = input.make(N);
  const warmStart = performance.now();
  sink += extractTargets(warmUp).length;
  if (performance.now() - warmStart < BUDGET_MS) timeRuns(() => (sink += extractTargets(warmUp).length), { minRuns: 1, minMs: 500 });
  for (const factor of [1, 2, 4]) {
    const text = input.make(N * factor);
    const bytes = utf8Bytes(text);
    const t0 = performance.now();
    const found = extractTargets(text); // also the warm-up run
    const first = performance.now() - t0;
    const ok = found.filter((f) => 'clause' in f).length;
    const expected = input.targets?.(text);
    if (expected !== undefined && ok !== expected) throw new Error(`${input.name}, ${bytes} bytes: ${ok} targets found, ${expected} expected`);
    if (first > BUDGET_MS) {
      console.log(`  ${input.name.padEnd(16)} ${fmt(bytes).padStart(9)} bytes: ${fmt(first, 0)} ms (one run, over the budget: larger sizes not run)`);
      rows.push({ bytes, ms: first });
      allLinear = false;
      break;
    }
    const ms = median(timeRuns(() => (sink += extractTargets(text).length), { minRuns: 3, minMs: 1000 }));
    rows.push({ bytes, ms });
  }
  const base = rows[0]!;
  const perMb = rows.map((r) => r.ms / (r.bytes / 1_000_000));
  for (const [i, row] of rows.entries()) {
    console.log(
      `  ${input.name.padEnd(16)} ${fmt(row.bytes).padStart(9)} bytes: ${fmt(row.ms, 1).padStart(9)} ms, ` +
        `${fmt(perMb[i]!, 1).padStart(8)} ms/MB; ${fmt(row.ms / base.ms, 2)}× the time for ${fmt(row.bytes / base.bytes, 2)}× the text`,
    );
  }
  // Growth only: ms/MB at a larger size over ms/MB at a smaller one (a larger size timed faster
  // per MB is noise or a warmer JIT, not a loss of linearity).
  let growth = 1;
  for (let i = 1; i < perMb.length; i++) for (let j = 0; j < i; j++) growth = Math.max(growth, perMb[i]! / perMb[j]!);
  if (rows.length < 3 || growth > 1.5) allLinear = false;
  console.log(`  ${input.name}: ms/MB grows ${fmt(growth, 2)}× from the smallest size to a larger one`);
}
console.log(goal('linear time on hostile text', allLinear ? 'every input' : 'not every input', '(ms/MB grows at most 1.5× from N to 2N and 4N)', allLinear));
if (sink === -1) console.log(''); // never true: reads the sink
