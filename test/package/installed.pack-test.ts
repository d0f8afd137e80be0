/**
 * Tests of the package as a user installs it: run by scripts/pack-smoke.sh after it packed the
 * build and installed the tarball into a scratch project (see test/package/vitest.config.ts).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, isRelative } from './imports.js';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through scripts/pack-smoke.sh`);
  return value;
}

const packageDir = requireEnv('CHITIEU_PACKAGE_DIR');
const tarball = requireEnv('CHITIEU_TARBALL');
/** The scratch project that installed the tarball (packageDir is its node_modules/chitieu). */
const appDir = dirname(dirname(packageDir));

interface Manifest {
  readonly license: string;
  readonly repository: { readonly url: string };
  readonly homepage: string;
  readonly bugs: { readonly url: string };
  readonly keywords: readonly string[];
  readonly bin: Record<string, string>;
  readonly exports: Record<string, string | Record<string, string>>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Manifest;

const read = (file: string): string => readFileSync(join(packageDir, file), 'utf8');

/** Every file a module loads, itself included, following relative imports (static and dynamic). */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importSpecifiers(read(file))) {
      if (isRelative(specifier)) visit(normalize(join(dirname(file), specifier)));
    }
  };
  visit(entry);
  return [...seen];
}

/** The imports of `files` that leave the package: other packages and Node built-ins. */
const outsideImports = (files: readonly string[]): string[] =>
  files.flatMap((file) => importSpecifiers(read(file)).filter((s) => !isRelative(s)).map((s) => `${file} → ${s}`));

/** The package a bare specifier names: `zod/mini` → `zod`, `@chevrotain/gast/x` → `@chevrotain/gast`. */
const packageOf = (specifier: string): string =>
  specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** Every file under `dir` of the package (relative to it, `/`-separated), recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(join(packageDir, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(packageDir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));

/** The library's dependencies (of the main entry), as the manifest declares them. */
const DEPENDENCIES = ['chevrotain', 'date-fns', 'decimal.js', 'zod'];
/** The dependency of `chitieu/xlsx` alone, loaded when a workbook is read or written. */
const XLSX_DEPENDENCY = 'exceljs';

describe('the installed package', () => {
  it('has every file its exports map points at (a pattern such as ./grammar/*: at least one)', () => {
    const targets = Object.values(manifest.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    const present = (target: string): boolean => {
      const star = target.indexOf('*');
      if (star < 0) return existsSync(join(packageDir, target));
      const dir = join(packageDir, dirname(target.slice(0, star + 1)));
      return existsSync(dir) && readdirSync(dir).length > 0;
    };
    expect(targets.filter((t) => !present(t))).toEqual([]);
  });

  it('installs its CLI as an executable node script', () => {
    const cli = manifest.bin['chitieu'];
    expect(cli).toBe('./dist/cli.js');
    const file = join(packageDir, cli ?? '');
    expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(file, constants.X_OK)).not.toThrow();
  });

  it('declares what it imports at run time (chevrotain, date-fns, decimal.js, zod; exceljs for chitieu/xlsx), and they install with it', () => {
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([...DEPENDENCIES, XLSX_DEPENDENCY].sort());
    const nodeModules = dirname(packageDir);
    for (const dependency of [...DEPENDENCIES, XLSX_DEPENDENCY]) expect(existsSync(join(nodeModules, dependency, 'package.json'))).toBe(true);
  });

  it('loads exceljs only from chitieu/xlsx, and only when a workbook is read or written (a dynamic import)', () => {
    expect(moduleGraph('dist/index.js').some((f) => read(f).includes(XLSX_DEPENDENCY))).toBe(false);
    const graph = moduleGraph('dist/xlsx/index.js');
    const code = graph.map(read).join('\n');
    expect(importSpecifiers(code)).toContain(XLSX_DEPENDENCY);
    expect(code).toMatch(/import\(['"]exceljs['"]\)/);
    expect(code).not.toMatch(/\bfrom\s*['"]exceljs['"]/);
    const declared = Object.keys(manifest.dependencies ?? {});
    expect(outsideImports(graph).filter((s) => !declared.includes(packageOf(s.split(' → ')[1]!)))).toEqual([]);
  });

  it('loads only its declared dependencies when the library is imported: no other package, no node: module', () => {
    // The library also runs in browsers; the CLI is the only place for node: modules.
    const declared = Object.keys(manifest.dependencies ?? {});
    const imports = outsideImports(moduleGraph('dist/index.js'));
    const outside = imports.filter((s) => !declared.includes(packageOf(s.split(' → ')[1]!)));
    expect(outside).toEqual([]);
    // and imports each of them, none bundled in
    expect([...new Set(imports.map((s) => packageOf(s.split(' → ')[1]!)))].sort()).toEqual(DEPENDENCIES);
  });

  it('parses with chevrotain: the one grammar is the runtime parser', () => {
    const code = moduleGraph('dist/index.js').map(read).join('\n');
    expect(importSpecifiers(code)).toContain('chevrotain');
  });

  it('imports only vitest, its optional peer, and the declared dependencies from chitieu/vitest', () => {
    const outside = importSpecifiers(moduleGraph('dist/vitest/index.js').map(read).join('\n')).filter((s) => !isRelative(s));
    const declared = Object.keys(manifest.dependencies ?? {});
    expect(outside).toContain('vitest');
    expect(outside.filter((s) => packageOf(s) !== 'vitest' && !declared.includes(packageOf(s)))).toEqual([]);
    expect(Object.keys(manifest.peerDependencies ?? {})).toContain('vitest');
  });

  it('has type declarations that need no package a user may lack', () => {
    const declarations = filesUnder('dist').filter((f) => f.endsWith('.d.ts'));
    expect(declarations).toEqual(expect.arrayContaining(['dist/index.d.ts', 'dist/vitest/index.d.ts']));
    const outside = outsideImports(declarations).filter((line) => !/→ vitest(\/|$)/.test(line));
    expect(outside).toEqual([]);
  });

  it('ships its MIT license and says where it lives', () => {
    expect(manifest.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 The chitieu authors\n/);
    expect(manifest.repository.url).toBe('git+https://github.com/chitieu/chitieu.git');
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/chitieu\/chitieu/);
    expect(manifest.bugs.url).toBe('https://github.com/chitieu/chitieu/issues');
    expect(manifest.keywords.length).toBeGreaterThan(0);
  });

  it('exports the shipped grammar files: chitieu/grammar/chitieu.tmLanguage.json resolves, from require and import', () => {
    const specifier = 'chitieu/grammar/chitieu.tmLanguage.json';
    const required = createRequire(join(appDir, 'package.json')).resolve(specifier);
    expect(required).toBe(join(packageDir, 'grammar/chitieu.tmLanguage.json'));
    expect((JSON.parse(readFileSync(required, 'utf8')) as { scopeName: string }).scopeName).toBe('source.chitieu');
    const imported = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `process.stdout.write(import.meta.resolve(${JSON.stringify(specifier)}))`],
      { cwd: appDir, encoding: 'utf8' },
    );
    expect(imported).toBe(pathToFileURL(required).href);
  });

  it('ships dist, schema.json, grammar, the README and the LICENSE, and no sources, tests or benchmarks', () => {
    const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((entry) => relative('package', entry));
    const tops = [...new Set(entries.map((entry) => entry.split('/')[0]))].sort();
    expect(tops).toEqual(['LICENSE', 'README.md', 'dist', 'grammar', 'package.json', 'schema.json']);
    expect(entries).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli.js']));
  });
});

describe("the library's build, as apps and their bundlers see it", () => {
  /** Runs an ES module in the scratch project, as a user's script importing chitieu. */
  const runInApp = (code: string, nodeOptions: readonly string[] = []): string =>
    execFileSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', code], { cwd: appDir, encoding: 'utf8' });
  const STACK_OF_A_PARSE_ERROR =
    "import { parseTarget } from 'chitieu'; try { parseTarget('Đạt từ 80% trở'); } catch (e) { process.stdout.write(e.stack); }";

  it('keeps class names: ParseError.name is "ParseError", and so for the other error classes', async () => {
    const library = (await import(pathToFileURL(join(packageDir, 'dist/index.js')).href)) as Record<string, unknown>;
    const names = ['ChitieuError', 'ParseError', 'PlanError', 'DataError', 'ChitieuAssertionError'];
    expect(names.map((name) => (library[name] as { name: string }).name)).toEqual(names);
    const parseTarget = library['parseTarget'] as (text: string) => unknown;
    const ParseError = library['ParseError'] as new (...args: never[]) => Error;
    let thrown: unknown;
    try {
      parseTarget('Đạt từ 80% trở');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ParseError);
    expect((thrown as Error).name).toBe('ParseError');
  });

  it('makes every error an instanceof ChitieuError, one class shared by chitieu and chitieu/vitest', () => {
    const script = [
      "import { ChitieuError, assertConsistent, parseObservations, parsePlan, parseTarget } from 'chitieu';",
      "const calls = [() => parseTarget('Đạt từ 80% trở'), () => parsePlan('Chu tri: x\\n'),",
      "  () => parseObservations({ observations: [{ period: '2023', value: true }] }), () => assertConsistent('Đạt trên 100%')];",
      'const errors = calls.map((f) => { try { f(); } catch (e) { return e; } });',
      'process.stdout.write(JSON.stringify(errors.map((e) => [e.name, e instanceof ChitieuError, e instanceof Error, e.code])));',
    ].join('\n');
    expect(JSON.parse(runInApp(script))).toEqual([
      ['ParseError', true, true, 'missing_closer'],
      ['PlanError', true, true, 'field_not_allowed'],
      ['DataError', true, true, 'invalid_data'],
      ['ChitieuAssertionError', true, true, 'not_consistent'],
    ]);
    // chitieu/vitest throws the same ChitieuAssertionError: it loads the module files chitieu
    // loads, not a bundled copy of them, so `instanceof` holds across the two entries.
    const shared = ['dist/vitest/assertions.js', 'dist/diagnostics/chitieu-error.js'];
    expect(moduleGraph('dist/vitest/index.js')).toEqual(expect.arrayContaining(shared));
    expect(moduleGraph('dist/index.js')).toEqual(expect.arrayContaining(shared));
  });

  it('keeps module boundaries, unminified: each module of src/ is a file, named functions in stack traces', () => {
    const graph = moduleGraph('dist/index.js');
    expect(graph.length).toBeGreaterThan(50);
    expect(graph).toEqual(expect.arrayContaining(['dist/api/parse.js', 'dist/diagnostics/parse-error.js']));
    // Minified output is one long line a file; written code is not.
    const longest = Math.max(...graph.map((file) => Math.max(...read(file).split('\n').map((line) => line.length))));
    expect(longest).toBeLessThan(2000);
    expect(runInApp(STACK_OF_A_PARSE_ERROR)).toMatch(/^ParseError: [^]*\n\s+at parseTarget \(\S+\/dist\/api\/parse\.js:\d+:\d+\)/);
  });

  it('ships source maps with the sources in them: stack traces point at src/ with --enable-source-maps', () => {
    for (const file of moduleGraph('dist/index.js')) {
      const map = `${file}.map`;
      expect(read(file), file).toContain(`//# sourceMappingURL=${map.split('/').pop()}`);
      const parsed = JSON.parse(read(map)) as { sources: string[]; sourcesContent?: string[] };
      expect(parsed.sources.length, map).toBeGreaterThan(0);
      expect(parsed.sourcesContent?.length, map).toBe(parsed.sources.length);
    }
    const stack = runInApp(STACK_OF_A_PARSE_ERROR, ['--enable-source-maps']);
    expect(stack).toMatch(/\n\s+at parseTarget \(\S+\/node_modules\/chitieu\/src\/api\/parse\.ts:\d+:\d+\)/);
  });
});
