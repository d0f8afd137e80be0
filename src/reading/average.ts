/**
 * An average change per year (tăng / giảm bình quân): `Tốc độ tăng trưởng GRDP bình quân
 * 7%/năm giai đoạn 2021-2025`, `tăng bình quân 9 - 11%/năm`, `giai đoạn 2011-2020, tốc độ tăng
 * trưởng ... 4,3 – 4,7%/năm`. It is read as a `change` with measure `average` when
 * - the figure is a percentage of something that grows or falls: a change verb (`tăng`,
 *   `giảm`) or a growth word in the subject (`tốc độ tăng`, `tăng trưởng`), and not a rate's
 *   change (`tỷ lệ hộ nghèo giảm bình quân 1,5%`: points, not read as an average yet);
 * - and it says average: `bình quân`, or a change per year (`%/năm`) in a statement that
 *   names its period.
 * Its baseline is the year before the period (`giai đoạn 2021-2025` → 2020), or the one
 * written; with neither, the same period a year earlier, and a warning says the period is
 * not written (`average_period_unwritten`).
 */
import type { IToken } from 'chevrotain';
import type { Baseline, Bound, ChangeClause, Clause, ClausePart, Span, YearSpan } from '../ast/types.js';
import type { BuildContext } from './context.js';
import { namesRate } from './change.js';
import { itemTokens } from './core.js';
import type { Item, MeasureRead } from './items.js';

/** What the clause step has found when it asks whether a clause is an average. */
export interface AverageParts {
  readonly part: ClausePart;
  readonly span: Span;
  readonly measure: Extract<MeasureRead, { kind: 'change' | 'figure' }>;
  readonly bound: Bound;
  readonly percent: boolean;
  /** A closer written after `/năm` (`từ 11%/năm trở lên`), read into the bound. */
  readonly lateCloser: IToken | undefined;
  readonly before: readonly Item[];
  readonly after: readonly Item[];
  /** The statement's period (`giai đoạn 2021-2025`), wherever in the statement it is written. */
  readonly statementSpan: YearSpan | undefined;
  /** The clause before, when this one is its `trong đó` / `riêng` part. */
  readonly previous: Clause | undefined;
}

/** An average clause and the words it leaves to the subject. */
export interface AverageRead {
  readonly clause: ChangeClause;
  readonly before: readonly Item[];
  readonly after: readonly Item[];
}

/** The clause before, when it is an average: a list of averages goes on with it. */
function previousAverage(parts: AverageParts): ChangeClause | undefined {
  const p = parts.previous;
  return p?.kind === 'change' && p.measure === 'average' ? p : undefined;
}

/**
 * The direction a clause's words give its figure: its verb, else a growth word in the subject,
 * else the average it continues: a `trong đó` part that names nothing but its own period
 * (`trong đó giai đoạn 2026-2030 đạt từ 10%/năm trở lên`), or the next item of a list of
 * averages per year (`..., vùng Đồng bằng sông Hồng khoảng 9%/năm`).
 */
function directionOf(parts: AverageParts, words: readonly IToken[], yearly: boolean): 'increase' | 'decrease' | undefined {
  if (parts.measure.kind === 'change') return parts.measure.verb.tokenType.name === 'Giam' ? 'decrease' : 'increase';
  // `giảm nghèo bình quân 1%/năm` names a fall of a rate (points), not an average cut: only a
  // growth word (`tốc độ tăng`, `tăng trưởng`) gives a subject its direction.
  if (words.some((t) => t.tokenType.name === 'Tang')) return 'increase';
  const p = previousAverage(parts);
  const ownSpanOnly = parts.before.length > 0 && parts.before.every((i) => i.kind === 'span');
  if (p && (yearly || (parts.part !== 'main' && ownSpanOnly))) return p.direction;
  return undefined;
}

/** `bình quân đầu người`: per person, not an average over years. */
function perCapita(words: readonly IToken[], i: number): boolean {
  return words[i + 1]?.image === 'dau' && words[i + 2]?.image === 'nguoi';
}

/**
 * `bình quân` among a subject's words marks an average over years only after a growth word
 * (`tốc độ tăng trưởng bình quân ... đạt 10%`); after any other noun it is that noun's
 * adjective (`giá bán bình quân tăng 5%`: the average price rises 5%), not a pace per year.
 */
function averageInSubject(before: readonly IToken[]): boolean {
  const growth = before.findIndex((t) => t.tokenType.name === 'Tang');
  return growth >= 0 && before.some((t, i) => i > growth && t.tokenType.name === 'BinhQuan' && !perCapita(before, i));
}

/** `/năm` or `năm` right after the figure (`7%/năm`, `5,5% năm`): how many items. */
function perYear(after: readonly Item[]): number {
  const first = after[0];
  if (first?.kind !== 'word') return 0;
  const name = first.token.tokenType.name;
  return (name === 'Per' && first.token.image.endsWith('nam')) || name === 'Nam' ? 1 : 0;
}

/**
 * The clause as an average change per year, or undefined when it is not one.
 *
 * @example
 * readAverage(ctx, parts) // for `Tốc độ tăng trưởng GRDP bình quân 7%/năm giai đoạn 2021-2025`:
 * // { clause: { kind: 'change', measure: 'average', period: { from: 2021, to: 2025 }, ... }, ... }
 */
export function readAverage(ctx: BuildContext, parts: AverageParts): AverageRead | undefined {
  if (!parts.percent) return undefined;
  const before = itemTokens(parts.before);
  const words = [...before, ...itemTokens(parts.after)];
  if (namesRate(words)) return undefined;
  const yearly = perYear(parts.after);
  const direction = directionOf(parts, before, yearly > 0);
  if (!direction) return undefined;
  const own = parts.before.find((i) => i.kind === 'span') ?? parts.after.find((i) => i.kind === 'span');
  const period = own?.kind === 'span' ? own.span : parts.statementSpan;
  const written = parts.measure.average !== undefined || averageInSubject(before);
  if (!written && !(yearly && (period || previousAverage(parts)))) return undefined;

  const b = parts.after.find((i) => i.kind === 'baseline');
  const baseline: Baseline = b?.kind === 'baseline' ? b.baseline : period ? { kind: 'year', year: period.from - 1 } : { kind: 'same_period_last_year' };
  // An average from the start of the period or from today has no year to count from.
  if (baseline.kind === 'current' || baseline.kind === 'period_start') return undefined;
  if (!b && !period) ctx.report('warning', 'average_period_unwritten', parts.span, ctx.original(parts.measure.figure.value));
  // `bình quân` among the words is the average read here (`tốc độ tăng trưởng bình quân ... đạt 10%`).
  const marker = parts.measure.average === undefined && averageInSubject(before) ? before.find((t, i) => t.tokenType.name === 'BinhQuan' && !perCapita(before, i)) : undefined;
  const keep = (i: Item): boolean => i.kind !== 'span' && i.kind !== 'baseline' && !(i.kind === 'word' && (i.token === parts.lateCloser || i.token === marker));
  const clause: ChangeClause = {
    kind: 'change',
    part: parts.part,
    span: parts.span,
    direction,
    bound: parts.bound,
    baseline,
    measure: 'average',
    ...(period && { period }),
    subject: { before: '', after: '' },
  };
  return { clause, before: parts.before.filter(keep), after: parts.after.slice(yearly).filter(keep) };
}
