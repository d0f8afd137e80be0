/**
 * parse ∘ format is the identity on canonical ASTs (see test/helpers/arbitraries.ts for what
 * canonical means): the canonical text loses nothing the AST says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from '../../src/api/index.js';
import { EACH_WORDS, SUBJECT_WORDS, target } from '../helpers/arbitraries.js';
import { inputOf, loadCorpus } from '../helpers/corpus.js';
import { withoutSpans } from '../helpers/without-spans.js';

describe('the subject word pool is plain words', () => {
  it.each([...SUBJECT_WORDS, ...EACH_WORDS])('%s parses as a qualitative clause of itself', (word) => {
    expect(withoutSpans(parseTarget(word))).toStrictEqual({
      kind: 'target',
      clauses: [{ kind: 'qualitative', part: 'main', subject: { before: word, after: '' } }],
    });
  });
});

describe('parse ∘ format', () => {
  it('gives back every generated target', () => {
    fc.assert(
      fc.property(target, (ast) => {
        const text = formatTarget(ast);
        expect(withoutSpans(parseTarget(text)), text).toStrictEqual(withoutSpans(ast));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints a fixed point: formatting the re-parsed target gives the same text', () => {
    fc.assert(
      fc.property(target, (ast) => {
        const text = formatTarget(ast);
        expect(formatTarget(parseTarget(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('format ∘ parse on what authors write', () => {
  // The canonical text of a statement means what the statement means: a plan saved in
  // canonical form keeps every target.
  const cases = loadCorpus().filter((c) => c.kind === 'ok');
  it.each(cases.map((c) => [`${c.folder}/${c.name}`, inputOf(c)] as const))('%s', (_name, input) => {
    const read = parseTarget(input);
    const text = formatTarget(read);
    expect(withoutSpans(parseTarget(text)), text).toStrictEqual(withoutSpans(read));
  });
});
