export type { Period } from './period.js';
export { parsePeriod, formatPeriod, periodOfRef, inYear, subPeriods, contains, enclosing, byLatest, MONTHS, PERIOD_PATTERN } from './period.js';
export type { IsoDate } from './dates.js';
export { isIsoDate, daysBetween, periodStart, periodEnd, dayBefore } from './dates.js';
export { periodLabel, dateLabel } from './label.js';
export type { Deadline } from './schedule.js';
export { scheduleDeadlines } from './schedule.js';
export { todayInVietnam } from './today.js';
