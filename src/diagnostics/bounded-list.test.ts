import { describe, expect, it } from 'vitest';
import { boundedLines, moreLine, PRINT_LIMIT } from './bounded-list.js';

describe('boundedLines', () => {
  it('prints a short list whole', () => {
    expect(boundedLines(['a', 'b'], (s) => s, { noun: 'errors', lang: 'vi' })).toStrictEqual(['a', 'b']);
  });

  it('prints the first PRINT_LIMIT items and the true count of the rest', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    const vi = boundedLines(items, String, { noun: 'errors', lang: 'vi' });
    expect(vi).toHaveLength(PRINT_LIMIT + 1);
    expect(vi.at(-2)).toBe(String(PRINT_LIMIT - 1));
    expect(vi.at(-1)).toBe('(và 99.000 lỗi khác)');
    expect(boundedLines(items, String, { noun: 'warnings', lang: 'en', limit: 1 }).at(-1)).toBe('(and 99,999 more warnings)');
  });

  it('counts from the total when only the first items were kept', () => {
    expect(boundedLines(['a'], (s) => s, { noun: 'errors', lang: 'vi', total: 100_000, limit: 1 })).toStrictEqual(['a', '(và 99.999 lỗi khác)']);
    expect(moreLine(5, 5, 'errors', 'en')).toBeUndefined();
  });
});
