/**
 * `chitieu/docx` is its own entry: the main entry never reaches it (so an app's bundle of
 * `chitieu` carries no ZIP or XML reader), and it imports no `node:` module (it runs in
 * browsers, on bytes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function specifiers(file: string): string[] {
  // Comments left out: a TSDoc example may show `import ... from 'node:fs'` in an app.
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Every module the main entry reaches, and the packages they import. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const s of specifiers(file)) {
      if (s.startsWith('.')) visit(resolve(dirname(file), s).replace(/\.js$/, '.ts'));
      else packages.add(s);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the chitieu/docx entry', () => {
  it('is not reached from src/index.ts, and neither are fflate and @xmldom/xmldom', () => {
    const { files, packages } = graph(join(SRC, 'index.ts'));
    expect(files.size).toBeGreaterThan(50);
    expect([...files].filter((f) => f.startsWith(join(SRC, 'docx')))).toEqual([]);
    expect([...packages].filter((p) => p === 'fflate' || p.startsWith('@xmldom'))).toEqual([]);
  });

  it('reaches the ZIP and XML readers itself, and no node: module', () => {
    const { packages } = graph(join(SRC, 'docx', 'index.ts'));
    expect(packages).toContain('fflate');
    expect(packages).toContain('@xmldom/xmldom');
    expect([...packages].filter((p) => p.startsWith('node:'))).toEqual([]);
    const own = readdirSync(join(SRC, 'docx')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.fixture.ts'));
    expect(own.flatMap((f) => specifiers(join(SRC, 'docx', f)).filter((s) => s.startsWith('node:')))).toEqual([]);
  });
});
