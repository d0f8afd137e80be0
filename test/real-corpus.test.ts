/**
 * The real-plan corpus: statements from published plans, each with a careful reader's reading
 * (test/corpus/real/README.md). Every case is read here and its status (read, warned, wrong:
 * see test/helpers/real-corpus.ts) must be the one test/corpus/real/readings.json records, so
 * a change of meaning on real text fails until the ledger is rewritten (`npm run
 * corpus:readings`) and the diff reviewed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS, judge, loadRealCorpus, REAL_DIR } from './helpers/real-corpus.js';

const cases = loadRealCorpus();
const ledger = JSON.parse(readFileSync(`${REAL_DIR}readings.json`, 'utf8')) as Record<string, string>;

describe('the real-plan corpus', () => {
  it('is large and wide enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    expect(new Set(cases.map((c) => c.source.url)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.source.field)).size).toBeGreaterThanOrEqual(10);
    expect(FIELDS.length).toBeGreaterThanOrEqual(10);
  });

  it('has a ledger entry for every case and none for a case that is gone', () => {
    expect(Object.keys(ledger).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s reads as recorded', (id, c) => {
    const j = judge(c);
    expect(j.why === undefined ? j.status : `${j.status}: ${j.why}`, c.input).toBe(ledger[id]);
  });
});
