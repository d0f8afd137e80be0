import { describe, expect, it } from 'vitest';
import { displayWidth, textTable, wrap } from './text-table.js';

describe('displayWidth', () => {
  it('counts one column per letter, NFC or NFD alike', () => {
    expect(displayWidth('Không đạt')).toBe(9);
    expect(displayWidth('Không đạt'.normalize('NFD'))).toBe(9);
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width and keeps the words', () => {
    const lines = wrap('Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng', 16);
    expect(lines.every((l) => displayWidth(l) <= 16)).toBe(true);
    expect(lines.join(' ')).toBe('Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng');
  });

  it('cuts a word longer than the line, and keeps the author’s line breaks', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('- 100% A\n- 100% B', 20)).toEqual(['- 100% A', '- 100% B']);
  });
});

describe('textTable', () => {
  const table = textTable(
    [
      { title: 'STT', max: 5 },
      { title: 'Kết quả', max: 8 },
      { title: 'Số', max: 4, align: 'right' },
    ],
    [
      ['2.3', { text: 'không đạt', paint: (s) => `<${s}>` }, '7'],
      ['2.10', 'vượt', '12'],
    ],
  );
  const lines = table.split('\n');

  it('draws every line of the same width, colour codes not counted', () => {
    const plain = lines.map((l) => l.replace(/[<>]/g, ''));
    expect(new Set(plain.map(displayWidth)).size).toBe(1);
  });

  it('wraps a cell over lines, paints only its text lines, aligns numbers right', () => {
    expect(lines.slice(3, 7)).toEqual([
      '│ 2.3  │ <không   > │  7 │',
      '│      │ <đạt     > │    │',
      '├──────┼──────────┼────┤',
      '│ 2.10 │ vượt     │ 12 │',
    ]);
  });
});
