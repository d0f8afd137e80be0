import { describe, expect, it } from 'vitest';
import { safeParseTarget } from './parse.js';

/** The diagnostics of a statement that does not parse. */
function errorsOf(text: string, lang?: 'vi' | 'en') {
  const r = safeParseTarget(text, lang ? { lang } : {});
  if (r.success) throw new Error(`parsed: ${text}`);
  return r.error;
}

describe('where the parser stops', () => {
  it('at the end of the text: just after the last word read, naming what was missing', () => {
    const e = errorsOf('Quý I và trước ngày');
    expect(e.diagnostics).toEqual([
      { severity: 'error', code: 'unexpected_end', range: { start: 19, end: 19, line: 1, column: 20 }, found: 'trước ngày', expected: ['15/03/2023'] },
    ]);
    expect(e.message).toBe('1:20: Câu dừng giữa chừng sau `trước ngày`: cần `15/03/2023`.');
    expect(errorsOf('Quý I và trước ngày', 'en').message).toBe('1:20: The statement ends too soon after `trước ngày`: expected `15/03/2023`.');
  });

  it('before a closing ./. is still the end', () => {
    // `định kỳ` goes on with a recurrence (`hằng quý`) or a list of periods (`(6 tháng, 1 năm)`).
    expect(errorsOf('Quý I và định kỳ./.').diagnostics[0]).toMatchObject({ code: 'unexpected_end', found: 'định kỳ', expected: ['hằng quý', '('] });
  });

  it('at a word: that word, with what the grammar needed in the author’s spelling', () => {
    expect(errorsOf('Quý I và định kỳ xyz').diagnostics[0]).toMatchObject({ code: 'unexpected_token', found: 'xyz', range: { column: 18 }, expected: ['hằng quý', '('] });
  });
});

describe('one fault, one diagnostic', () => {
  it('an unclosed bracket of a timing is reported once, not by both the timing and the bracket check', () => {
    expect(errorsOf('Định kỳ (6 tháng').diagnostics.map((d) => d.code)).toEqual(['unbalanced_paren']);
  });
});
