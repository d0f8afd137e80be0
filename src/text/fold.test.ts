import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldText, originalOffset, type Folded } from './fold.js';

/** Every unit's original offset, and the end's. */
const offsetsOf = (f: Folded): number[] => Array.from({ length: f.text.length + 1 }, (_, i) => originalOffset(f, i));

/**
 * The definition folding is tested against: each code point on its own, NFD, marks removed,
 * lower case, with the few mappings NFD does not give (đ, quotes, dashes, white space as Word
 * and PDF write it: every `\p{Zs}` space is a space, VT, FF, U+2028 and U+2029 a line break,
 * zero-width characters and the soft hyphen nothing).
 */
const SPECIAL: Record<string, string> = {
  'đ': 'd', 'Đ': 'd', '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\uFF05': '%', '\u000B': '\n', '\u000C': '\n', '\u2028': '\n', '\u2029': '\n',
  '\u00AD': '', '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};
function foldOne(cp: string): string {
  if (cp !== ' ' && /\p{Zs}/u.test(cp)) return ' ';
  return SPECIAL[cp] ?? cp.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u0300-\u036f]/g, '');
}
function reference(source: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const cp of source) {
    const f = foldOne(cp);
    text += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += cp.length;
  }
  offsets.push(source.length);
  return { text, offsets };
}

/** Folding `s` gives the definition's text and offsets. */
function matchesReference(s: string): void {
  const f = foldText(s);
  const r = reference(s);
  expect(f.text).toBe(r.text);
  expect(offsetsOf(f)).toEqual(r.offsets);
}

/** White space and invisible characters of text copied from Word and PDF. */
const WORD_SPACE = [
  '\u00a0', '\u202f', '\u2007', '\u2009', '\u2000', '\u200a', '\u3000', '\u1680', '\u205f', '\u200b', '\u200c', '\u200d', '\u2060',
  '\ufeff', '\u000b', '\u000c', '\u2028', '\u2029', '\u00ad', '\t', '\r', '\n', ' ',
];

describe('foldText', () => {
  it('folds case, diacritics, tone placement and punctuation variants, keeping offsets', () => {
    expect(foldText('Giảm 07%').text).toBe('giam 07%');
    expect(foldText('GIẢM').text).toBe('giam');
    expect(foldText('Đạt “trên”  –').text).toBe('dat "tren"  -');
    expect(offsetsOf(foldText('Gia\u0309m'))).toEqual([0, 1, 2, 4, 5]);
    expect(offsetsOf(foldText('a\u200Bb'))).toEqual([0, 2, 3]);
    // One to one: no array kept.
    expect(foldText('Giảm 07%').offsets).toBeUndefined();
  });

  it('folds a slice, with offsets into the whole source', () => {
    const f = foldText('xx Giảm yy', 3, 7);
    expect(f.text).toBe('giam');
    expect(offsetsOf(f)).toEqual([3, 4, 5, 6, 7]);
  });

  it('keeps surrogate pairs and characters that fold to several units (İ, ß-like cases)', () => {
    expect(foldText('a😀b').text).toBe('a😀b');
    expect(offsetsOf(foldText('a😀b'))).toEqual([0, 1, 1, 3, 4]);
    expect(foldText('İ').text).toBe(reference('İ').text);
  });

  it('equals the per-code-point definition on any string (text and offsets)', () => {
    const viet = fc.constantFrom(...'ĐđẢảẠạÔôƠơƯưẤấẦầỆệỷÝ“”«»–—\u00a0\u200b\uFEFF\uFF05İﬁ\u0301\u0309\u0323', ...WORD_SPACE);
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: viet }), fc.string({ unit: 'binary' })), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, matchesReference),
      { numRuns: 2000 },
    );
  });

  it('folds long text (beyond one chunk of units)', () => {
    const long = 'Giảm 7% '.repeat(2000);
    expect(foldText(long).text).toBe('giam 7% '.repeat(2000));
  });
});

describe('foldText on white space copied from Word and PDF', () => {
  it('folds every Unicode space to a space', () => {
    for (const space of ['\u00a0', '\u202f', '\u2007', '\u2009', '\u2000', '\u2001', '\u2005', '\u200a', '\u3000', '\u1680', '\u205f']) {
      const f = foldText(`trên${space}91%`);
      expect(f.text).toBe('tren 91%');
      // One unit for one: no offset array, unit i is at i.
      expect(f.offsets).toBeUndefined();
    }
  });

  it('folds VT, FF, U+2028 and U+2029 to a line break, and leaves \r, \n and tabs alone', () => {
    expect(foldText('Đạt\u000btrên\u000c91%').text).toBe('dat\ntren\n91%');
    expect(foldText('a\u2028b\u2029c').text).toBe('a\nb\nc');
    expect(foldText('a\r\nb\tc\rd').text).toBe('a\r\nb\tc\rd');
    expect(foldText('Đạt\u000btrên').offsets).toBeUndefined();
  });

  it('drops zero-width characters and the soft hyphen, offsets still pointing into the original', () => {
    const source = 'tr\u00adên\u200b 9\u200c1\u200d%\u2060\ufeff';
    const f = foldText(source);
    expect(f.text).toBe('tren 91%');
    // t r e n ' ' 9 1 % and the end
    expect(offsetsOf(f)).toEqual([0, 1, 3, 4, 6, 7, 9, 11, source.length]);
    for (let i = 0; i < f.text.length; i++) expect(foldText(source[originalOffset(f, i)]!).text).toBe(f.text[i]);
  });

  it('keeps offsets exact in a slice that starts and ends on invisible characters', () => {
    const source = 'x\u200bĐạt\u00a0tr\u00adên\u200by';
    const f = foldText(source, 1, source.length - 1);
    expect(f.text).toBe('dat tren');
    expect(offsetsOf(f)).toEqual([2, 3, 4, 5, 6, 7, 9, 10, source.length - 1]);
  });

  it('equals the definition on any mix of Word white space and words', () => {
    const text = fc.array(fc.constantFrom(...WORD_SPACE, 'Đạt', 'trên', 'A', '9', '%', '\u0301', '😀'), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, matchesReference),
      { numRuns: 2000 },
    );
  });
});

describe('foldKey', () => {
  it('folds and collapses white space', () => {
    expect(foldKey('  Chuyển  hóa ')).toBe('chuyen hoa');
    expect(foldKey('Chuy\u00adển\u00a0\u2009hóa\u000b')).toBe('chuyen hoa');
  });
});
