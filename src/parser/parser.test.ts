import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/index.js';
import { grammarParser, parseStatement } from './parser.js';

describe('the grammar', () => {
  it('passes chevrotain self-analysis (ambiguities, left recursion, unreachable alternatives)', () => {
    // The runtime parser skips validation; this builds one that runs it, so a grammar change
    // that chevrotain would reject fails here.
    expect(() => grammarParser({ validate: true })).not.toThrow();
  });

  it('says which segment is which and where it ends', () => {
    const r = parseStatement(tokenize('giam 07% so voi nam 2022 cua xa'));
    expect(r.errors).toEqual([]);
    expect(r.segmentKinds).toEqual(['measure', 'baseline', 'word', 'word']);
    expect(r.segmentEnds).toEqual([3, 6, 7, 8]);
  });

  it('names what it expected where it stopped', () => {
    const r = parseStatement(tokenize('quy i va truoc ngay'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.expected).toEqual(['DateLit']);
    expect(Number.isNaN(r.errors[0]!.token.startOffset)).toBe(true);
  });
});
