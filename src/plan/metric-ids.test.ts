import { describe, expect, it } from 'vitest';
import type { Clause } from '../ast/types.js';
import { bindMetrics, clauseMetricId, defaultTaskId, isValidId, splitIds } from './metric-ids.js';

const span = { start: 0, end: 1, line: 1, column: 1 };
const clause = (value: string): Clause => ({
  kind: 'rate',
  part: 'main',
  subject: { before: '', after: '' },
  bound: { op: 'gte', value },
  span,
});

describe('clauseMetricId', () => {
  it('gives the base to clause 0 and letters from b on to later clauses', () => {
    expect([0, 1, 2, 25].map((i) => clauseMetricId('2.6', i))).toEqual(['2.6', '2.6.b', '2.6.c', '2.6.z']);
  });
});

describe('bindMetrics', () => {
  const clauses = [clause('80'), clause('96')];

  it('binds the defaults from the STT', () => {
    expect(bindMetrics('2.6', clauses, [])?.map((m) => [m.id, m.clauseIndex, m.explicit])).toEqual([
      ['2.6', 0, false],
      ['2.6.b', 1, false],
    ]);
  });

  it('takes one explicit id as a new base', () => {
    expect(bindMetrics('2.6', clauses, ['dieu-tra'])?.map((m) => m.id)).toEqual(['dieu-tra', 'dieu-tra.b']);
  });

  it('takes one id per clause, and refuses a count that matches neither', () => {
    expect(bindMetrics('2.6', clauses, ['a', 'b'])?.map((m) => m.id)).toEqual(['a', 'b']);
    expect(bindMetrics('2.6', clauses, ['a', 'b', 'c'])).toBeUndefined();
  });

  it('refuses default ids past 26 clauses, but takes one id per clause', () => {
    const many = Array.from({ length: 27 }, (_, i) => clause(String(i + 1)));
    expect(bindMetrics('1', many, [])).toBeUndefined();
    expect(bindMetrics('1', many, ['x'])).toBeUndefined();
    expect(bindMetrics('1', many, many.map((_, i) => `m${i}`))?.at(-1)?.id).toBe('m26');
  });

  it('keeps the clause object itself', () => {
    expect(bindMetrics('2.6', clauses, [])?.[1]?.clause).toBe(clauses[1]);
  });
});

describe('ids', () => {
  it('validates shapes', () => {
    expect(isValidId('2.6.b')).toBe(true);
    expect(isValidId('I.3.1')).toBe(true);
    expect(isValidId('tội-phạm_tt/2023')).toBe(true);
    expect(isValidId('2 6')).toBe(false);
    expect(isValidId('.2')).toBe(false);
  });

  it('splits at ; and ,', () => {
    expect(splitIds(' a; b ,c ')).toEqual(['a', 'b', 'c']);
  });

  it('prefixes a task STT with the innermost Roman part', () => {
    expect(defaultTaskId('1', ['II'])).toBe('II.1');
    expect(defaultTaskId('2', ['IV', '13'])).toBe('IV.2');
    expect(defaultTaskId('2', ['1'])).toBe('2');
  });
});
