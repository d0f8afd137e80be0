import { describe, expect, it } from 'vitest';
import { dayBefore, daysBetween, isIsoDate, periodEnd, periodStart } from './dates.js';
import { parsePeriod } from './period.js';

describe('dates', () => {
  it.each(['2024-02-29', '2023-12-31', '2023-01-01'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2023-02-29', '2023-04-31', '2023-13-01', '2023-1-01', '20230101', '2023-03-20T00:00'])('rejects %s', (d) =>
    expect(isIsoDate(d)).toBe(false),
  );

  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2023-H1', '2023-01-01', '2023-06-30'],
    ['2023-H2', '2023-07-01', '2023-12-31'],
    ['2023-Q1', '2023-01-01', '2023-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
  ])('%s spans %s to %s', (p, start, end) => {
    expect(periodStart(parsePeriod(p)!)).toBe(start);
    expect(periodEnd(parsePeriod(p)!)).toBe(end);
  });

  it('counts calendar days across month ends and daylight-saving changes', () => {
    expect(daysBetween('2023-03-31', '2023-04-05')).toBe(5);
    expect(daysBetween('2023-04-05', '2023-03-31')).toBe(-5);
    expect(daysBetween('2023-03-01', '2023-11-30')).toBe(274);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  });

  it('finds the last allowed day of "trước ngày"', () => {
    expect(dayBefore('2023-03-15')).toBe('2023-03-14');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2023-01-01')).toBe('2022-12-31');
  });
});
