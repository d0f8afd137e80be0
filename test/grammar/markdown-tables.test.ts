import { describe, expect, it } from 'vitest';
import { codeSpans, markdownTables, splitRow } from './markdown-tables.js';

describe('markdownTables', () => {
  const md = [
    '# Title',
    '## Clause kinds',
    'text',
    '| kind | written |',
    '|---|---|',
    '| `rate` | `Đạt trên 91%` |',
    '| `count` | `550 hồ sơ`, `600 hồ sơ` |',
    '',
    '## Other',
    '| a | b |',
    '| :-- | --: |',
    '| 1 | |',
    'not a row',
    '| not | a table |',
    '```',
    '| in | code |',
    '|---|---|',
    '| 1 | 2 |',
    '```',
  ].join('\n');

  it('finds each table with its heading, headers, rows and lines', () => {
    const tables = markdownTables(md);
    expect(tables.map((t) => [t.heading, t.headers, t.rows.length, t.line])).toEqual([
      ['Clause kinds', ['kind', 'written'], 2, 4],
      ['Other', ['a', 'b'], 1, 10],
    ]);
    expect(tables[0]!.rows[1]).toEqual({ cells: { kind: '`count`', written: '`550 hồ sơ`, `600 hồ sơ`' }, line: 7 });
    expect(tables[1]!.rows[0]!.cells).toEqual({ a: '1', b: '' });
  });
});

describe('splitRow', () => {
  it('keeps a pipe inside a code span', () => {
    expect(splitRow('| `a | b` | c |')).toEqual(['`a | b`', 'c']);
  });
});

describe('codeSpans', () => {
  it('returns the spans in order, including one of spaces only', () => {
    expect(codeSpans('`Quý I`, `quý 4` (bare) `   `')).toEqual(['Quý I', 'quý 4', '   ']);
    expect(codeSpans('no code')).toEqual([]);
  });
});
