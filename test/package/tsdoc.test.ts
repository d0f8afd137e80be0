/**
 * The project standard: every export of the public API (src/index.ts) has a TSDoc comment with
 * an `@example`. Read with the TypeScript compiler, following re-exports (`export { x } from`,
 * `export type *`) to the declaration, which is where editors show the comment from.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const DOCX_REPORT = fileURLToPath(new URL('../../src/docx-report/index.ts', import.meta.url));
const SQL_INDEX = fileURLToPath(new URL('../../src/sql/index.ts', import.meta.url));

/** Each export of an entry (src/index.ts by default) with what its documentation lacks, if anything. */
function undocumentedExports(INDEX_FILE = INDEX): { names: string[]; missing: string[] } {
  const INDEX = INDEX_FILE;
  const program = ts.createProgram([INDEX], {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(INDEX);
  if (!source) throw new Error(`cannot read ${INDEX}`);
  const module = checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${INDEX} is not a module`);
  const names: string[] = [];
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    names.push(exported.name);
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker));
    if (!doc) missing.push(`${exported.name}: no TSDoc`);
    else if (!symbol.getJsDocTags(checker).some((t) => t.name === 'example')) missing.push(`${exported.name}: no @example`);
  }
  return { names, missing };
}

describe('TSDoc of the public API', () => {
  it('gives every export of chitieu/sql (src/sql/index.ts) a comment with an @example', () => {
    const { names, missing } = undocumentedExports(SQL_INDEX);
    expect(names).toContain('compilePlan');
    expect(missing, `exports without a TSDoc @example:\n${missing.join('\n')}`).toEqual([]);
  });

  it('gives every export of src/index.ts a comment with an @example', () => {
    const { names, missing } = undocumentedExports(INDEX);
    // Guards against a vacuous pass (a wrong path or an unresolved module gives no exports).
    expect(names).toContain('parseTarget');
    expect(names).toContain('Target');
    expect(names.length).toBeGreaterThan(100);
    expect(missing, `exports without a TSDoc @example:\n${missing.join('\n')}`).toEqual([]);
  });

  it('gives every export of chitieu/docx-report (src/docx-report/index.ts) a comment with an @example', () => {
    const { names, missing } = undocumentedExports(DOCX_REPORT);
    expect(names).toContain('renderDocx');
    expect(missing, `exports without a TSDoc @example:\n${missing.join('\n')}`).toEqual([]);
  });
});
