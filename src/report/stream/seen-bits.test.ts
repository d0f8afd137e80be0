import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeenBits } from './seen-bits.js';

describe('SeenBits', () => {
  it('reads back what was set, before and after it turns dense', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 300 }), (n, writes) => {
        const bits = new SeenBits(n);
        const model = new Map<number, number>();
        for (const [t, v] of writes) {
          const k = t % n;
          const value = v >>> 0;
          bits.set(k, value);
          model.set(k, value);
        }
        for (let t = 0; t < n; t++) expect(bits.get(t)).toBe(model.get(t) ?? 0);
      }),
    );
  });
});
