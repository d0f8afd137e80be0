import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNfc } from './nfc.js';

/** The characters toNfc passes through without normalising. */
const KEPT: string[] = [];
for (let c = 0; c < 0x300; c++) KEPT.push(String.fromCharCode(c));
for (let c = 0x1e00; c <= 0x1eff; c++) KEPT.push(String.fromCharCode(c));

describe('toNfc', () => {
  it('passes through only characters that are NFC alone and in every pair', () => {
    for (const a of KEPT) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of KEPT) if ((a + b).normalize('NFC') !== a + b) expect.fail(`U+${a.charCodeAt(0).toString(16)} U+${b.charCodeAt(0).toString(16)} compose`);
    }
  });

  it('equals normalize("NFC") on any text', () => {
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(...KEPT, '\u0301', '\u0309', '\u0323', '\u0302', 'Ω', '\u212b', '가') }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(text, (s) => {
        expect(toNfc(s)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
    expect(toNfc('Gia\u0309m')).toBe('Giảm');
  });
});
