/**
 * The library as the benchmarks load it: the built dist/ when there is one (what users run;
 * `npm run bench` builds first), else the sources through tsx (`BENCH_SOURCE=1` forces them).
 */
import { existsSync } from 'node:fs';
import type { Span, Target } from '../../src/ast/types.js';

/** The part of src/api the benchmarks call. */
export interface ParserApi {
  parseTarget(text: string): Target;
  safeParseTarget(text: string): { readonly success: boolean };
  extractTargets(text: string): readonly { readonly target: Target; readonly text: string; readonly span: Span }[];
}

const SOURCE = new URL('../../src/index.ts', import.meta.url);
/** The published bundle, what users run (`npm run bench` builds it first). */
const BUILT = new URL('../../dist/index.js', import.meta.url);
/** tsx wraps every function to keep its name, which slows hot code: measure the build when there is one. */
const API = existsSync(BUILT) && !process.env['BENCH_SOURCE'] ? BUILT : SOURCE;

/**
 * Imports src/api. The path is a variable, not a literal, so the benchmarks type-check while
 * src/api is still being written; a missing module is reported, not thrown as a stack trace.
 *
 * @example
 * const { parseTarget } = await loadApi();
 */
export async function loadApi(): Promise<ParserApi> {
  if (!existsSync(API)) {
    process.stderr.write('bench: src/api/index.ts does not exist yet: nothing to measure\n');
    process.exit(1);
  }
  const href: string = API.href;
  process.stdout.write(`api: ${API === BUILT ? 'dist/index.js (the build)' : 'src/ through tsx'}\n`);
  return (await import(href)) as ParserApi;
}

/** The whole public API, typed as the sources declare it. */
export type Library = typeof import('../../src/index.js');

/**
 * Imports the whole library (dist/ or src/, as `loadApi`), for benchmarks that call more than
 * the parser.
 *
 * @example
 * const { checkPlanNdjson } = await loadLibrary();
 */
export async function loadLibrary(): Promise<Library> {
  return (await loadApi()) as unknown as Library;
}
