import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteKeys, encodeUtf8, hashBytes } from './byte-keys.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function lookup(keys: ByteKeys, s: string): number {
  const b = utf8(s);
  return keys.get(b, 0, b.length, hashBytes(b, 0, b.length));
}

describe('ByteKeys', () => {
  it('finds keys set as strings or bytes, by their bytes anywhere in a buffer', () => {
    const keys = new ByteKeys(2);
    keys.setString('2.2', 7);
    keys.setString('Xã Cẩm Thạch', 8);
    const row = utf8('{"metric":"2.2","unit":"Xã Cẩm Thạch"}');
    expect(keys.get(row, 11, 14, hashBytes(row, 11, 14))).toBe(7);
    const [start, end] = [row.length - 2 - utf8('Xã Cẩm Thạch').length, row.length - 2]; // before `"}`
    expect(keys.get(row, start, end, hashBytes(row, start, end))).toBe(8);
    keys.setBytes(row, 2, 8, 9); // metric
    expect([lookup(keys, 'metric'), keys.getString('metric'), keys.getString('2.3'), lookup(keys, '2.')]).toEqual([9, 9, -1, -1]);
    expect(keys.size).toBe(3);
  });

  it('replaces the value of a key set again, as Map.set does', () => {
    const keys = new ByteKeys();
    keys.setString('a', 1);
    keys.setString('a', 2);
    expect([keys.getString('a'), keys.size]).toEqual([2, 1]);
  });

  it('refuses a key with a lone surrogate, whose bytes would decode to another string', () => {
    const keys = new ByteKeys();
    expect(keys.setString('a\uD800', 1)).toBe(false);
    expect(keys.getString('a\uD800')).toBe(-1);
    expect(lookup(keys, 'a\uFFFD')).toBe(-1);
    expect(keys.setString('a\u{1F600}', 2)).toBe(true);
    expect(lookup(keys, 'a\u{1F600}')).toBe(2);
  });

  it('agrees with a Map over any keys and any order of lookups, growing past its expected size', () => {
    const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('X00001.1', 'X00001.2', 'X00001.10', '2023-01', 'ă', 'ắ'));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), fc.array(key, { maxLength: 60 }), fc.nat(10), (set, asked, expected) => {
        const keys = new ByteKeys(expected);
        const map = new Map<string, number>();
        set.forEach((k, i) => {
          if (keys.setString(k, i)) map.set(k, i);
        });
        // In the order set (the order the lookups are quickest in), then in any order.
        for (const k of [...set, ...asked]) expect([k, keys.getString(k)]).toEqual([k, map.get(k) ?? -1]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('encodeUtf8', () => {
  it('writes what TextEncoder writes for a well-formed string, and -1 for a lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        const out = new Uint8Array(s.length * 3);
        const end = encodeUtf8(s, out, 0);
        expect(out.subarray(0, end)).toEqual(utf8(s));
      }),
    );
    expect(encodeUtf8('\uDC00x', new Uint8Array(6), 0)).toBe(-1);
    expect(encodeUtf8('x\uD800', new Uint8Array(6), 0)).toBe(-1);
  });
});
