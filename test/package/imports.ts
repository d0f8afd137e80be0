/**
 * Module specifiers in built output (esbuild ESM and rollup .d.ts), for the package tests:
 * what a shipped file would ask the user's resolver for.
 */

import { initSync, parse } from 'es-module-lexer';

initSync();

// Static `import ... from "x"` / `export ... from "x"` (possibly spanning lines), bare
// `import "x"`, and `import("x")` (dynamic imports and .d.ts type queries). esbuild and
// rollup print top-level imports at the start of a line, which keeps string literals and
// comments in bundled code (chevrotain's messages mention "import") out of the match.
const PATTERNS: readonly RegExp[] = [
  /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

/**
 * Every module specifier `source` imports, in order of first appearance, without duplicates.
 *
 * @example
 * importSpecifiers('import { a } from "./chunk-X.js";\nconst m = await import("node:fs");');
 * // → ['./chunk-X.js', 'node:fs']
 */
export function importSpecifiers(source: string): string[] {
  // A real lexer first: the build is minified, so imports share lines with code and strings.
  // Type declarations (.d.ts) may not lex as JavaScript: the line patterns read those.
  try {
    const [imports] = parse(source);
    return [...new Set(imports.map((i) => i.n).filter((n): n is string => n !== undefined))];
  } catch {
    return scanLines(source);
  }
}

/** Import specifiers by line patterns (rollup's .d.ts output keeps one statement a line). */
function scanLines(source: string): string[] {
  const found: { at: number; specifier: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1];
      if (specifier !== undefined) found.push({ at: match.index, specifier });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.specifier))];
}

/**
 * Whether a specifier points into the package itself (`./chunk-X.js`, `../index.js`) rather
 * than at another package or a Node built-in.
 *
 * @example
 * isRelative('./chunk-X.js'); // → true
 * isRelative('vitest'); // → false
 */
export function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}
