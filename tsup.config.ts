/**
 * The published build: ESM + .d.ts, one output file per public entry.
 *
 * chevrotain, the lexer and parser of the language, is a declared `dependency` of the library
 * and stays an import of it (so `npm audit` sees it and an app's bundler shares one copy); zod,
 * decimal.js and date-fns are still bundled (issue 10 declares them too). `vitest` is never
 * bundled: the matchers in `chitieu/vitest` must share the user's own vitest instance, so it
 * stays an (optional) peer dependency and an import. The CLI is an executable: it bundles
 * everything, chevrotain included, so it starts from one file.
 */
import { existsSync, rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** Output name (dist/<name>.js) → source entry. */
const ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  cli: 'src/cli/main.ts',
  vitest: 'src/vitest/index.ts',
};

/**
 * Entries whose source exists. `src/vitest/index.ts` is written in parallel with the rest;
 * until it lands the build skips it instead of failing (and `./vitest` in package.json points
 * at a file that is not there yet, which the package tests report).
 */
const present = Object.fromEntries(Object.entries(ENTRIES).filter(([, file]) => existsSync(file)));

/** The library's entries (`chitieu`, `chitieu/vitest`); the CLI is built on its own. */
const { cli, ...library } = present;

/**
 * How every output is built: the library, the CLI, and the parts bench/cold-start.ts bundles
 * to see where the import time goes.
 */
export const BUNDLE_OPTIONS = {
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  // Smaller files parse faster at start-up (cold start is import + first parse).
  minify: true,
  splitting: true,
  // esbuild's own tree shaking, not tsup's rollup pass: with two entries split into chunks,
  // rollup's output parsed statements at 34,700/s against 53,200/s for esbuild's (same source,
  // bench/parse.bench.ts figures of this session), and esbuild drops unused code as well.
  treeshake: false,
  // Bundle everything except vitest (negative lookahead: `vitest`, `vitest/...`). tsup checks
  // `noExternal` before `external`, so the exception has to live in this pattern.
  noExternal: [/^(?!vitest(?:\/|$))/],
  external: ['vitest', /^vitest\//],
} satisfies Options;

/** The library's build: as above, but its declared dependencies stay imports. */
const LIBRARY_OPTIONS = {
  ...BUNDLE_OPTIONS,
  noExternal: [/^(?!(?:vitest|chevrotain)(?:\/|$))/],
  external: ['vitest', /^vitest\//, 'chevrotain'],
} satisfies Options;

export default defineConfig(() => {
  // Both builds write to dist/. tsup runs them in parallel and cleans per build, so one could
  // delete the other's files: dist/ is emptied once here, before either starts.
  rmSync('dist', { recursive: true, force: true });
  return [
    // The library: shared code goes to a chunk, so `chitieu` and `chitieu/vitest` share one
    // copy of the parser (and of its classes, for instanceof).
    { ...LIBRARY_OPTIONS, entry: library, dts: { entry: library }, clean: false },
    // The CLI apart: in one build with the library, its lazily loaded commands split the
    // library's code over 17 files (each combination of entries sharing a module gets a
    // chunk), and `import chitieu` took 4-9 ms longer than with the 2 files it loads now. The
    // price: the CLI carries its own copy of the library (package 185 → 269 KB packed, 634 →
    // 882 KB unpacked). The CLI is an executable, not an API: it gets no .d.ts.
    ...(cli === undefined ? [] : [{ ...BUNDLE_OPTIONS, entry: { cli }, clean: false }]),
  ];
});
