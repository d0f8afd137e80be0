import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byLatest, contains, enclosing, formatPeriod, inYear, parsePeriod, periodOfRef, subPeriods, type Period } from './period.js';

const arbPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), unit: fc.constant('year' as const), index: fc.constant(1) }),
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), unit: fc.constant('half' as const), index: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), unit: fc.constant('quarter' as const), index: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), unit: fc.constant('month' as const), index: fc.integer({ min: 1, max: 12 }) }),
);

describe('parsePeriod', () => {
  it.each([
    ['2023', { year: 2023, unit: 'year', index: 1 }],
    ['2023-H2', { year: 2023, unit: 'half', index: 2 }],
    ['2023-Q4', { year: 2023, unit: 'quarter', index: 4 }],
    ['2023-06', { year: 2023, unit: 'month', index: 6 }],
  ])('%s', (text, period) => expect(parsePeriod(text)).toEqual(period));

  it.each(['2023-H3', '2023-Q5', '2023-13', '2023-00', '2023-6', '23', '2023-h1', ' 2023', '2023-Q1 '])('rejects %j', (t) =>
    expect(parsePeriod(t)).toBeUndefined(),
  );

  it('round-trips every period through its spelling', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
    );
  });
});

describe('period arithmetic', () => {
  it('places a written period in the plan year unless it names its own', () => {
    expect(periodOfRef({ unit: 'quarter', index: 2 }, 2023)).toEqual({ year: 2023, unit: 'quarter', index: 2 });
    expect(periodOfRef({ unit: 'quarter', index: 2, year: 2024 }, 2023)?.year).toBe(2024);
    expect(periodOfRef({ unit: 'month', index: 1 }, undefined)).toBeUndefined();
  });

  it('splits a period into shorter ones and never into longer ones', () => {
    expect(subPeriods(parsePeriod('2023-H2')!, 'month').map(formatPeriod)).toEqual([
      '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12',
    ]);
    expect(subPeriods(parsePeriod('2023-Q1')!, 'half')).toEqual([]);
  });

  it('every sub-period is contained in its parent, and nothing of another year is', () => {
    fc.assert(
      fc.property(arbPeriod, fc.constantFrom('half', 'quarter', 'month' as const), (p, unit) => {
        for (const s of subPeriods(p, unit)) expect(contains(p, s)).toBe(true);
        expect(contains(p, inYear(p, p.year + 1))).toBe(false);
      }),
    );
    expect(contains(parsePeriod('2023-H1')!, parsePeriod('2023-07')!)).toBe(false);
    expect(contains(parsePeriod('2023-Q2')!, parsePeriod('2023-H1')!)).toBe(false);
  });

  it('orders by latest end, then the longer period first', () => {
    const sorted = ['2023-Q2', '2022', '2023-H2', '2023', '2023-12'].map((t) => parsePeriod(t)!).sort(byLatest);
    expect(sorted.map(formatPeriod)).toEqual(['2023', '2023-H2', '2023-12', '2023-Q2', '2022']);
  });

  it('finds the enclosing period of a given length', () => {
    expect(formatPeriod(enclosing(parsePeriod('2023-08')!, 'quarter'))).toBe('2023-Q3');
    expect(formatPeriod(enclosing(parsePeriod('2023-Q3')!, 'half'))).toBe('2023-H2');
    expect(formatPeriod(enclosing(parsePeriod('2023-H1')!, 'year'))).toBe('2023');
    expect(formatPeriod(enclosing(parsePeriod('2023-H1')!, 'month'))).toBe('2023-H1');
    fc.assert(
      fc.property(arbPeriod, fc.constantFrom('year', 'half', 'quarter', 'month' as const), (p, unit) => {
        expect(contains(enclosing(p, unit), p)).toBe(true);
      }),
    );
  });
});
