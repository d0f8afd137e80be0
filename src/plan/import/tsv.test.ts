import { describe, expect, it } from 'vitest';
import { readTsv } from './tsv.js';

describe('readTsv', () => {
  it('splits rows at line breaks and cells at tabs, keeping empty cells', () => {
    expect(readTsv('a\tb\t\n\t\tc\r\nd')).toEqual([
      { cells: ['a', 'b', ''], line: 1 },
      { cells: ['', '', 'c'], line: 2 },
      { cells: ['d'], line: 3 },
    ]);
  });

  it('reads an Excel-quoted cell with a line break and doubled quotes', () => {
    expect(readTsv('1.1\t"- 100% A\n- 100% ""B"""\tx\n2.2\ty')).toEqual([
      { cells: ['1.1', '- 100% A\n- 100% "B"', 'x'], line: 1 },
      { cells: ['2.2', 'y'], line: 3 },
    ]);
  });

  it('keeps a quote that does not close a cell as text (Word does not quote)', () => {
    expect(readTsv('1\t"tín dụng đen" trên mạng\tx')).toEqual([{ cells: ['1', '"tín dụng đen" trên mạng', 'x'], line: 1 }]);
    expect(readTsv('1\t"không đóng\tx')).toEqual([{ cells: ['1', '"không đóng', 'x'], line: 1 }]);
  });

  it('gives a blank line as a row with one empty cell, and nothing for a final newline', () => {
    expect(readTsv('a\n\nb\n')).toEqual([
      { cells: ['a'], line: 1 },
      { cells: [''], line: 2 },
      { cells: ['b'], line: 3 },
    ]);
  });
});
