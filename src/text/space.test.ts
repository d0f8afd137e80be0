import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';
import { normalizeSubject } from './subject.js';
import { dropInvisible, INVISIBLE, isLineBreak, isWhiteSpace, LINE_BREAKS, SPACES } from './space.js';

describe('isWhiteSpace', () => {
  it('is JavaScript’s \\s on every UTF-16 unit', () => {
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});

describe('isLineBreak', () => {
  it('is \\n, \\r, VT, FF, U+2028 and U+2029, and nothing else', () => {
    const breaks: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isLineBreak(code)) breaks.push(code);
    expect(breaks).toEqual([0x0a, 0x0b, 0x0c, 0x0d, 0x2028, 0x2029]);
  });
});

describe('the sets folding uses', () => {
  it('SPACES are the \\p{Zs} spaces but U+0020', () => {
    const zs: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (ch !== ' ' && /\p{Zs}/u.test(ch)) zs.push(ch);
    }
    expect([...SPACES].sort()).toEqual(zs.sort());
  });

  it('fold each space to a space, each line break to \\n, each invisible character to nothing', () => {
    for (const c of SPACES) expect(foldText(`a${c}b`).text).toBe('a b');
    for (const c of LINE_BREAKS) expect(foldText(`a${c}b`).text).toBe('a\nb');
    for (const c of INVISIBLE) expect(foldText(`a${c}b`).text).toBe('ab');
  });

  it('subjects drop the invisible characters folding drops, and read the spaces as spaces', () => {
    for (const c of INVISIBLE) expect(normalizeSubject(`số${c}vụ`)).toBe('sốvụ');
    for (const c of [...SPACES, ...LINE_BREAKS]) expect(normalizeSubject(`số${c}vụ`)).toBe('số vụ');
  });

  it('dropInvisible drops exactly the invisible characters', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    expect([...all].length - [...dropInvisible(all)].length).toBe(INVISIBLE.length);
    expect(dropInvisible(INVISIBLE.join('a'))).toBe('a'.repeat(INVISIBLE.length - 1));
    const plain = 'Đạt trên 91%';
    expect(dropInvisible(plain)).toBe(plain);
  });
});
