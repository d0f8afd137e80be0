import { describe, expect, it } from 'vitest';
import { codeFrame } from './code-frame.js';
import type { Diagnostic } from './types.js';

function at(line: number, column: number, length = 1, start = 0): Diagnostic {
  return { severity: 'error', code: 'unexpected_token', range: { start, end: start + length, line, column }, expected: [], found: '' };
}

describe('codeFrame', () => {
  it('quotes the line with a caret under the range', () => {
    expect(codeFrame('Đạt từ 80% trở', at(1, 12, 3))).toBe('Đạt từ 80% trở\n           ^^^');
    expect(codeFrame('a\r\nbc\u000bdef', at(3, 2, 2))).toBe('def\n ^^');
    expect(codeFrame('a\nb', at(9, 1))).toBe('\n^');
  });

  it('shows control characters instead of sending them to the terminal, caret still aligned', () => {
    const frame = codeFrame('Đạt \u001b]0;owned\u0007 \u009b2J x', at(1, 20));
    expect(frame).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const [line, caret] = frame.split('\n');
    expect(line).toBe('Đạt ␛]0;owned␇ <U+009B>2J x');
    expect(line![caret!.indexOf('^')]).toBe('x');
  });

  it('cuts a long line around the caret', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const [shown, caret] = codeFrame(line, at(1, 5001)).split('\n');
    expect(shown!.length).toBeLessThanOrEqual(162);
    expect(shown!.startsWith('…') && shown!.endsWith('…')).toBe(true);
    expect(shown![caret!.indexOf('^')]).toBe('X');
  });

  it('frames every error of a 1 MB source once each (no split per diagnostic)', () => {
    const lines = Array.from({ length: 80_000 }, (_, i) => `dòng ${i} sai`); // ~1 MB
    const source = lines.join('\n');
    let total = 0;
    for (let i = 0; i < lines.length; i++) {
      const frame = codeFrame(source, at(i + 1, 1, 4));
      if (frame === `${lines[i]}\n^^^^`) total++;
    }
    expect(source.length).toBeGreaterThan(1_000_000);
    expect(total).toBe(lines.length);
  });
});
