import { describe, expect, it } from 'vitest';
import { DataError } from './data-error.js';
import { formatDataIssue, formatDataWarning } from './messages.js';

describe('data messages', () => {
  it('render where, what and what was expected, in both languages', () => {
    const issue = { code: 'wrong_type', path: ['observations', 1, 'value'], expected: 'decimal', found: 'true', line: 3 } as const;
    expect(formatDataIssue(issue)).toBe(
      'dòng 3, observations[1].value: sai kiểu `true`; cần một số không âm (số JSON hoặc chuỗi thập phân dạng "7.5", không nhóm hàng nghìn)',
    );
    expect(formatDataIssue(issue, 'en')).toMatch(/^line 3, observations\[1\]\.value: wrong type `true`; expected a non-negative number/);
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
