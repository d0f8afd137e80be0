import { describe, expect, it } from 'vitest';
import { DataError } from './data-error.js';
import { formatDataIssue, formatDataWarning } from './messages.js';

describe('data messages', () => {
  it('render where, what and what was expected, in both languages', () => {
    const issue = { code: 'wrong_type', path: ['observations', 1, 'value'], expected: 'decimal', found: 'true', line: 3 } as const;
    expect(formatDataIssue(issue)).toBe(
      'dòng 3, observations[1].value: sai kiểu `true`; cần một số không âm, viết như 7,5 hoặc 1.250 (một nghìn hai trăm năm mươi) hoặc 12.500,75',
    );
    expect(formatDataIssue(issue, 'en')).toMatch(/^line 3, observations\[1\]\.value: wrong type `true`; expected a non-negative number/);
  });

  it('name a table\'s row and column by what the file shows, with a suggestion', () => {
    const issue = { code: 'invalid_value', path: ['observations', 2, 'value'], expected: 'decimal', found: '1,250.75', line: 4, column: 'Giá trị', suggestion: '1.250,75' } as const;
    expect(formatDataIssue(issue)).toBe('dòng 4, cột "Giá trị": giá trị không hợp lệ `1,250.75`; cần một số không âm, viết như 7,5 hoặc 1.250 (một nghìn hai trăm năm mươi) hoặc 12.500,75; có phải `1.250,75`?');
    expect(formatDataIssue(issue, 'en')).toMatch(/^row 4, column "Giá trị": invalid value `1,250.75`; .*; did you mean `1.250,75`\?$/);
  });

  it('say why a figure is ambiguous, both readings and how to write each', () => {
    const issue = {
      code: 'ambiguous_figure', path: ['observations', 3, 'value'], expected: 'unambiguous_figure', found: '1.250', line: 5, column: 'Giá trị',
      evidence: { found: '7.5', path: ['observations', 1, 'value'], line: 3 },
    } as const;
    expect(formatDataIssue(issue)).toBe(
      'dòng 5, cột "Giá trị": `1.250` không rõ nghĩa: là 1250 nếu dấu chấm phân cách hàng nghìn (như trong kế hoạch), là 1,250 nếu dấu chấm là dấu thập phân, vì cùng cột có `7.5` (dòng 3) viết theo cách kia; hãy viết 1250 hoặc 1,250',
    );
    expect(formatDataIssue(issue, 'en')).toContain('1250 if the dot groups thousands');
  });

  it('render every issue of an error, one per line', () => {
    const e = new DataError([
      { code: 'missing_field', path: ['observations', 0], expected: 'one_measure' },
      { code: 'unknown_field', path: ['extra'], expected: 'known_field', found: 'extra' },
    ]);
    expect(e.format('en').split('\n')).toHaveLength(2);
    expect(e.message).toBe('observations[0]: thiếu trường; cần đúng một trong: value, numerator+denominator, assessment, completed (và 1 lỗi khác)');
  });

  it('render warnings', () => {
    expect(formatDataWarning({ code: 'unused_metric', path: ['observations', 4], found: '9.9', rows: [4, 7] })).toBe(
      'observations[4]: 2 dòng cho chỉ tiêu `9.9` không được dùng',
    );
  });
});
