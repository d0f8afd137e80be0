import { describe, expect, it } from 'vitest';
import { dateLabel, periodLabel } from './label.js';
import { parsePeriod } from './period.js';

describe('labels', () => {
  it.each([
    ['2023', 'năm 2023', '2023'],
    ['2023-H1', '6 tháng đầu năm 2023', 'H1 2023'],
    ['2023-H2', '6 tháng cuối năm 2023', 'H2 2023'],
    ['2023-Q4', 'quý IV/2023', 'Q4 2023'],
    ['2023-06', 'tháng 6/2023', 'June 2023'],
  ])('%s', (p, vi, en) => {
    expect(periodLabel(parsePeriod(p)!)).toBe(vi);
    expect(periodLabel(parsePeriod(p)!, 'en')).toBe(en);
  });

  it('writes dates day first in Vietnamese', () => {
    expect(dateLabel('2023-03-05')).toBe('05/03/2023');
    expect(dateLabel('2023-03-05', 'en')).toBe('2023-03-05');
  });
});
