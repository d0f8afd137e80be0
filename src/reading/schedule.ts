import type { IToken } from 'chevrotain';
import { isValid } from 'date-fns';
import type { PeriodRef, PeriodUnit, Schedule } from '../ast/types.js';
import type { BuildContext } from './context.js';
import type { PeriodListRead, TimingRead } from './items.js';

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** `/2023` at the end of a folded timing token, if any. */
function yearIn(image: string): number | undefined {
  const m = /\/\s*(\d{4})$|\s(\d{4})$/.exec(image);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** A period, with its year when one was written (assignment: object spread is slow on Node 20). */
function withYear<P extends PeriodRef>(p: P, year: number | undefined): P {
  if (year !== undefined) (p as { year?: number }).year = year;
  return p;
}

function periodOf(ctx: BuildContext, token: IToken, unit: 'quarter' | 'month', raw: string, max: number): Schedule | undefined {
  const index = ROMAN[raw] ?? Number(raw);
  if (!Number.isInteger(index) || index < 1 || index > max) {
    ctx.error('invalid_period', token, token, unit === 'quarter' ? ['quý I', 'quý II', 'quý III', 'quý IV'] : ['tháng 1', '…', 'tháng 12']);
    return undefined;
  }
  return { kind: 'by', period: withYear({ unit, index }, yearIn(token.image)) };
}

function beforeDate(ctx: BuildContext, token: IToken): Schedule | undefined {
  const [d, m, y] = token.image.split(/\/|\s+thang\s+|\s+nam\s+/).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!isValid(date) || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) {
    ctx.error('invalid_date', token, token, ['dd/mm/yyyy']);
    return undefined;
  }
  return { kind: 'before', date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** `Định kỳ (6 tháng, 1 năm)`: each comma-separated length becomes a period unit. */
function recurring(ctx: BuildContext, list: PeriodListRead): Schedule | undefined {
  if (!list.close) {
    ctx.error('unbalanced_paren', list.open, list.open, [')']);
    return undefined;
  }
  const every: PeriodUnit[] = [];
  let count = 1;
  for (const t of list.words) {
    if (t.tokenType.name === 'NumberLit') count = Number(t.image.replace(/^0+(?=\d)/, ''));
    else if (t.image === 'nam') every.push('year');
    else if (t.image === 'quy') every.push('quarter');
    else if (t.image === 'thang') every.push(count === 6 ? 'half' : count === 3 ? 'quarter' : count === 12 ? 'year' : 'month');
    if (t.tokenType.name !== 'NumberLit') count = 1; // a count belongs to the next unit word only
  }
  if (every.length === 0) {
    ctx.error('invalid_period', list.open, list.close, ['6 tháng', '1 năm', 'quý', 'tháng']);
    return undefined;
  }
  return { kind: 'recurring', every };
}

const HANG: Readonly<Record<string, PeriodUnit>> = { nam: 'year', quy: 'quarter', thang: 'month' };

/** The index written after `quý` (`ii`) or `tháng` (`6`); nothing matched is an invalid index. */
function indexIn(image: string, pattern: RegExp): string {
  return pattern.exec(image)?.[1] ?? '';
}
const QUARTER_INDEX = /^quy\s+([a-z0-9]+)/;
const MONTH_INDEX = /^thang\s+(\d+)/;

/** `hằng tháng, quý, năm`: each period named, once. */
function everyPeriod(token: IToken, more: readonly IToken[]): Schedule {
  const every: PeriodUnit[] = [];
  for (const word of [token.image.split(/\s+/)[1] ?? '', ...more.map((t) => t.image)]) {
    const unit = HANG[word];
    if (unit && !every.includes(unit)) every.push(unit);
  }
  return { kind: 'recurring', every };
}

function readItem(ctx: BuildContext, item: TimingRead): Schedule | undefined {
  switch (item.kind) {
    case 'quarter': {
      const s = periodOf(ctx, item.token, 'quarter', indexIn(item.token.image, QUARTER_INDEX), 4);
      return s?.kind === 'by' && item.year ? { kind: 'by', period: withYear(s.period, Number(item.year.image)) } : s;
    }
    case 'month':
      return periodOf(ctx, item.token, 'month', indexIn(item.token.image, MONTH_INDEX), 12);
    case 'half':
      return { kind: 'by', period: withYear({ unit: 'half', index: /dau/.test(item.token.image) ? 1 : 2 }, yearIn(item.token.image)) };
    case 'whole_year':
      return { kind: 'throughout', period: withYear({ unit: 'year' }, yearIn(item.token.image)) };
    case 'every':
      return everyPeriod(item.token, item.more);
    case 'before':
      return beforeDate(ctx, item.date);
    case 'complete_within':
    case 'periodic':
      return readItem(ctx, item.inner);
    case 'period_list':
      return recurring(ctx, item.list);
  }
}

/**
 * Read a `timing` (`Quý I và cả năm 2023`) into one Schedule: `all` when it has parts.
 */
export function readSchedule(ctx: BuildContext, timing: readonly TimingRead[]): Schedule | undefined {
  const parts = timing.map((i) => readItem(ctx, i));
  if (parts.some((p) => p === undefined)) return undefined;
  return combineSchedules(parts as Schedule[]);
}

/** One schedule from several: itself when alone, else `all` (flattened). */
export function combineSchedules(parts: readonly Schedule[]): Schedule | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && parts[0]!.kind !== 'all') return parts[0];
  // A loop, not flatMap (about a microsecond a call on Node 20, and this runs on every parse).
  const flat: Schedule[] = [];
  for (const p of parts) {
    if (p.kind === 'all') for (const q of p.parts) flat.push(q);
    else flat.push(p);
  }
  return flat.length === 1 ? flat[0] : { kind: 'all', parts: flat };
}
