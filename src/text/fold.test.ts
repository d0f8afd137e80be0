import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldText, originalOffset, type Folded } from './fold.js';

/** Every unit's original offset, and the end's. */
const offsetsOf = (f: Folded): number[] => Array.from({ length: f.text.length + 1 }, (_, i) => originalOffset(f, i));

/**
 * The definition folding is tested against: each code point on its own, NFD, marks removed,
 * lower case, with the few mappings NFD does not give (đ, quotes, dashes, spaces).
 */
const SPECIAL: Record<string, string> = {
  'đ': 'd', 'Đ': 'd', '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u200B': '', '\uFEFF': '', '\uFF05': '%',
};
function reference(source: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const cp of source) {
    const f = SPECIAL[cp] ?? cp.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u0300-\u036f]/g, '');
    text += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += cp.length;
  }
  offsets.push(source.length);
  return { text, offsets };
}

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
    const viet = fc.constantFrom(...'ĐđẢảẠạÔôƠơƯưẤấẦầỆệỷÝ“”«»–—\u00a0\u200b\uFEFF\uFF05İﬁ\u0301\u0309\u0323');
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: viet }), fc.string({ unit: 'binary' })), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const f = foldText(s);
        const r = reference(s);
        expect(f.text).toBe(r.text);
        expect(offsetsOf(f)).toEqual(r.offsets);
      }),
      { numRuns: 2000 },
    );
  });

  it('folds long text (beyond one chunk of units)', () => {
    const long = 'Giảm 7% '.repeat(2000);
    expect(foldText(long).text).toBe('giam 7% '.repeat(2000));
  });
});

describe('foldKey', () => {
  it('folds and collapses white space', () => {
    expect(foldKey('  Chuyển  hóa ')).toBe('chuyen hoa');
  });
});
