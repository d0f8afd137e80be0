/**
 * Messy forms of every corpus statement read as the clean form does (issue 2): the same AST,
 * spans aside; where letters change (no diacritics, case) subjects are compared folded.
 * When the clean form is an error, the messy form is the same error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/api/index.js';
import type { Clause, Target } from '../../src/ast/types.js';
import { ParseError } from '../../src/diagnostics/index.js';
import { inputOf, loadCorpus } from '../helpers/corpus.js';
import {
  GAPS,
  foldWords,
  randomCase,
  respace,
  spacePercent,
  stripDiacritics,
  swapQuotes,
  swapTiLe,
  swapTonePlacement,
  withClosingMark,
} from '../helpers/messy.js';
import { withoutSpans } from '../helpers/without-spans.js';

const inputs = loadCorpus()
  .filter((c) => c.name !== 'input-too-long')
  .map((c) => [`${c.folder}/${c.name}`, inputOf(c)] as const);

type Reading = { readonly ok: unknown } | { readonly error: string };

/** The AST without spans, or the error code. */
function read(text: string, fold: boolean): Reading {
  try {
    const ast = parseTarget(text);
    return { ok: withoutSpans(fold ? foldTarget(ast) : ast) };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { error: e.code };
  }
}

/** Every author's word of a target folded: subjects, `each`, `by`, a unit as written. */
function foldTarget(t: Target): Target {
  return { ...t, clauses: t.clauses.map(foldClause) };
}

function foldClause(c: Clause): Clause {
  const subject = { before: foldWords(c.subject.before), after: foldWords(c.subject.after) };
  const each = c.each === undefined ? {} : { each: foldWords(c.each) };
  const folded = { ...c, subject, ...each };
  if (folded.kind === 'delegated') return { ...folded, by: foldWords(folded.by) };
  if (folded.kind === 'count') return { ...folded, unit: foldWords(folded.unit) };
  return folded;
}

/** Variants that keep every letter: the subjects must be identical. */
const exact: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['NFD', (s) => s.normalize('NFD')],
  ['`85 %` spacing', spacePercent],
  ['closing mark ./.', withClosingMark],
  ['curly/straight quotes', swapQuotes],
  ['old/new tone placement', swapTonePlacement],
  ['tỉ lệ / tỷ lệ', swapTiLe],
];

/** Variants that change letters: subjects keep the author's letters, so compare them folded. */
const lettered: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['no diacritics', stripDiacritics],
  ['UPPER CASE', (s) => s.toUpperCase()],
];

describe.each(exact)('messy form: %s', (_name, variant) => {
  it.each(inputs.filter(([, input]) => variant(input) !== input))('%s', (_case, input) => {
    expect(read(variant(input), false)).toStrictEqual(read(input, false));
  });
});

/**
 * Statements that only diacritics disambiguate: without them, `vụ an ninh` folds like the unit
 * `vụ án`, and `có quản lý` like `cơ quan`. Nothing but the marks tells these apart.
 */
const NEEDS_DIACRITICS = new Set(['count/vu-an-ninh', 'per-unit/moi-xa-co-quan-ly']);

describe.each(lettered)('messy form: %s (subjects folded)', (name, variant) => {
  it.each(inputs.filter(([c]) => name !== 'no diacritics' || !NEEDS_DIACRITICS.has(c)))('%s', (_case, input) => {
    expect(read(variant(input), true)).toStrictEqual(read(input, true));
  });
});

describe('messy forms chosen at random', () => {
  const anyInput = fc.constantFrom(...inputs.map(([, input]) => input));
  const unambiguous = fc.constantFrom(...inputs.filter(([c]) => !NEEDS_DIACRITICS.has(c)).map(([, input]) => input));

  it('line breaks and runs of spaces between words change nothing', () => {
    fc.assert(
      fc.property(anyInput, fc.array(fc.nat({ max: GAPS.length - 1 }), { minLength: 1, maxLength: 40 }), (input, gaps) => {
        expect(read(respace(input, gaps), false)).toStrictEqual(read(input, false));
      }),
      { numRuns: 500 },
    );
  });

  it('any letter case reads the same, subjects folded', () => {
    fc.assert(
      fc.property(anyInput, fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), (input, upper) => {
        expect(read(randomCase(input, upper), true)).toStrictEqual(read(input, true));
      }),
      { numRuns: 500 },
    );
  });

  it('several messy forms at once read the same, subjects folded', () => {
    const all = [...exact, ...lettered].map(([, f]) => f);
    fc.assert(
      fc.property(unambiguous, fc.subarray(all, { minLength: 2 }), fc.array(fc.nat({ max: GAPS.length - 1 }), { maxLength: 40 }), (input, fs, gaps) => {
        const messy = respace(fs.reduce((s, f) => f(s), input), gaps);
        expect(read(messy, true)).toStrictEqual(read(input, true));
      }),
      { numRuns: 500 },
    );
  });
});
