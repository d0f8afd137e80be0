/**
 * The statements the throughput benchmark parses: every `input` of the seed corpus in
 * test/corpus/**\/*.json, or, while that corpus does not exist yet, the Cẩm Phả appendix column
 * "Chỉ tiêu thực hiện" copied into bench/fixtures/statements.txt (one cell per line).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = join(ROOT, 'test/corpus');
const FIXTURE = join(ROOT, 'bench/fixtures/statements.txt');

/** Where the statements came from, for the report. */
export interface Statements {
  readonly source: string;
  readonly statements: readonly string[];
}

/** Every string under a key named `input`, at any depth (a case, an array of cases, `{ cases }`). */
function inputsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(inputsOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'input' && typeof inner === 'string' ? [inner] : inputsOf(inner),
  );
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return corpusFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/**
 * The corpus statements if test/corpus holds any, else the fixture.
 *
 * @example
 * const { source, statements } = loadStatements();
 */
export function loadStatements(): Statements {
  if (existsSync(CORPUS)) {
    const files = corpusFiles(CORPUS).sort();
    const statements = files.flatMap((file) => inputsOf(JSON.parse(readFileSync(file, 'utf8'))));
    if (statements.length > 0) return { source: `test/corpus (${files.length} files)`, statements };
  }
  const statements = readFileSync(FIXTURE, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return { source: 'bench/fixtures/statements.txt (Cẩm Phả appendix, column "Chỉ tiêu thực hiện")', statements };
}
