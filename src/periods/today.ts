import type { IsoDate } from './dates.js';

/** Việt Nam keeps UTC+7 all year (Asia/Ho_Chi_Minh has had no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's date in Việt Nam (Asia/Ho_Chi_Minh, UTC+7), whatever the machine's time zone: the
 * day a plan's deadlines are counted in. A UTC server reads the Vietnamese date from 17:00 UTC,
 * not from midnight UTC. Plain arithmetic on the clock, so it needs no time-zone database.
 *
 * @param now - the moment to read (default: now); pass it to test or to replay a check.
 * @example
 * todayInVietnam(new Date('2023-12-31T17:00:00Z')) // '2024-01-01' (00:00 in Hà Nội)
 * todayInVietnam(new Date('2023-12-31T16:59:59Z')) // '2023-12-31'
 * todayInVietnam() // today's date in Việt Nam, e.g. '2026-12-07'
 */
export function todayInVietnam(now: Date | number = Date.now()): IsoDate {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`todayInVietnam: not a valid time: ${String(now)}`);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
