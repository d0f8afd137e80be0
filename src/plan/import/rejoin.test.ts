import { describe, expect, it } from 'vitest';
import { rejoinBrokenRows } from './rejoin.js';
import { readTsv } from './tsv.js';

describe('rejoinBrokenRows', () => {
  const HEADER = 'STT\tDanh mục chỉ tiêu\tChỉ tiêu thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp\tGhi chú\n';

  it('joins a row an unquoted line break split, keeping the second line and the cells after it', () => {
    const rows = rejoinBrokenRows(readTsv(`${HEADER}2.9\tX\t- 100% các vụ\n- 100% nạn nhân\tCông an\tCác phòng\t\n`));
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['STT', 'Danh mục chỉ tiêu', 'Chỉ tiêu thực hiện', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Ghi chú']],
      [2, ['2.9', 'X', '- 100% các vụ\n- 100% nạn nhân', 'Công an', 'Các phòng', '']],
    ]);
  });

  it('joins a cell of three lines (a middle line is a row of one cell)', () => {
    const rows = rejoinBrokenRows(readTsv(`${HEADER}1.1\tA\tmột\nhai\nba\tCông an\t\t\n`));
    expect(rows[1]?.cells).toEqual(['1.1', 'A', 'một\nhai\nba', 'Công an', '', '']);
  });

  it('leaves rows alone when the pieces do not add up to the width (a caption, a short row)', () => {
    const text = `${HEADER}1.1\tA\tĐạt trên 91%\tCông an\t\t\nGhi chú cuối bảng\n`;
    expect(rejoinBrokenRows(readTsv(text))).toEqual(readTsv(text));
    const short = `${HEADER}1.1\tA\n1.2\tB\tĐạt 90%\n`;
    expect(rejoinBrokenRows(readTsv(short))).toEqual(readTsv(short));
  });
});
