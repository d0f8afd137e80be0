import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './today.js';

describe('todayInVietnam', () => {
  it('turns the date at 17:00 UTC (midnight in Hà Nội), not at midnight UTC', () => {
    expect(todayInVietnam(new Date('2023-12-31T16:59:59.999Z'))).toBe('2023-12-31');
    expect(todayInVietnam(new Date('2023-12-31T17:00:00Z'))).toBe('2024-01-01');
    // 23:30 UTC is 06:30 the next day in Việt Nam: a UTC server's own date is a day behind.
    expect(todayInVietnam(Date.parse('2024-02-28T23:30:00Z'))).toBe('2024-02-29');
  });

  it('does not depend on daylight saving anywhere (the offset is fixed)', () => {
    expect(todayInVietnam(Date.parse('2024-03-31T01:30:00Z'))).toBe('2024-03-31');
    expect(todayInVietnam(Date.parse('2024-10-27T20:00:00Z'))).toBe('2024-10-28');
  });

  it('refuses an invalid time instead of printing NaN', () => {
    expect(() => todayInVietnam(new Date('nope'))).toThrow(RangeError);
  });
});
