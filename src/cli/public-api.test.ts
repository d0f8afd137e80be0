/**
 * The CLI is an app like any other: it uses only the public API (src/index.ts). What it needs
 * and the index lacks, apps lack too (issue 10), so a deep import fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(CLI, '..');
/** The library files the CLI may import: the package's entry points (`chitieu`, `chitieu/vitest`, `chitieu/xlsx`, `chitieu/docx`, `chitieu/docx-report`, `chitieu/sql`). */
const ALLOWED = new Set([join(SRC, 'index.ts'), join(SRC, 'vitest', 'index.ts'), join(SRC, 'xlsx', 'index.ts'), join(SRC, 'docx', 'index.ts'), join(SRC, 'docx-report', 'index.ts'), join(SRC, 'sql', 'index.ts')]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every module specifier of a file: static imports and re-exports, and `import(...)`. */
function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g);
  return [...found].map((m) => m[1]!);
}

/** The src/ files outside src/cli/ that a file imports, other than the entry points. */
function deepImports(file: string): string[] {
  return specifiers(readFileSync(file, 'utf8'))
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'))
    .filter((target) => target.startsWith(`${SRC}/`) && !target.startsWith(`${CLI}/`) && !ALLOWED.has(target))
    .map((target) => relative(SRC, target));
}

describe('src/cli uses only the public API', () => {
  it('finds the imports it checks (the test reads real files)', () => {
    expect(deepImports(join(CLI, 'errors.ts'))).toEqual([]);
    expect(specifiers("import { a } from '../index.js';\nconst c = await import('./commands/check.js');")).toEqual(['../index.js', './commands/check.js']);
  });

  it('no file under src/cli imports from src/ except the entry points (src/index.ts, src/xlsx/index.ts)', () => {
    const offenders = files(CLI).flatMap((f) => deepImports(f).map((t) => `${relative(SRC, f)} → ${t}`));
    expect(offenders).toEqual([]);
  });
});
