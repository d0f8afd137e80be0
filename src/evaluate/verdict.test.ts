import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineStatuses, STATUS_LABELS, type VerdictStatus } from './verdict.js';

const all: VerdictStatus[] = ['met', 'exceeded', 'not_met', 'no_data', 'not_due'];

describe('combineStatuses', () => {
  it('is the worst: not_met < no_data < not_due < met < exceeded', () => {
    expect(combineStatuses(['exceeded', 'exceeded'])).toBe('exceeded');
    expect(combineStatuses(['exceeded', 'met'])).toBe('met');
    expect(combineStatuses(['met', 'not_due'])).toBe('not_due');
    expect(combineStatuses(['not_due', 'no_data'])).toBe('no_data');
    expect(combineStatuses(['no_data', 'not_met', 'exceeded'])).toBe('not_met');
  });

  it('does not depend on order, and one status alone is itself', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...all), { minLength: 1 }), (list) => {
        expect(combineStatuses([...list].reverse())).toBe(combineStatuses(list));
        expect(combineStatuses([...list, combineStatuses(list)])).toBe(combineStatuses(list));
      }),
    );
    for (const s of all) expect(combineStatuses([s])).toBe(s);
  });

  it('labels statuses the way plans do', () => {
    expect(all.map((s) => STATUS_LABELS[s])).toEqual(['đạt', 'vượt', 'không đạt', 'chưa có dữ liệu', 'chưa đến hạn']);
  });
});
