/**
 * The published build: ESM + .d.ts, one output file per public entry.
 *
 * Every runtime library (chevrotain, zod, decimal.js, date-fns) is bundled into the output.
 * Importing chevrotain 11.2 as published walks its lodash-es module graph (~370 ms); the same
 * code bundled into one file imports in ~20 ms, and the cold-start goal (import + first parse)
 * is 50 ms. `vitest` is the one exception: the matchers in `chitieu/vitest` must share the
 * user's own vitest instance, so it stays an (optional) peer dependency and an import.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

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

/** The CLI is an executable, not an API: it gets no .d.ts. */
const typed = Object.fromEntries(Object.entries(present).filter(([name]) => name !== 'cli'));

export default defineConfig({
  entry: present,
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: typed },
  clean: true,
  sourcemap: false,
  // Smaller files parse faster at start-up (cold start is import + first parse).
  minify: true,
  // Shared code between entries goes to one chunk, so `chitieu` and `chitieu/vitest` share a
  // single copy of the parser.
  splitting: true,
  treeshake: true,
  // Bundle everything except vitest (negative lookahead: `vitest`, `vitest/...`). tsup checks
  // `noExternal` before `external`, so the exception has to live in this pattern.
  noExternal: [/^(?!vitest(?:\/|$))/],
  external: ['vitest', /^vitest\//],
  // chevrotain re-validates the grammar every time the module loads (~120 ms of the cold
  // start). The tests run the source with validation on; the published build, whose grammar
  // those tests validated, skips it.
  define: { 'globalThis.CHITIEU_SKIP_GRAMMAR_VALIDATION': 'true' },
});
