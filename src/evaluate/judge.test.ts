import { describe, expect, it } from 'vitest';
import { judge } from './judge.js';

describe('judge', () => {
  it.each([
    ['gte', { f: -1 }, 'not_met'],
    ['gte', { f: 0 }, 'met'],
    ['gte', { f: 1 }, 'exceeded'],
    ['gte', { f: 1, stretch: -1 }, 'met'],
    ['gte', { f: 1, stretch: 0 }, 'met'],
    ['gte', { f: 1, stretch: 1 }, 'exceeded'],
    ['lte', { f: 1 }, 'not_met'],
    ['lte', { f: 0 }, 'met'],
    ['lte', { f: -1 }, 'exceeded'],
    ['gt', { f: 0 }, 'not_met'],
    ['gt', { f: 1 }, 'met'],
    ['lt', { f: 0 }, 'not_met'],
    ['lt', { f: -1 }, 'met'],
    ['eq', { f: 0 }, 'met'],
    ['eq', { f: 1 }, 'not_met'],
    ['eq', { f: -1 }, 'not_met'],
    ['zero', { f: 1 }, 'not_met'],
    ['zero', { f: 0 }, 'met'],
    ['approx', { f: -1, lo: -1, hi: -1 }, 'not_met'],
    ['approx', { f: -1, lo: 0, hi: -1 }, 'met'],
    ['approx', { f: 1, lo: 1, hi: 0 }, 'met'],
    ['approx', { f: 1, lo: 1, hi: 1 }, 'exceeded'],
  ] as const)('%s with %j is %s', (op, signs, status) => expect(judge(op, signs)).toBe(status));
});
