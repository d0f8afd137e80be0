import { describe, expect, it } from 'vitest';
import { countStatuses, metShare, totalOf } from './counts.js';

describe('status counts', () => {
  it('counts each status and sums them', () => {
    const c = countStatuses(['met', 'exceeded', 'not_met', 'met', 'no_data']);
    expect(c).toEqual({ met: 2, exceeded: 1, not_met: 1, no_data: 1, not_due: 0 });
    expect(totalOf(c)).toBe(5);
  });

  it('gives the met share exactly, rounded half up, without trailing zeros', () => {
    expect(metShare(countStatuses(['met', 'exceeded', 'not_met']))).toBe('66.67');
    expect(metShare(countStatuses(['met', 'not_met', 'not_met']))).toBe('33.33');
    expect(metShare(countStatuses(['met', 'not_met']))).toBe('50');
    // 1/8 = 12.5 %: half up at one decimal is 12.5, at no decimal 13
    expect(metShare(countStatuses(['met', ...Array<'not_met'>(7).fill('not_met')]), 0)).toBe('13');
    expect(metShare(countStatuses(['met', ...Array<'not_met'>(7).fill('not_met')]), 1)).toBe('12.5');
    // 2/3 of a huge count stays exact
    expect(metShare({ met: 2_000_000_000, exceeded: 0, not_met: 1_000_000_000, no_data: 0, not_due: 0 }, 4)).toBe('66.6667');
  });

  it('has no share when nothing was counted', () => {
    expect(metShare(countStatuses([]))).toBeUndefined();
  });
});
