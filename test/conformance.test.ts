/**
 * The conformance suite (test/conformance/<feature>/<case>.json): each case is a statement, a
 * plan year, observed rows and options, and the verdict they must give: the statement's status,
 * every clause's kind and status, and the gap where the case is about a figure. The format is in
 * test/conformance/README.md. A new case is a new file.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget, parseObservations, parseTarget } from '../src/index.js';
import {
  evaluateOptionsOf,
  FEATURES,
  loadConformance,
  loadDisagreements,
  MIN_CASES,
  MIN_CASES_PER_FEATURE,
  normalizedExpectation,
  projectVerdict,
  unstatedGaps,
  type ConformanceCase,
  type Disagreement,
} from './helpers/conformance.js';

const cases = loadConformance();
const disagreements = loadDisagreements();

/** Run one case and compare the parts of its verdict it states. */
function check(c: Pick<ConformanceCase, 'statement' | 'rows' | 'year' | 'options' | 'conventions' | 'expect'>): void {
  const data = parseObservations({ observations: c.rows });
  expect(data.warnings, 'the rows of a case must read without warnings').toStrictEqual([]);
  const target = parseTarget(c.statement, c.conventions ? { conventions: c.conventions } : {});
  const verdict = evaluateTarget(target, data, evaluateOptionsOf(c));
  expect(projectVerdict(verdict, c.expect), verdict.explanation).toStrictEqual(normalizedExpectation(c.expect));
  expect(unstatedGaps(verdict, c.expect), 'clauses whose first check has a gap the case does not state').toStrictEqual([]);
}

describe.each(FEATURES.filter((f) => cases.some((c) => c.feature === f)))('conformance: %s', (feature) => {
  it.each(cases.filter((c) => c.feature === feature).map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});

describe('conformance: the suite cannot pass vacuously', () => {
  it.each(FEATURES.map((f) => [f] as const))(`%s has at least ${MIN_CASES_PER_FEATURE} cases`, (feature) => {
    expect(cases.filter((c) => c.feature === feature).length).toBeGreaterThanOrEqual(MIN_CASES_PER_FEATURE);
  });

  it(`has at least ${MIN_CASES} cases in all`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  it('gives every case a distinct statement, rows and options', () => {
    const keys = cases.map((c) => JSON.stringify([c.statement, c.year, c.rows, c.options ?? {}]));
    const seen = new Map<string, string>();
    for (const [i, k] of keys.entries()) {
      const name = `${cases[i]!.feature}/${cases[i]!.name}`;
      expect(seen.get(k), `${name} repeats an earlier case`).toBeUndefined();
      seen.set(k, name);
    }
  });
});

/**
 * Cases where the evaluator disagrees with the README or the plain meaning of the statement
 * (disagreements.json): kept out of the suite and listed here as todo. Set
 * CHITIEU_CONFORMANCE_DISAGREEMENTS=1 to run them as cases; one that passes is fixed and moves
 * into its feature folder.
 */
describe('conformance: known disagreements (kept out of the suite)', () => {
  const run = process.env['CHITIEU_CONFORMANCE_DISAGREEMENTS'] === '1';
  const named = disagreements.map((d) => [`${d.feature}/${d.name}`, d] as const);
  it('names each disagreement once, apart from the cases of the suite', () => {
    const names = named.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    const inSuite = new Set(cases.map((c) => `${c.feature}/${c.name}`));
    expect(names.filter((n) => inSuite.has(n))).toStrictEqual([]);
  });
  for (const [name, d] of named) {
    if (run) it(name, () => check(d as Disagreement));
    else it.todo(`${name}: ${d.why.slice(0, 100)}`);
  }
});
