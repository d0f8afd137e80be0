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

  it('declares what it imports at run time, and installs only that (chevrotain and its own dependencies)', () => {
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['chevrotain']);
    const nodeModules = dirname(packageDir);
    const installed = readdirSync(nodeModules).filter((name) => !name.startsWith('.'));
    expect(installed).toContain('chevrotain');
  });

  it('loads only its declared dependencies when the library is imported: no other package, no node: module', () => {
    // The library also runs in browsers; the CLI is the only place for node: modules.
    const declared = Object.keys(manifest.dependencies ?? {});
    const outside = outsideImports(moduleGraph('dist/index.js')).filter((s) => !declared.includes(s.split(' → ')[1]!));
    expect(outside).toEqual([]);
  });

  it('parses with chevrotain: the one grammar is the runtime parser', () => {
    const code = moduleGraph('dist/index.js').map(read).join('\n');
    expect(importSpecifiers(code)).toContain('chevrotain');
  });

  it('imports only vitest, its optional peer, and the declared dependencies from chitieu/vitest', () => {
    const outside = importSpecifiers(moduleGraph('dist/vitest.js').map(read).join('\n')).filter((s) => !isRelative(s));
    const declared = Object.keys(manifest.dependencies ?? {});
    expect(outside).toContain('vitest');
    expect(outside.filter((s) => s !== 'vitest' && !s.startsWith('vitest/') && !declared.includes(s))).toEqual([]);
    expect(Object.keys(manifest.peerDependencies ?? {})).toContain('vitest');
  });

  it('has type declarations that need no package a user may lack', () => {
    const declarations = readdirSync(join(packageDir, 'dist'))
      .filter((f) => f.endsWith('.d.ts'))
      .map((f) => `dist/${f}`);
    expect(declarations).toContain('dist/index.d.ts');
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
