import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateTarget, parseObservations } from '../../src/index.js';
import {
  canonicalGap,
  evaluateOptionsOf,
  FEATURES,
  loadConformance,
  normalizedExpectation,
  parseConformanceCase,
  projectVerdict,
  unstatedGaps,
} from './conformance.js';

const good = {
  source: 'Cẩm Phả 102/KH-UBND, appendix I, 2.3',
  statement: 'Giảm 07% so với năm 2022',
  year: 2023,
  rows: [{ period: '2022', value: 100 }, { period: '2023', value: 93 }],
  options: { period: '2023', asOf: '2023-12-31' },
  expect: { status: 'met', clauses: [{ kind: 'change', status: 'met', gap: '0' }] },
};
const text = (x: unknown) => JSON.stringify(x);

describe('conformance case schema', () => {
  it('reads a well-formed case', () => {
    const c = parseConformanceCase('change', 'x', text(good));
    expect(c).toMatchObject({ feature: 'change', name: 'x', year: 2023 });
  });

  it.each([
    ['an unknown top-level key', { ...good, expected: {} }],
    ['a missing source', { ...good, source: undefined }],
    ['a missing year (null must be written)', { ...good, year: undefined }],
    ['the plan year in options', { ...good, options: { ...good.options, year: 2023 } }],
    ['an unknown option', { ...good, options: { ...good.options, metrc: '2.3' } }],
    ['a bad asOf', { ...good, options: { asOf: '31/12/2023' } }],
    ['an unknown status', { ...good, expect: { status: 'dat', clauses: good.expect.clauses } }],
    ['no clauses', { ...good, expect: { status: 'met', clauses: [] } }],
    ['a clause without kind', { ...good, expect: { status: 'met', clauses: [{ status: 'met' }] } }],
    ['an unknown clause kind', { ...good, expect: { status: 'met', clauses: [{ kind: 'amount', status: 'met' }] } }],
    ['an unknown clause key', { ...good, expect: { status: 'met', clauses: [{ kind: 'change', status: 'met', gaps: '0' }] } }],
    ['a gap as a number', { ...good, expect: { status: 'met', clauses: [{ kind: 'change', status: 'met', gap: 0 }] } }],
    ['a gap with a decimal comma', { ...good, expect: { status: 'met', clauses: [{ kind: 'change', status: 'met', gap: '0,77' }] } }],
    ['an unknown reason', { ...good, expect: { status: 'met', clauses: [{ kind: 'change', status: 'met', reason: 'missing' }] } }],
    ['rows that are not objects', { ...good, rows: [1] }],
  ])('rejects %s', (_what, raw) => {
    expect(() => parseConformanceCase('change', 'x', text(raw))).toThrow(/change\/x\.json/);
  });

  it('rejects text that is not JSON and a folder that is not a feature', () => {
    expect(() => parseConformanceCase('change', 'x', '{')).toThrow(/not JSON/);
    expect(() => parseConformanceCase('misc', 'x', text(good))).toThrow(/unknown feature folder misc/);
  });

  it('passes the plan year as options.year, and leaves it out when null', () => {
    expect(evaluateOptionsOf({ year: 2023, options: { period: '2023-H1' } })).toStrictEqual({ period: '2023-H1', year: 2023 });
    expect(evaluateOptionsOf({ year: null })).toStrictEqual({});
  });
});

describe('conformance loader', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  function suite(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'conformance-'));
    for (const [path, body] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), body);
    }
    return dir;
  }

  it('reads every case of every feature folder, sorted', () => {
    const cases = loadConformance(suite({ 'README.md': '#', 'change/b.json': text(good), 'change/a.json': text(good) }));
    expect(cases.map((c) => `${c.feature}/${c.name}`)).toStrictEqual(['change/a', 'change/b']);
  });

  it.each([
    ['an unknown folder', { 'changes/a.json': text(good) }, /unknown feature folder changes/],
    ['a file that is not .json', { 'change/a.txt': 'x' }, /not a case: change\/a\.txt/],
    ['a folder inside a feature', { 'change/sub/a.json': text(good) }, /one level/],
    ['a stray file at the top', { 'notes.json': '{}' }, /stray file notes\.json/],
    ['a malformed case', { 'change/a.json': text({ ...good, note: 3 }) }, /change\/a\.json/],
  ])('fails on %s', (_what, files, message) => {
    expect(() => loadConformance(suite(files))).toThrow(message);
  });

  it('knows every feature the suite must have', () => {
    expect(new Set(FEATURES).size).toBe(FEATURES.length);
    expect(FEATURES).toContain('not-due');
  });
});

describe('comparing a verdict with a case', () => {
  const verdictOf = (rows: unknown[]) => evaluateTarget(good.statement, parseObservations({ observations: rows }), { year: 2023, period: '2023' });

  it('writes gaps canonically, `≈` for a rounded one', () => {
    expect(canonicalGap('0.50')).toBe('0.5');
    expect(canonicalGap('-0')).toBe('0');
    expect(canonicalGap('≈0.770')).toBe('≈0.77');
    expect(canonicalGap('007')).toBe('7');
    expect(canonicalGap(null)).toBeNull();
  });

  it('projects only what the case states, gaps in the case notation', () => {
    const exact = verdictOf([{ period: '2022', value: 100 }, { period: '2023', value: 93 }]);
    expect(projectVerdict(exact, normalizedCase().expect)).toStrictEqual({ status: 'met', clauses: [{ kind: 'change', status: 'met', gap: '0' }] });
    const rounded = verdictOf([{ period: '2022', value: 412 }, { period: '2023', value: 380 }]);
    expect(projectVerdict(rounded, normalizedCase().expect)).toStrictEqual({ status: 'exceeded', clauses: [{ kind: 'change', status: 'exceeded', gap: '≈0.77' }] });
    const missing = verdictOf([{ period: '2023', value: 93 }]);
    expect(projectVerdict(missing, normalizedCase().expect)).toStrictEqual({ status: 'no_data', clauses: [{ kind: 'change', status: 'no_data', gap: null }] });
  });

  it('lists figure clauses whose gap the case leaves unstated', () => {
    const v = verdictOf([{ period: '2022', value: 100 }, { period: '2023', value: 93 }]);
    expect(unstatedGaps(v, { status: 'met', clauses: [{ kind: 'change', status: 'met' }] })).toStrictEqual([0]);
    expect(unstatedGaps(v, normalizedCase().expect)).toStrictEqual([]);
  });

  it('shows a clause the case does not list, and one it lists that is missing', () => {
    const v = verdictOf([{ period: '2022', value: 100 }, { period: '2023', value: 93 }]);
    const twoClauses = { status: 'met' as const, clauses: [{ kind: 'change' as const, status: 'met' as const }, { kind: 'rate' as const, status: 'met' as const }] };
    expect(projectVerdict(v, twoClauses)).not.toStrictEqual(normalizedExpectation(twoClauses));
  });

  function normalizedCase() {
    return parseConformanceCase('change', 'x', text(good));
  }
});
