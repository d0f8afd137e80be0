import type { CstNode, IToken } from 'chevrotain';
import { isValid } from 'date-fns';
import type { PeriodRef, PeriodUnit, Schedule } from '../ast/types.js';
import type { BuildContext } from './context.js';
import { child, isToken } from './items.js';

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
function recurring(ctx: BuildContext, item: CstNode, open: IToken): Schedule | undefined {
  if (!item.children['RParen']) {
    ctx.error('unbalanced_paren', open, open, [')']);
    return undefined;
  }
  const words = ((item.children['periodWord'] ?? []) as CstNode[]).flatMap((w) => Object.values(w.children).flat()).filter(isToken);
  const every: PeriodUnit[] = [];
  let count = 1;
  for (const t of words.sort((a, b) => a.startOffset - b.startOffset)) {
    if (t.tokenType.name === 'NumberLit') count = Number(t.image.replace(/^0+(?=\d)/, ''));
    else if (t.image === 'nam') every.push('year');
    else if (t.image === 'quy') every.push('quarter');
    else if (t.image === 'thang') every.push(count === 6 ? 'half' : count === 3 ? 'quarter' : count === 12 ? 'year' : 'month');
    if (t.tokenType.name !== 'NumberLit') count = 1; // a count belongs to the next unit word only
  }
  if (every.length === 0) {
    const close = item.children['RParen']![0] as IToken;
    ctx.error('invalid_period', open, close, ['6 tháng', '1 năm', 'quý', 'tháng']);
    return undefined;
  }
  return { kind: 'recurring', every };
}

const HANG: Readonly<Record<string, PeriodUnit>> = { nam: 'year', quy: 'quarter', thang: 'month' };

/** The earliest token directly under a `scheduleItem` (its keyword). */
function firstToken(item: CstNode): IToken {
  let first: IToken | undefined;
  for (const key in item.children) {
    for (const e of item.children[key]!) if (isToken(e) && (!first || e.startOffset < first.startOffset)) first = e;
  }
  return first!;
}

function readItem(ctx: BuildContext, item: CstNode): Schedule | undefined {
  const c = item.children;
  const first = firstToken(item);
  switch (first.tokenType.name) {
    case 'Quarter': {
      const s = periodOf(ctx, first, 'quarter', /^quy\s+([a-z0-9]+)/.exec(first.image)![1]!, 4);
      const year = c['NumberLit']?.[0];
      return s?.kind === 'by' && year && isToken(year) ? { kind: 'by', period: withYear(s.period, Number(year.image)) } : s;
    }
    case 'Month':
      return periodOf(ctx, first, 'month', /^thang\s+(\d+)/.exec(first.image)![1]!, 12);
    case 'Half':
      return { kind: 'by', period: withYear({ unit: 'half', index: /dau/.test(first.image) ? 1 : 2 }, yearIn(first.image)) };
    case 'CaNam':
      return { kind: 'throughout', period: withYear({ unit: 'year' }, yearIn(first.image)) };
    case 'HangKy': {
      const more = ((c['periodWord'] ?? []) as CstNode[]).flatMap((w) => Object.values(w.children).flat()).filter(isToken);
      const every = [first.image.split(/\s+/)[1]!, ...more.map((t) => t.image)].map((w) => HANG[w]!);
      return { kind: 'recurring', every: [...new Set(every)] };
    }
    case 'TruocNgay':
      return beforeDate(ctx, c['DateLit']![0] as IToken);
    case 'HoanThanhTrong':
      return readItem(ctx, child(item, 'scheduleItem')!);
    case 'DinhKy': {
      const inner = child(item, 'scheduleItem');
      return inner ? readItem(ctx, inner) : recurring(ctx, item, c['LParen']![0] as IToken);
    }
    default:
      return undefined;
  }
}

/**
 * Read a `schedule` node (`Quý I và cả năm 2023`) into one Schedule: `all` when it has parts.
 */
export function readSchedule(ctx: BuildContext, node: CstNode): Schedule | undefined {
  const parts = ((node.children['scheduleItem'] ?? []) as CstNode[]).map((i) => readItem(ctx, i));
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
