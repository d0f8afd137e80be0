import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimalString } from '../../data/decimal.js';
import { parsePeriod } from '../../periods/period.js';
import { readFastRow } from './fast-row.js';
import { readSlowRow } from './slow-row.js';

describe('readFastRow', () => {
  it('reads a value row and a fraction row given as numbers', () => {
    expect(readFastRow({ metric: '2.3', period: '2023', value: 380 })).toEqual({ metric: '2.3', period: '2023', unit: undefined, facts: { kind: 'value', value: 380 } });
    expect(readFastRow({ metric: '2.8', period: '2023', value: 11, start: 24 })?.facts).toEqual({ kind: 'value', value: 11, start: 24 });
    expect(readFastRow({ metric: '2.2', period: '2023-H1', unit: 'X', numerator: 1, denominator: 2, evidence: '' })?.facts).toEqual({ kind: 'rate', numerator: 1, denominator: 2 });
  });

  it('leaves every other shape to the full validation', () => {
    for (const row of [
      { metric: '2.3', period: '2023', value: '380' }, // a string figure
      { metric: '2.3', period: '2023', value: 1, numerator: 1, denominator: 2 }, // two measures
      { metric: '2.3', period: '2023', numerator: 3, denominator: 2 }, // numerator above denominator
      { metric: '2.3', period: '2023', numerator: 1, denominator: 2, start: 1 },
      { metric: '2.3', period: '2023', value: -1 },
      { metric: '2.3', period: '2023', value: 2 ** 60 },
      { metric: '2.3', value: 1 },
      { metric: '', period: '2023', value: 1 },
      { metric: '3.1', period: '2023', assessment: 'met' },
      { task: 'II.1', completed: '2023-03-20' },
      { metric: '2.3', period: '2023', value: 1, extra: true },
      JSON.parse('{"metric": "2.3", "period": "2023", "value": 1, "__proto__": {}}'),
      [1, 2],
      null,
      'text',
    ]) {
      expect(readFastRow(row)).toBeUndefined();
    }
  });

  it('never accepts a row the full validation rejects, and reads the same figures (10,000 rows)', () => {
    const figure = fc.oneof(fc.nat(100), fc.double({ min: -1, max: 100, noNaN: true }), fc.constantFrom(2 ** 53, 2 ** 60, 0.1, 1e-7), fc.constant('7.5'));
    const row = fc.record(
      {
        metric: fc.constantFrom('2.3', '', 'x'),
        period: fc.constantFrom('2023', '2023-H1', '2023-13', '2023-06', 'năm'),
        unit: fc.constantFrom('A', ''),
        value: figure,
        numerator: figure,
        denominator: figure,
        start: figure,
        evidence: fc.constantFrom('', 'ok'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(row, (r) => {
        const fast = readFastRow(r);
        if (!fast || !parsePeriod(fast.period)) return;
        const slow = readSlowRow(r, 0);
        expect('observation' in slow).toBe(true);
        if (!('observation' in slow)) return;
        const o = slow.observation;
        expect(o.kind === 'completion' ? undefined : [o.metric, o.period, o.unit]).toEqual([fast.metric, fast.period, fast.unit]);
        const f = fast.facts;
        if (f.kind === 'value' && o.kind === 'value') {
          expect(o.value).toBe(toDecimalString(f.value));
          expect(o.start).toBe(f.start === undefined ? undefined : toDecimalString(f.start));
        } else if (f.kind === 'rate' && o.kind === 'rate') {
          expect([o.numerator, o.denominator]).toEqual([toDecimalString(f.numerator), toDecimalString(f.denominator)]);
        } else expect.unreachable(`${f.kind} vs ${o.kind}`);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('readSlowRow', () => {
  it('gives the data module’s issues with the row’s path and line', () => {
    expect(readSlowRow({ metric: '2.2', period: '2023-13', value: 1 }, 4, 5)).toEqual({
      issues: [{ code: 'invalid_value', path: ['observations', 4, 'period'], expected: 'period', found: '"2023-13"', line: 5 }],
    });
    expect(readSlowRow([1], 0)).toEqual({ issues: [{ code: 'wrong_type', path: ['observations', 0], expected: 'row_object', found: '[1]' }] });
  });

  it('warns about a figure that looks like thousands', () => {
    const r = readSlowRow({ metric: '3.3', period: '2023', value: '1.000' }, 2);
    expect('warnings' in r && r.warnings).toEqual([{ code: 'ambiguous_thousands', path: ['observations', 2, 'value'], found: '1.000', rows: [2] }]);
  });
});
