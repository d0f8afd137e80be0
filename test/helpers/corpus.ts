/**
 * The acceptance corpus: one JSON file per case under `test/corpus/<construct>/`, validated
 * here so that a malformed case fails loudly instead of asserting nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the corpus lives. */
export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** The construct folders; a folder outside this list is an error, so none is silently skipped. */
export const FOLDERS = [
  'change', 'rate', 'count', 'frequency', 'zero', 'compare', 'compound', 'per-unit',
  'delegated', 'qualitative', 'timing', 'task', 'numbers', 'messy', 'errors',
] as const;

const errorSchema = z.strictObject({
  code: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  suggestion: z.string().optional(),
});

const common = {
  /** Where the text comes from (plan, section, STT) or which phrase family it exercises. */
  source: z.string().min(1),
  /** Why the expectation is what it is, when that was a choice. */
  note: z.string().optional(),
  /** A seed file under test/corpus/seeds/ that holds every line of `input` verbatim. */
  seed: z.string().optional(),
  input: z.string(),
  /** Repeat `input` this many times (for very long inputs). */
  repeat: z.number().int().positive().optional(),
};

const okSchema = z.strictObject({
  ...common,
  /** A partial Target without spans; `clauses` must have exactly this many entries. */
  expect: z.looseObject({ clauses: z.array(z.looseObject({ kind: z.string() })).min(1) }),
  /** The exact output of formatTarget, when the reference fixes it. */
  canonical: z.string().optional(),
});

const errSchema = z.strictObject({ ...common, error: errorSchema });

/** A case that must parse. */
export type OkCase = z.infer<typeof okSchema> & { readonly kind: 'ok'; readonly folder: string; readonly name: string };
/** A case that must throw ParseError. */
export type ErrorCase = z.infer<typeof errSchema> & { readonly kind: 'error'; readonly folder: string; readonly name: string };
/** One corpus case. */
export type CorpusCase = OkCase | ErrorCase;

/**
 * Read and validate every case of the corpus, sorted by folder and name.
 *
 * @example
 * loadCorpus().filter((c) => c.folder === 'rate').map((c) => c.name) // ['bao-dam', 'bare', ...]
 */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const folder of readdirSync(dir).sort()) {
    // seeds/ holds plans, not cases; real/ has its own format (test/real-corpus.test.ts).
    if (folder === 'seeds' || folder === 'real' || !statSync(join(dir, folder)).isDirectory()) continue;
    if (!(FOLDERS as readonly string[]).includes(folder)) throw new Error(`unknown corpus folder ${folder}`);
    for (const file of readdirSync(join(dir, folder)).sort()) {
      if (!file.endsWith('.json')) throw new Error(`not a case: ${folder}/${file}`);
      cases.push(parseCase(folder, file.slice(0, -'.json'.length), readFileSync(join(dir, folder, file), 'utf8')));
    }
  }
  return cases;
}

/** Validate one case file's text. */
export function parseCase(folder: string, name: string, json: string): CorpusCase {
  const raw: unknown = JSON.parse(json);
  const where = `${folder}/${name}.json`;
  if (raw !== null && typeof raw === 'object' && 'error' in raw) {
    const r = errSchema.safeParse(raw);
    if (!r.success) throw new Error(`${where}: ${r.error.message}`);
    return { ...r.data, kind: 'error', folder, name };
  }
  const r = okSchema.safeParse(raw);
  if (!r.success) throw new Error(`${where}: ${r.error.message}`);
  return { ...r.data, kind: 'ok', folder, name };
}

/** The text a case feeds the parser (`input`, repeated when asked). */
export function inputOf(c: CorpusCase): string {
  return c.input.repeat(c.repeat ?? 1);
}

/**
 * A seed plan as committed under test/corpus/seeds/.
 *
 * @example
 * readSeed('001_a50146c75ab3a92e.txt').includes('kéo giảm ít nhất 5%') // true
 */
export function readSeed(file: string): string {
  return readFileSync(join(CORPUS_DIR, 'seeds', file), 'utf8');
}
