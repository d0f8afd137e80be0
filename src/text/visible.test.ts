import { describe, expect, it } from 'vitest';
import { visibleText } from './visible.js';

describe('visibleText', () => {
  it('shows terminal escapes instead of passing them through', () => {
    expect(visibleText('\u001b]0;owned\u0007')).toBe('␛]0;owned␇'); // window title
    expect(visibleText('\u001b[2J\u001b[H')).toBe('␛[2J␛[H'); // clear screen
    expect(visibleText('\u001b]8;;https://x.example\u001b\\đạt\u001b]8;;\u001b\\')).toBe('␛]8;;https://x.example␛\\đạt␛]8;;␛\\'); // hidden link
    expect(visibleText('a\u009b31mb\u007f')).toBe('a<U+009B>31mb␡');
    expect(visibleText('x\u202ey\u2066z')).toBe('x<U+202E>y<U+2066>z');
    expect(visibleText('a\rb\u000bc')).toBe('a␍b␋c');
  });

  it('keeps ordinary text, tabs and line feeds as they are', () => {
    const text = 'Đạt tỷ lệ từ 80% trở lên\tghi chú\ndòng hai';
    expect(visibleText(text)).toBe(text);
  });
});
