import { describe, expect, it } from 'vitest';
import { importSpecifiers, isRelative } from './imports.js';

describe('importSpecifiers', () => {
  it('finds static, multi-line, side-effect, re-export and dynamic imports in order', () => {
    const source = [
      'import { a } from "./chunk-A.js";',
      'import {',
      '  b,',
      '  c',
      '} from "./chunk-B.js";',
      'import "./side-effect.js";',
      "export { d } from './d.js';",
      'const fs = await import("node:fs");',
      "type T = import('vitest').Assertion;",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual([
      './chunk-A.js',
      './chunk-B.js',
      './side-effect.js',
      './d.js',
      'node:fs',
      'vitest',
    ]);
  });

  it('ignores "import" inside string literals and comments that are not at a line start', () => {
    const source = [
      'const message = "cannot import from \\"lodash\\" here";',
      '// you may import x from "y" later',
      'throw new Error(`import a from "b"`);',
    ].join('\n');
    expect(importSpecifiers(source)).toEqual([]);
  });

  it('reads minified output, where imports share a line with code and strings', () => {
    const source = `import{d,c as c$1}from'./chunk-A.js';export{a as b}from"./chunk-B.js";const s="import x from 'y'";import'./side.js';await import("vitest");`;
    expect(importSpecifiers(source)).toEqual(['./chunk-A.js', './chunk-B.js', './side.js', 'vitest']);
  });

  it('lists a specifier once however often it is imported', () => {
    const source = 'import { a } from "./x.js";\nimport { b } from "./x.js";\nawait import("./x.js");';
    expect(importSpecifiers(source)).toEqual(['./x.js']);
  });
});

describe('isRelative', () => {
  it('tells files of the package from packages and built-ins', () => {
    expect(['./chunk.js', '../index.js', 'vitest', 'node:fs', 'fs', '.hidden'].map(isRelative)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
