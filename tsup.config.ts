/**
 * The published build: the library as ESM + .d.ts, the CLI as one bundled executable.
 *
 * The library is compiled module by module, unbundled and unminified, with source maps: its
 * declared `dependencies` (chevrotain, zod, decimal.js, date-fns) stay imports, so `npm audit`
 * sees them and an app's bundler shares one copy of each and drops the library's modules the
 * app does not use. `vitest` is never bundled: the matchers in `chitieu/vitest` must share the
 * user's own vitest instance, so it stays an (optional) peer dependency and an import. The CLI
 * is an executable: it bundles everything, chevrotain included, minified, so it starts fast.
 */
import { existsSync, rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { directImports } from './scripts/direct-imports.js';

/** Output name (dist/<name>.js) → source entry. */
const ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  cli: 'src/cli/main.ts',
  vitest: 'src/vitest/index.ts',
  xlsx: 'src/xlsx/index.ts',
  // Word files in (`chitieu/docx`): its own entry, so the main bundle does not carry fflate and @xmldom/xmldom.
  docx: 'src/docx/index.ts',
  // The Word report: its own subpath, so the main entry never loads `docx`.
  'docx-report': 'src/docx-report/index.ts',
  'sql/index': 'src/sql/index.ts',
};

/**
 * Entries whose source exists. `src/vitest/index.ts` is written in parallel with the rest;
 * until it lands the build skips it instead of failing (and `./vitest` in package.json points
 * at a file that is not there yet, which the package tests report).
 */
const present = Object.fromEntries(Object.entries(ENTRIES).filter(([, file]) => existsSync(file)));

/** The library's entries (`chitieu`, `chitieu/vitest`, `chitieu/xlsx`, `chitieu/docx`); the CLI is built on its own. */
const { cli, ...library } = present;

/**
 * How the bundled outputs are built: the CLI, and the parts bench/cold-start.ts bundles to see
 * where the import time goes. (The library is not bundled: LIBRARY_OPTIONS below.)
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
  // Bundle everything except vitest (negative lookahead: `vitest`, `vitest/...`), exceljs and the
  // database drivers. tsup checks `noExternal` before `external`, so the exceptions have to live
  // in this pattern. exceljs is CommonJS that requires Node built-ins at run time (`crypto`,
  // `stream`), which an ESM bundle cannot do ("Dynamic require of crypto is not supported"); it
  // is a declared dependency, installed beside the CLI, and loaded only for an .xlsx. The
  // database drivers of chitieu/sql are optional peers, native or heavy: never bundled.
  noExternal: [/^(?!(?:vitest|exceljs|@duckdb\/node-api|pg|@clickhouse\/client)(?:\/|$))/],
  external: ['vitest', /^vitest\//, 'exceljs', '@duckdb/node-api', 'pg', '@clickhouse/client'],
} satisfies Options;

/**
 * The library's sources: every module of src/ but the CLI, tests and test fixtures. Each is
 * compiled to its own file (dist/api/parse.js from src/api/parse.ts, ...), so an app's
 * bundler sees the module graph and drops what the app does not import (`sideEffects` in
 * package.json says which files may not be dropped).
 */
const LIBRARY_SOURCES = ['src/**/*.ts', '!src/cli/**', '!src/**/*.test.ts', '!src/**/*.fixture.ts'];

/**
 * The library's build: not bundled and not minified. Every import stays an import: the
 * declared dependencies (chevrotain, zod, decimal.js, date-fns: `npm audit` sees them and an
 * app's bundler shares one copy with the app), `vitest` (the optional peer) and the library's
 * own modules. Class and function names stay as written (`ParseError.name` is 'ParseError'),
 * and source maps point stack traces at src/.
 */
const LIBRARY_OPTIONS = {
  format: ['esm'],
  // The library also runs in browsers: the language level of tsconfig.json, not a Node version.
  target: 'es2022',
  platform: 'neutral',
  bundle: false,
  minify: false,
  sourcemap: true,
  splitting: false,
} satisfies Options;

/** The library's public entries, for the bundled type declarations (dist/index.d.ts, ...). */
const LIBRARY_TYPES: Record<string, string> = Object.fromEntries(
  Object.values(library).map((file) => [file.replace(/^src\//, '').replace(/\.ts$/, ''), file]),
);

/**
 * The CLI's build: bundled as above, its lazily loaded commands in chunks under dist/cli/. The
 * CLI imports only src/index.ts; `directImports` keeps that from putting the whole library in
 * every command's chunk (scripts/direct-imports.ts says why).
 */
const CLI_OPTIONS = {
  ...BUNDLE_OPTIONS,
  esbuildPlugins: [directImports('src/index.ts')],
  esbuildOptions(options) {
    options.chunkNames = 'cli/[name]-[hash]';
  },
} satisfies Options;

export default defineConfig(() => {
  // Both builds write to dist/. tsup runs them in parallel and cleans per build, so one could
  // delete the other's files: dist/ is emptied once here, before either starts.
  rmSync('dist', { recursive: true, force: true });
  return [
    // The library: one output file per source module, the public entries' types bundled.
    { ...LIBRARY_OPTIONS, entry: LIBRARY_SOURCES, dts: { entry: LIBRARY_TYPES }, clean: false },
    // The CLI apart, bundled with its own copy of the library: its start-up reads a few
    // minified files, not the library's modules one by one (and not lodash-es, which
    // chevrotain loads whole). The CLI is an executable, not an API: it gets no .d.ts.
    ...(cli === undefined ? [] : [{ ...CLI_OPTIONS, entry: { cli }, clean: false }]),
  ];
});
