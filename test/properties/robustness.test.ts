/**
 * Whatever the string, parseTarget returns a Target or throws a ParseError, and nothing else;
 * every position it reports (spans, error line/column/offset) points into that string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget, safeParseTarget } from '../../src/api/index.js';
import type { Span, Target } from '../../src/ast/types.js';
import { ParseError } from '../../src/diagnostics/index.js';
import { inputOf, loadCorpus } from '../helpers/corpus.js';
import { lineColumn } from '../helpers/line-column.js';
import { fragmentSoup, mutationOf, unicodeText } from '../helpers/mutations.js';

const CODES = [
  'empty_input', 'unexpected_token', 'unexpected_end', 'missing_closer', 'missing_baseline', 'missing_figure', 'invalid_number',
  'invalid_date', 'invalid_year', 'invalid_period', 'inverted_range', 'unbalanced_paren', 'input_too_long',
];

function expectSpan(span: Span, text: string): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThan(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect({ line: span.line, column: span.column }).toStrictEqual(lineColumn(text, span.start));
}

/** The contract on one input; returns the target when it parsed. */
function check(text: string): Target | undefined {
  const safe = safeParseTarget(text);
  let target: Target;
  try {
    target = parseTarget(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    const error = e as ParseError;
    expect(CODES).toContain(error.code);
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.offset).toBeLessThanOrEqual(text.length);
    expect({ line: error.line, column: error.column }).toStrictEqual(lineColumn(text, error.offset));
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.format('en').length).toBeGreaterThan(0);
    expect(safe.success).toBe(false);
    if (!safe.success) expect(safe.error.code).toBe(error.code);
    return undefined;
  }
  expect(safe.success).toBe(true);
  expectSpan(target.span, text);
  for (const clause of target.clauses) expectSpan(clause.span, text);
  expect(typeof formatTarget(target)).toBe('string');
  return target;
}

const corpus = loadCorpus().map(inputOf).filter((s) => s.length < 2000);

describe('parseTarget on arbitrary text', () => {
  it('throws only ParseError, with positions inside the text, on arbitrary Unicode', () => {
    fc.assert(fc.property(unicodeText, (s) => void check(s)), { numRuns: 3000 });
  });

  it('throws only ParseError on soups of the language’s own words and figures', () => {
    fc.assert(fc.property(fragmentSoup, (s) => void check(s)), { numRuns: 3000 });
  });

  it('throws only ParseError on random edits of the corpus statements', () => {
    fc.assert(fc.property(mutationOf(corpus), (s) => void check(s)), { numRuns: 3000 });
  });

  it('reads a statement just over the length limit as input_too_long, not by timing out', () => {
    const e = (() => {
      try {
        parseTarget('Đạt trên 91%; '.repeat(1430));
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(ParseError);
    expect((e as ParseError).code).toBe('input_too_long');
  });
});
