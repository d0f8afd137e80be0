/**
 * The generated files in grammar/ (and src/parser/cst.ts) must be what the parser generates now: a change to the
 * tokens or the rules without `npm run grammar` fails here.
 */
import { describe, expect, it } from 'vitest';
import { generateGrammarFiles } from '../../scripts/gen-grammar.js';
import { readRepoFile } from './paths.js';

describe('grammar/ is generated from the current parser', () => {
  const files = generateGrammarFiles();

  it('generates the five files of grammar/ and the CST types', () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      'grammar/README.md',
      'grammar/chitieu.tmLanguage.json',
      'grammar/diagrams.html',
      'grammar/grammar.ebnf',
      'grammar/grammar.json',
      'src/parser/cst.ts',
    ]);
  });

  for (const file of files) {
    it(`${file.path} is up to date`, () => {
      const committed = readRepoFile(file.path);
      // A boolean, so a mismatch reports the advice rather than a 60 kB diff.
      expect(committed === file.content, `${file.path} is stale: run npm run grammar`).toBe(true);
    });
  }
});
