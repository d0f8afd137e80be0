import { describe, expect, it } from 'vitest';
import { formatImportWarning } from './messages.js';

describe('formatImportWarning', () => {
  it('says where a Word cell is: table, row and column, in either language', () => {
    const w = { line: 5, table: 1, column: 4, code: 'unplaced_cell', text: '89%' } as const;
    expect(formatImportWarning(w, 'vi', 'kh.docx')).toBe('kh.docx: bảng 1, hàng 5, cột 4: cảnh báo: ô ở cột không có tên trong hàng tiêu đề; giữ lại dưới dạng ghi chú: 89%');
    expect(formatImportWarning(w, 'en', 'kh.docx')).toBe('kh.docx: table 1, row 5, column 4: warning: a cell in a column the header row does not name; kept as a comment: 89%');
  });

  it('says where a pasted cell is: line and column', () => {
    expect(formatImportWarning({ line: 8, column: 4, code: 'not_a_figure', text: 'khoảng 2' }, 'en', 'nq.tsv')).toBe(
      "nq.tsv:8:4: warning: last year's cell is not a figure (not written to the data file): khoảng 2",
    );
  });
});
