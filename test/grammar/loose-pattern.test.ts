import { describe, expect, it } from 'vitest';
import { loose, looseWords } from '../../scripts/grammar/loose-pattern.js';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'u');

describe('loose', () => {
  const giam = whole(loose('giảm'));

  it('matches a word with or without diacritics, in any case, NFC or NFD', () => {
    for (const s of ['giảm', 'giam', 'GIẢM', 'Giam', 'giảm'.normalize('NFD'), 'giám']) expect(giam.test(s), s).toBe(true);
  });

  it('does not match another word', () => {
    for (const s of ['gia', 'giảmm', 'giem', 'gi am']) expect(giam.test(s), s).toBe(false);
  });

  it('reads đ as d and a space as any run of spaces or tabs', () => {
    const p = whole(loose('đạt tỷ lệ'));
    for (const s of ['đạt tỷ lệ', 'dat ty le', 'ĐẠT  TỶ\tLỆ', 'Đạt tỷ lệ'.normalize('NFD')]) expect(p.test(s), s).toBe(true);
    expect(p.test('datty le')).toBe(false);
  });

  it('escapes regex syntax in non-letters', () => {
    expect(whole(loose('/năm')).test('/nam')).toBe(true);
    expect(whole(loose('a.b')).test('axb')).toBe(false);
  });
});

describe('looseWords', () => {
  it('prefers the longer phrase and respects word boundaries', () => {
    const p = new RegExp(looseWords(['giảm', 'kéo giảm']), 'u');
    expect(p.exec('sẽ kéo giảm 5%')?.[0]).toBe('kéo giảm');
    expect(p.exec('giảmx')).toBeNull();
    expect(p.exec('xgiảm')).toBeNull();
    expect(p.exec('(giảm)')?.[0]).toBe('giảm');
  });
});
