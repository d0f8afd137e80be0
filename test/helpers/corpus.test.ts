import { describe, expect, it } from 'vitest';
import { FOLDERS, inputOf, loadCorpus, parseCase } from './corpus.js';

describe('corpus loader', () => {
  it('reads a case from every construct folder', () => {
    const folders = new Set(loadCorpus().map((c) => c.folder));
    expect([...folders].sort()).toStrictEqual([...FOLDERS].sort());
  });

  it('rejects a case with no expectation, an unknown key or an empty clause list', () => {
    expect(() => parseCase('rate', 'x', JSON.stringify({ source: 's', input: 'Đạt trên 91%' }))).toThrow(/rate\/x\.json/);
    expect(() => parseCase('rate', 'x', JSON.stringify({ source: 's', input: 'a', expect: { clauses: [{ kind: 'rate' }] }, expected: 1 }))).toThrow();
    expect(() => parseCase('rate', 'x', JSON.stringify({ source: 's', input: 'a', expect: { clauses: [] } }))).toThrow();
    expect(() => parseCase('errors', 'x', JSON.stringify({ source: 's', input: 'a', error: { code: 'empty_input', line: 0, column: 1 } }))).toThrow();
  });

  it('repeats the input when a case asks for it', () => {
    const c = parseCase('errors', 'long', JSON.stringify({ source: 's', input: 'ab', repeat: 3, error: { code: 'input_too_long', line: 1, column: 1 } }));
    expect(inputOf(c)).toBe('ababab');
  });
});
