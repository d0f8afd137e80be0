/**
 * The acceptance corpus (test/corpus/<construct>/<case>.json): every case's meaning, canonical
 * form and round trip, or its error code and position. A new case is a new file.
 */
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget, safeParseTarget } from '../src/api/index.js';
import type { Span, Target } from '../src/ast/types.js';
import { ParseError } from '../src/diagnostics/index.js';
import { inputOf, loadCorpus, readSeed, type ErrorCase, type OkCase } from './helpers/corpus.js';
import { withoutSpans } from './helpers/without-spans.js';

const cases = loadCorpus();
const ok = cases.filter((c): c is OkCase => c.kind === 'ok');
const errors = cases.filter((c): c is ErrorCase => c.kind === 'error');

/** Every span lies inside the text it came from. */
function expectSpanInside(span: Span, text: string): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThan(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
}

function thrown(input: string): ParseError {
  try {
    parseTarget(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error(`expected a ParseError, but ${JSON.stringify(input.slice(0, 60))} parsed`);
}

describe('corpus: seed text is verbatim', () => {
  it.each(cases.filter((c) => c.seed).map((c) => [`${c.folder}/${c.name}`, c] as const))('%s', (_name, c) => {
    const seed = readSeed(c.seed!);
    for (const line of c.input.split('\n')) if (line) expect(seed).toContain(line);
  });
});

describe.each([...new Set(ok.map((c) => c.folder))])('corpus: %s', (folder) => {
  it.each(ok.filter((c) => c.folder === folder).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = inputOf(c);
    const ast: Target = parseTarget(input);
    const plain = withoutSpans(ast);
    expect(plain.clauses.map((cl) => cl.kind), 'clause kinds').toStrictEqual(c.expect.clauses.map((cl) => cl.kind));
    expect(plain).toMatchObject(c.expect);
    if (c.expect['schedule'] === undefined) expect(plain.schedule, 'no schedule was expected').toBeUndefined();

    expectSpanInside(ast.span, input);
    for (const cl of ast.clauses) {
      expectSpanInside(cl.span, input);
      expect(cl.span.start).toBeGreaterThanOrEqual(ast.span.start);
      expect(cl.span.end).toBeLessThanOrEqual(ast.span.end);
    }

    const canonical = formatTarget(ast);
    if (c.canonical !== undefined) expect(canonical, 'canonical form').toBe(c.canonical);
    expect(withoutSpans(parseTarget(canonical)), `re-parse of ${JSON.stringify(canonical)}`).toStrictEqual(plain);
  });
});

describe('corpus: errors', () => {
  it.each(errors.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = inputOf(c);
    const e = thrown(input);
    expect({ code: e.code, line: e.line, column: e.column }).toStrictEqual({ code: c.error.code, line: c.error.line, column: c.error.column });
    if (c.error.suggestion !== undefined) expect(e.suggestion).toBe(c.error.suggestion);
    expect(e.offset).toBeGreaterThanOrEqual(0);
    expect(e.offset).toBeLessThanOrEqual(input.length);
    expect(e.format('en')).toMatch(/^\d+:\d+: /);

    const safe = safeParseTarget(input);
    expect(safe.success).toBe(false);
    if (!safe.success) expect(safe.error.code).toBe(c.error.code);
  });
});
