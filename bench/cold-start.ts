/**
 * Cold start (`npm run bench`): wall time of a fresh `node` process that imports the built
 * dist/index.js and parses one statement, minus a fresh `node` that does nothing, measured in
 * the same run (median of RUNS, variants interleaved so drift hits them all alike). The best
 * run and the CPU time each process used are printed too: on a busy machine wall time is
 * mostly the wait for a free core, and those two are the closer estimates of the real cost.
 * Each process also times its own `await import(...)` (in-process): that leaves out node's own
 * start-up, whose jitter is as large as the figures sought.
 *
 * Then where the import time goes: parts of src/ bundled into one file each (by the esbuild
 * that tsup uses, with dist/'s settings) and imported the same way: the main entry, the
 * language pipeline alone (parseTarget and what it needs), and "the rest" as the difference;
 * with the main entry's minified bytes per package and src/ folder (start-up cost grows with
 * the bytes V8 has to parse, ~0.05-0.1 ms per KB here).
 * Goal (issue 9): `chitieu parse` ≤ 120 ms over an idle `node`. The library imports chevrotain
 * 11.2 unbundled (a declared dependency), which loads all of lodash-es: its figure is printed
 * for reference, and the CLI, which bundles everything, is what the goal measures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_OPTIONS } from '../tsup.config.js';
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

// ── The parts, each bundled into one file ───────────────────────────────────

/** The slice of esbuild's API used here (esbuild is tsup's dependency, not ours: no types). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> } }>;
}
// tsup's own esbuild, resolved from tsup: the bundler that builds dist/, whatever else is installed.
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsup'))('esbuild') as Esbuild;

/** One part of the library: a module re-exporting it, resolved from the repository root. */
interface Part {
  readonly label: string;
  readonly source: string;
}
const MAIN_PART = 'main entry (src/index.ts)';
const LANGUAGE_PART = 'language pipeline';
const PARTS: readonly Part[] = [
  { label: 'empty module', source: '' },
  { label: MAIN_PART, source: "export * from './src/index.ts';" },
  // What src/index.ts exports under "The language": parseTarget and everything it needs.
  {
    label: LANGUAGE_PART,
    source: "export * from './src/api/index.ts'; export * from './src/diagnostics/index.ts'; export * from './src/text/numbers.ts';",
  },
];

const TMP = mkdtempSync(join(tmpdir(), 'chitieu-cold-start-'));
process.on('exit', () => rmSync(TMP, { recursive: true, force: true }));

/** Bundles `part` into TMP as dist/ is built; returns the file and its bytes per input file. */
async function bundle(part: Part, i: number): Promise<{ file: string; size: number; inputs: Map<string, number> }> {
  const file = join(TMP, `part-${i}.mjs`);
  const result = await esbuild.build({
    stdin: { contents: part.source, resolveDir: ROOT, loader: 'ts', sourcefile: `part-${i}.ts` },
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: BUNDLE_OPTIONS.platform,
    target: BUNDLE_OPTIONS.target,
    minify: BUNDLE_OPTIONS.minify,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) inputs.set(path, bytesInOutput);
  }
  return { file, size: statSync(file).size, inputs };
}
const bundles = await Promise.all(PARTS.map(bundle));

// ── Fresh processes ─────────────────────────────────────────────────────────

const dist = JSON.stringify(pathToFileURL(DIST).href);

/**
 * One kind of fresh process: `code` is run as an ES module; `script` runs a file with
 * arguments (the CLI); neither means plain `node -e ""`.
 */
interface Variant {
  readonly label: string;
  readonly code?: string;
  readonly script?: readonly string[];
}
const NOTHING = 'node (ESM) doing nothing';
const IMPORT = 'import chitieu';
const COLD_START = 'import chitieu + first parse';
const CLI_PARSE = 'chitieu parse (bundled CLI)';
const IDLE = 'node -e ""';
const VARIANTS: readonly Variant[] = [
  { label: IDLE },
  { label: NOTHING, code: '' },
  { label: IMPORT, code: `await import(${dist});` },
  { label: COLD_START, code: `const { parseTarget } = await import(${dist}); parseTarget(${JSON.stringify(STATEMENT)});` },
  // What the library's import costs is mostly this: chevrotain 11.2 as published loads lodash-es whole.
  { label: 'import chevrotain unbundled', code: "await import('chevrotain');" },
  { label: CLI_PARSE, script: [join(ROOT, 'dist/cli.js'), 'parse', STATEMENT] },
];
const PART_VARIANTS: readonly Variant[] = PARTS.map((part, i) => ({
  label: part.label,
  code: `await import(${JSON.stringify(pathToFileURL(bundles[i]?.file ?? '').href)});`,
}));

// Each ESM process reports the CPU time it used (all its threads, start-up included) and how
// long its own code took. On a busy machine wall time mostly measures the wait for a core.
const timed = (code: string): string =>
  `const t0 = performance.now(); ${code} const inProcess = performance.now() - t0;` +
  'process.stdout.write(JSON.stringify({ ...process.cpuUsage(), inProcess }));';

interface Sample {
  readonly wall: number;
  readonly cpu: number | undefined;
  readonly inProcess: number | undefined;
}

function run(variant: Variant): Sample {
  const args = variant.script ? [...variant.script] : variant.code === undefined ? ['-e', ''] : ['--input-type=module', '-e', timed(variant.code)];
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (child.status !== 0) throw new Error(`${variant.label} failed:\n${child.stderr}`);
  if (variant.code === undefined) return { wall, cpu: undefined, inProcess: undefined };
  // (a script's stdout is its own output, not a report)
  const report = JSON.parse(child.stdout) as { user: number; system: number; inProcess: number };
  return { wall, cpu: (report.user + report.system) / 1000, inProcess: report.inProcess };
}

const ALL = [...VARIANTS, ...PART_VARIANTS];
const samples = new Map<string, Sample[]>(ALL.map((v) => [v.label, []]));
for (let i = 0; i < RUNS; i++) {
  for (const variant of ALL) samples.get(variant.label)?.push(run(variant));
}
const figures = (label: string, pick: (s: Sample) => number | undefined): number[] =>
  (samples.get(label) ?? []).flatMap((s) => pick(s) ?? []);
const wallMedian = (label: string): number => median(figures(label, (s) => s.wall));
const wallBest = (label: string): number => Math.min(...figures(label, (s) => s.wall));
const cpuMedian = (label: string): number => median(figures(label, (s) => s.cpu));
const inProcessMedian = (label: string): number => median(figures(label, (s) => s.inProcess));

const COLUMN = 22;
const row = (label: string, cells: readonly string[], width = 30): string =>
  `  ${label.padEnd(width)}${cells.map((c) => c.padStart(COLUMN)).join('')}`;
const cell = (ms: number, base?: number): string =>
  Number.isNaN(ms) ? 'n/a' : `${fmt(ms, 1)} ms${base === undefined ? '' : ` (+${fmt(ms - base, 1)})`}`;

console.log(`fresh node ${process.version} processes, ${RUNS} runs each; (+x) is the excess over "${NOTHING}":`);
console.log(row('', ['wall, median', 'wall, best', 'CPU time, median', 'in-process, median']));
for (const { label, code } of VARIANTS) {
  const excess = label !== NOTHING && code !== undefined;
  console.log(
    row(label, [
      cell(wallMedian(label), excess ? wallMedian(NOTHING) : undefined),
      cell(wallBest(label), excess ? wallBest(NOTHING) : undefined),
      cell(cpuMedian(label), excess ? cpuMedian(NOTHING) : undefined),
      cell(inProcessMedian(label)),
    ]),
  );
}

// ── Where the import goes ───────────────────────────────────────────────────

const [empty, main, language] = PARTS.map((p) => p.label) as [string, string, string];
const mainBundle = bundles[1];
const languageBundle = bundles[2];
const kb = (bytes: number): string => `${fmt(bytes / 1024)} KB`;
const inProcessBest = (label: string): number => Math.min(...figures(label, (s) => s.inProcess));
console.log(
  `\nwhere "${IMPORT}" goes: parts of src/ bundled into one file each as dist/ is built, imported the same way` +
    `\n(in-process times; (+x) is the excess over importing "${empty}"):`,
);
const PART_WIDTH = 42;
console.log(row('', ['size', 'best', 'median'], PART_WIDTH));
for (const [i, { label }] of PARTS.entries()) {
  const excess = label !== empty;
  console.log(
    row(
      label,
      [
        kb(bundles[i]?.size ?? 0),
        cell(inProcessBest(label), excess ? inProcessBest(empty) : undefined),
        cell(inProcessMedian(label), excess ? inProcessMedian(empty) : undefined),
      ],
      PART_WIDTH,
    ),
  );
}
console.log(
  row(
    'the rest (main entry − language pipeline)',
    [
      kb((mainBundle?.size ?? 0) - (languageBundle?.size ?? 0)),
      `${fmt(inProcessBest(main) - inProcessBest(language), 1)} ms`,
      `${fmt(inProcessMedian(main) - inProcessMedian(language), 1)} ms`,
    ],
    PART_WIDTH,
  ),
);

/** A bundle input's group: its package (`chevrotain`, `@chevrotain/gast`) or its src/ folder. */
function groupOf(path: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg?.[1]) return pkg[1];
  const src = /(?:^|\/)src\/([^/]+)\//.exec(relative(ROOT, join(ROOT, path)).replaceAll('\\', '/'));
  return src?.[1] ? `src/${src[1]}` : path;
}
/** Bytes per group of one bundle. */
function byGroup(inputs: ReadonlyMap<string, number> | undefined): Map<string, number> {
  const groups = new Map<string, number>();
  for (const [path, bytes] of inputs ?? []) groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytes);
  return groups;
}
const mainGroups = byGroup(mainBundle?.inputs);
const languageGroups = byGroup(languageBundle?.inputs);
const list = (groups: ReadonlyMap<string, number>): string =>
  [...groups]
    .filter(([, bytes]) => bytes >= 512)
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => `${group} ${fmt(bytes / 1024)}`)
    .join(', ');
console.log(`main entry by package and src/ folder, KB minified: ${list(mainGroups)}`);
const restGroups = new Map([...mainGroups].map(([group, bytes]) => [group, bytes - (languageGroups.get(group) ?? 0)]));
console.log(`of which not in the language pipeline: ${list(restGroups)}`);

const cold = wallMedian(COLD_START) - wallMedian(NOTHING);
const detail = `wall median ${fmt(cold, 1)} ms, best ${fmt(wallBest(COLD_START) - wallBest(NOTHING), 1)} ms, CPU ${fmt(cpuMedian(COLD_START) - cpuMedian(NOTHING), 1)} ms`;
console.log(`\nlibrary, import + first parse (chevrotain unbundled, for reference): ${detail}`);
const cli = wallMedian(CLI_PARSE) - wallMedian(IDLE);
const cliDetail = `wall median ${fmt(cli, 1)} ms, best ${fmt(wallBest(CLI_PARSE) - wallBest(IDLE), 1)} ms over ${IDLE}`;
console.log(goal('cold start, chitieu parse', cliDetail, '≤ 120 ms', cli <= 120));
