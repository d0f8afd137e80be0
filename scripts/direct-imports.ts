/**
 * An esbuild plugin for the CLI's bundle: each `import { x } from '…/index.js'` in src/cli/
 * becomes an import from the file that declares `x`.
 *
 * Why: the CLI uses only the public API (src/index.ts, as apps do), but esbuild splits code
 * by which files an entry reaches, and through the index every command reaches every module.
 * Without this, `chitieu parse` would load the whole library (394 KB minified, check's report
 * renderers and zod schemas included) instead of the parser (227 KB): ~30 ms more cold start.
 * Only the bundle changes; a name the plugin cannot trace keeps its import as written.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/** `export { a, type B, c as d } from './x.js'` blocks of a file: exported name → [local name, module]. */
function reExports(file: string): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  for (const m of readFileSync(file, 'utf8').matchAll(/export\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    for (const raw of m[1]!.split(',')) {
      const spec = raw.replace(/\/\/.*$/gm, '').trim();
      if (spec === '' || spec.startsWith('type ') || m[0].startsWith('export type')) continue;
      const [local, exported = local] = spec.split(/\s+as\s+/) as [string, string?];
      map.set(exported, [local, resolve(dirname(file), m[2]!.replace(/\.js$/, '.ts'))]);
    }
  }
  return map;
}

/** The file that declares `name` as exported from `file`, and its name there. */
function origin(file: string, name: string, depth = 0): [string, string] {
  const next = depth < 8 ? reExports(file).get(name) : undefined;
  return next ? origin(next[1], next[0], depth + 1) : [file, name];
}

/** One import statement of the index, rewritten as imports from the declaring files. */
function direct(specifiers: string, index: string): string {
  const byFile = new Map<string, string[]>();
  for (const raw of specifiers.split(',')) {
    const spec = raw.trim();
    if (spec === '' || spec.startsWith('type ')) continue;
    const [name, alias] = spec.split(/\s+as\s+/) as [string, string?];
    const [file, local] = origin(index, name);
    byFile.set(file, [...(byFile.get(file) ?? []), `${local}${local !== (alias ?? name) ? ` as ${alias ?? name}` : ''}`]);
  }
  return [...byFile].map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`).join('\n');
}

/**
 * A file's value imports of the index (`index`, absolute) rewritten as direct imports.
 *
 * @example
 * rewriteIndexImports("import { parseTarget } from '../index.js';", '/r/src/cli/x.ts', '/r/src/index.ts')
 * // "import { parseTarget } from \"/r/src/api/parse.ts\";"
 */
export function rewriteIndexImports(text: string, file: string, index: string): string {
  return text.replace(/import\s*\{([^}]*)\}\s*from\s*'((?:\.\.\/)+index\.js)';/g, (all, specifiers: string, path: string) =>
    resolve(dirname(file), path.replace(/\.js$/, '.ts')) === index ? direct(specifiers, index) : all,
  );
}

/**
 * The plugin: src/cli files are loaded with their index imports made direct.
 *
 * @example
 * { ...CLI_OPTIONS, esbuildPlugins: [directImports('src/index.ts')] }
 */
export function directImports(indexFile: string): Plugin {
  const index = resolve(indexFile);
  return {
    name: 'direct-imports',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]cli[\\/].*\.ts$/ }, (args) => {
        return { contents: rewriteIndexImports(readFileSync(args.path, 'utf8'), args.path, index), loader: 'ts' };
      });
    },
  };
}
