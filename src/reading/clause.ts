import type { IToken } from 'chevrotain';
import type { Baseline, Bound, ChangeClause, ChangeMeasure, Clause, ClausePart, CountClause, PeriodUnit, Subject, YearSpan } from '../ast/types.js';
import { readAverage } from './average.js';
import { suggestKeyword } from '../diagnostics/suggest.js';
import type { BuildContext } from './context.js';
import { coreKind, isVerb, itemTokens, matchUnit, measureAfter, pastLeads } from './core.js';
import { readFigure } from './figure.js';
import { reportPercentBasis } from './amount-percent.js';
import { changeInSubject, figurelessChange, formatBaselineVi, increaseBefore, measureList, yearlyWords, namesRate, openingVerb, unwritten } from './change.js';
import { levelBound, scaled } from './level.js';
import { qualifies, reportSeveralMeasures, reportUnreadConstructs, reportUnreadFigures } from './unread.js';
import type { Item, MeasureRead } from './items.js';

/**
 * The verb of `không để xảy ra / tồn tại / phát sinh / hình thành`, `không còn`, `không có`, by
 * its last (folded) word: `không còn hộ ở nhà tạm` is `không để tồn tại` in other words.
 */
const ZERO_VERBS: Readonly<Record<string, 'occur' | 'exist' | 'arise'>> = { ra: 'occur', tai: 'exist', sinh: 'arise', thanh: 'arise', con: 'exist', co: 'exist' };

/** The last word of a multi-word keyword's image (its words may be split by any white space). */
function lastWord(image: string): string {
  let i = image.length;
  while (i > 0 && image.charCodeAt(i - 1) > 32) i--;
  return image.slice(i);
}
const BASELINES = ['năm 2022', 'năm trước', 'cùng kỳ', 'hiện nay'];
/** What a comparison's word means: `nhiều hơn`, `>` (more than), `thấp hơn`, `<`, `>=`, `<=`. */
const COMPARISON_OPS: Readonly<Record<string, 'gt' | 'lt' | 'gte' | 'lte'>> = { MoreThan: 'gt', Gt: 'gt', LessThan: 'lt', Lt: 'lt', Gte: 'gte', Lte: 'lte' };
const PER: Readonly<Record<string, PeriodUnit>> = { nam: 'year', quy: 'quarter', thang: 'month' };
/** Words that end a per-unit quantifier's unit kind (`Mỗi đơn vị trường học | tổ chức ...`). */
const EACH_STOP = new Set(['phai', 'deu', 'can', 'co', 'duoc', 'thuc']);
/** `cơ quan`, `cơ sở` fold like `có` (has): these next words mark the noun. */
const CO_NOUN = new Set(['quan', 'so', 'che']);

/** `cơ` (noun) vs `có` (has): the accent decides; unaccented `co` is a noun before `quan`/`sở`/`chế`. */
function isCoNoun(written: string, next: string | undefined): boolean {
  const w = written.normalize('NFC').toLowerCase();
  if (w === 'cơ') return true;
  if (w !== 'co') return false;
  return CO_NOUN.has(next ?? '');
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Set a per-unit quantifier on a fresh clause. Assignment, not `{ ...c, each }`: object spread
 * costs microseconds per clause on Node 20, and clauses are built on the parser's hot path.
 */
function withEach<C extends Clause>(clause: C, each: string | undefined): C {
  if (each) (clause as Writable<Clause>).each = each;
  return clause;
}

/**
 * A change with no `so với` that still names a period (`giảm 7% sovới năm 2022`, `so vs năm
 * 2022`) is read against the start of the period; say so, and suggest `so với` when the word
 * before looks like it.
 */
function unreadBaseline(ctx: BuildContext, after: readonly Item[]): boolean {
  const tokens = itemTokens(after);
  const i = tokens.findIndex((t, k) => t.tokenType.name === 'CungKy' || t.tokenType.name === 'NamTruoc' || (t.tokenType.name === 'Nam' && tokens[k + 1]?.tokenType.name === 'NumberLit'));
  if (i < 0) return false;
  const at = tokens[i]!;
  const last = at.tokenType.name === 'Nam' ? tokens[i + 1]! : at;
  const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.image).join(' ');
  const suggestion = suggestKeyword(before, ['so với']) ?? suggestKeyword(tokens[i - 1]?.image ?? '', ['so với']);
  ctx.report('warning', 'baseline_not_read', ctx.span(at, last), ctx.original(at, last), ['so với'], suggestion ?? 'so với');
  return true;
}

/** A clause plus the timing items it used itself (`01 lần hằng quý`), which are not the statement's. */
export interface BuiltClause {
  readonly clause: Clause;
  /** Further clauses read from the same words (one per measure of a list), after `clause`. */
  readonly more?: readonly Clause[];
  readonly used: readonly Item[];
}

function tokensOfItems(items: readonly Item[]): IToken[] {
  return itemTokens(items, false);
}

/** `mỗi cơ quan, tổ chức, đơn vị, địa phương phải có ...` → `cơ quan, tổ chức, đơn vị, địa phương`. */
function eachOf(ctx: BuildContext, before: readonly Item[]): string | undefined {
  const first = before[0];
  if (first?.kind !== 'word' || first.token.tokenType.name !== 'Moi') return undefined;
  if (/ớ/.test(ctx.original(first.token).normalize('NFC').toLowerCase())) return undefined; // `mới`: "new"
  // `mỗi năm` (each year) is a frequency of the whole, not a kind of unit every one of which must meet it.
  const second = before[1];
  if (second?.kind === 'word' && (second.token.tokenType.name === 'Nam' || ['quy', 'thang', 'ngay', 'tuan'].includes(second.token.image))) return undefined;
  const words: IToken[] = [];
  for (const [i, item] of before.slice(1).entries()) {
    if (item.kind !== 'word') break;
    const image = item.token.image;
    const prev = before[i]; // the item before this one
    const afterComma = prev?.kind === 'word' && prev.token.tokenType.name === 'Comma';
    const nextImage = (before[i + 2] as { token?: IToken } | undefined)?.token?.image;
    if (EACH_STOP.has(image) && !(image === 'co' && isCoNoun(ctx.original(item.token), nextImage))) break;
    if (image === 'to' && nextImage === 'chuc' && !afterComma) break;
    if (item.token.tokenType.name !== 'Moi') words.push(item.token);
  }
  // `mỗi danh tính số trung bình ... 100 lượt`: an average per unit, not every unit.
  if (words.some((t, i) => t.tokenType.name === 'BinhQuan' || (t.image === 'trung' && words[i + 1]?.image === 'binh'))) return undefined;
  const each = ctx.words(words);
  return each || undefined;
}

/** A clause's subject; a figure left among its words is reported (see ./unread.ts). */
function subject(ctx: BuildContext, before: readonly IToken[], after: readonly IToken[]): Subject {
  reportUnreadFigures(ctx, before);
  reportUnreadFigures(ctx, after);
  return { before: ctx.words(before), after: ctx.words(after) };
}

function missingBaseline(ctx: BuildContext, items: readonly Item[]): void {
  const i = items.findIndex((it) => it.kind === 'word' && it.token.tokenType.name === 'SoVoi');
  if (i < 0) return;
  const so = (items[i] as { token: IToken }).token;
  const next = itemTokens(items.slice(i + 1, i + 3));
  const suggestion = suggestKeyword(next.map((t) => t.image).join(' '), BASELINES);
  ctx.error('missing_baseline', so, next[0] ?? so, BASELINES, suggestion);
}

const EDGE_PUNCTUATION = new Set(['Comma', 'Dot', 'Semicolon', 'Colon', 'Bullet']);

/** A clause's span covers its words, not the separators at its edges (`…đạt trên 75%,`). */
function clauseSpan(ctx: BuildContext, tokens: readonly IToken[]): ReturnType<BuildContext['span']> {
  let first = 0;
  let last = tokens.length - 1;
  while (first < last && EDGE_PUNCTUATION.has(tokens[first]!.tokenType.name)) first++;
  while (last > first && EDGE_PUNCTUATION.has(tokens[last]!.tokenType.name)) last--;
  return ctx.span(tokens[first]!, tokens[last]!);
}

/** Words an average change accounts for: they name the growth it is of, so they are read. */
const AVERAGE_WORDS: ReadonlySet<string> = new Set(['binh quan', 'tang truong', 'toc do tang']);

/**
 * Build one clause from its items. The first core decides the kind; everything else is words.
 * `yearSpan` is the statement's period (`giai đoạn 2021-2025`), for an average over years;
 * `previous` the clause before, which a `trong đó` part may continue.
 * Constructs the reading did not account for are named afterwards (see ./unread.ts).
 */
export function buildClause(ctx: BuildContext, items: readonly Item[], part: ClausePart, yearSpan?: YearSpan, previous?: Clause): BuiltClause | undefined {
  const built = readClause(ctx, items, part, yearSpan, previous);
  const average = built?.clause.kind === 'change' && built.clause.measure === 'average';
  reportUnreadConstructs(ctx, itemTokens(items), average ? AVERAGE_WORDS : undefined);
  return built;
}

function readClause(ctx: BuildContext, items: readonly Item[], part: ClausePart, yearSpan: YearSpan | undefined, previous: Clause | undefined): BuiltClause | undefined {
  // A timing before the verb (`Định kỳ (6 tháng) đạt ...`) is the statement's, not the subject's.
  let start = 0;
  while (isVerb(items[start]) || items[start]?.kind === 'timing') start++;
  const span = clauseSpan(ctx, itemTokens(items));
  const base = { part, span };

  // Zero tolerance opens the clause, after verbs and any punctuation (`. Không để phát sinh`).
  const lead = pastLeads(items, start);
  if (coreKind(items[lead]) === 'zero') {
    const core = items[lead] as Extract<Item, { kind: 'measure' }>;
    const rest = tokensOfItems(items.slice(lead + 1));
    const verb = ZERO_VERBS[lastWord(core.tokens[0]!.image)]!;
    const figure = rest.find((t, i) => t.tokenType.name === 'NumberLit' && !qualifies(rest, i));
    if (figure) ctx.report('warning', 'figure_in_subject', ctx.span(figure), ctx.original(figure));
    return { clause: { kind: 'zero', part, span, verb, subject: { before: '', after: ctx.words(rest) } }, used: [] };
  }

  const body = items.slice(start);

  const c = body.findIndex((i) => i.kind === 'measure');
  if (c < 0) return { clause: noCore(ctx, body, base), used: [] };

  missingBaseline(ctx, body);
  let beforeEnd = c;
  while (beforeEnd > 0 && isVerb(body[beforeEnd - 1])) beforeEnd--;
  let before = body.slice(0, beforeEnd);
  const core = body[c] as Extract<Item, { kind: 'measure' }>;
  let after = body.slice(c + 1);
  const each = eachOf(ctx, before);
  const kind = coreKind(core);

  const measure = core.measure;
  if (measure.kind === 'comparison') {
    const op = COMPARISON_OPS[measure.op.tokenType.name] ?? 'lte';
    return { clause: withEach({ kind: 'compare', part, span, op, baseline: measure.baseline, subject: subject(ctx, tokensOfItems(before), tokensOfItems(after)) }, each), used: [] };
  }
  // A zero measure that does not open its clause was demoted to words by the statement step.
  if (measure.kind === 'zero') throw new Error('chitieu: zero tolerance in the middle of a clause');
  const changeVerb = measure.kind === 'change' ? measure.verb : undefined;
  const figure = readFigure(ctx, measure.figure, tokensOfItems(after));
  if (!figure) return undefined;

  const average = readAverage(ctx, { part, span, measure, bound: figure.bound, percent: figure.percent, lateCloser: figure.lateCloser, before, after, statementSpan: yearSpan, previous });
  if (average) {
    const clause: ChangeClause = { ...average.clause, subject: subject(ctx, tokensOfItems(average.before), tokensOfItems(average.after)) };
    return { clause: withEach(clause, each), used: [] };
  }

  const toLevel = ['XuongDuoi', 'XuongCon'].includes(figure.comparator?.tokenType.name ?? '');
  // Verb–subject–figure (`Giảm số người chết ... ít nhất 5% so với năm 2023`): the verb opens the
  // clause and the figure is a percentage, so the figure is the size of the change.
  const opening = changeVerb || toLevel || !figure.percent ? -1 : openingVerb(before);
  // `Tỷ lệ giảm nghèo trên 4%`: the subject names the change (see `changeInSubject`).
  const named = changeVerb || toLevel || !figure.percent || opening >= 0 ? undefined : changeInSubject(before);
  if ((changeVerb && !toLevel) || opening >= 0 || named) {
    const at = named?.verb ?? opening;
    const verb = changeVerb ?? (before[at] as Extract<Item, { kind: 'word' }>).token;
    const subjectBefore = named ? named.keep.map((k) => before[k]!) : opening >= 0 ? [...before.slice(0, opening), ...before.slice(opening + 1)] : before;
    const written = figure.percent ? undefined : measureAfter(after);
    const direction = verb.tokenType.name === 'Giam' ? 'decrease' : 'increase';
    const rest = written ? after.slice(written.length) : after;
    const [first, ...more] = changeClause(ctx, { part, span, each, direction, bound: figure.bound, measure: written?.measure, percent: figure.percent }, subjectBefore, rest, items);
    return { clause: first!, more, used: [] };
  }
  const saysLevel = items.some((it) => it.kind === 'word' && it.token.tokenType.name === 'Dat');
  const continued = figure.percent && !saysLevel ? continuedChange(part, previous) : undefined;
  if (continued) {
    const rest = baselinesAsWords(after, figure.lateCloser);
    const clause: Writable<ChangeClause> = { ...continued, part, span, bound: figure.bound, subject: subject(ctx, tokensOfItems(before), tokensOfItems(rest)) };
    return { clause: withEach(clause, each), used: [] };
  }
  // `tăng thêm 4 trường`, `có thêm 3 xã`: an absolute increase; `tăng gấp 2 lần`: a multiple.
  const increase = figure.percent ? undefined : increaseBefore(before);
  if (increase) {
    const unit = matchUnit(baselinesAsWords(after, undefined), true, (t) => ctx.original(t));
    const times = unit?.unit === 'lần' && increase.times;
    if (unit && (times || !increase.times)) {
      const bound = unit.scale === 0 ? figure.bound : scaled(figure.bound, unit.scale);
      const rest = after.slice(unit.length);
      const measure: ChangeMeasure = times ? 'times' : 'absolute';
      const [first, ...more] = changeClause(ctx, { part, span, each, direction: 'increase', bound, measure, unit: times ? undefined : unit.unit, percent: false }, before.slice(0, increase.at), rest, items);
      return { clause: first!, more, used: [] };
    }
  }
  after = baselinesAsWords(after, figure.lateCloser);
  // `Giảm chi thường xuyên xuống dưới 60%`: the verb opening the clause is the change that reaches
  // the level, which `xuống dưới` already says; left in the subject it would read as a cut.
  const reaching = toLevel ? openingVerb(before) : -1;
  if (reaching >= 0 && (before[reaching] as Extract<Item, { kind: 'word' }>).token.tokenType.name === 'Giam') before = [...before.slice(0, reaching), ...before.slice(reaching + 1)];

  const level = levelBound(ctx, figure, before, after, span);
  // `gần` became the comparator: it is not the subject's.
  if (level.op === 'approx' && figure.comparator === undefined) before = before.slice(0, -1);
  if (figure.percent) {
    reportPercentBasis(ctx, before, after, span);
    const bound = level.op === 'gte' && level.value === '100' && !level.stretch ? { op: 'eq' as const, value: '100' } : level;
    return { clause: withEach({ kind: 'rate', part, span, bound, subject: subject(ctx, tokensOfItems(before), tokensOfItems(after)) }, each), used: [] };
  }

  const unit = matchUnit(after, true, (t) => ctx.original(t))!;
  let rest = after.slice(unit.length);
  let per: PeriodUnit | undefined;
  const used: Item[] = [];
  const next = rest[0];
  if (next?.kind === 'word' && next.token.tokenType.name === 'Per') {
    per = PER[next.token.image.replace(/^\/\s*/, '')];
    rest = rest.slice(1);
  } else if (next?.kind === 'timing' && next.tokens.length === 1 && next.tokens[0]!.tokenType.name === 'HangKy') {
    per = PER[next.tokens[0]!.image.split(/\s+/)[1]!];
    used.push(next);
    rest = rest.slice(1);
  }
  const bound = unit.scale === 0 ? level : scaled(level, unit.scale);
  const clause: CountClause = { kind: 'count', part, span, bound, unit: unit.unit, subject: subject(ctx, tokensOfItems(before), tokensOfItems(rest)) };
  if (per) (clause as Writable<CountClause>).per = per;
  withEach(clause, each);
  return { clause, used };
}

/**
 * A `trong đó` part with a percentage and no verb of its own continues the change before it
 * (`tỷ lệ hộ nghèo giảm mỗi năm 1-1,5%, trong đó vùng miền núi từ 2-3%`): the same direction,
 * measure and baseline, for its own subject and figure. Read as a level it would be a rate of
 * 2-3%, which no row of a change meets the way the plan means. With `đạt` the part says it is
 * a level (`trong đó vùng miền núi đạt 60%`), and so does the canonical form of one.
 */
function continuedChange(part: ClausePart, previous: Clause | undefined): ChangeClause | undefined {
  if (part !== 'of_which' || previous?.kind !== 'change') return undefined;
  if (previous.measure !== undefined && previous.measure !== 'points') return undefined;
  return previous;
}

/** What a change clause is made of besides its words. */
interface ChangeParts {
  readonly part: ClausePart;
  readonly span: Clause['span'];
  readonly each: string | undefined;
  readonly direction: 'decrease' | 'increase';
  readonly bound: Bound;
  /** How the text measures it (`điểm phần trăm`, `lần`, `thêm`); undefined: relative, or by convention. */
  readonly measure: ChangeMeasure | undefined;
  readonly unit?: string;
  /** Whether the figure had `%` (only then may the points convention apply). */
  readonly percent: boolean;
}

/**
 * A change clause: its baseline (written after the figure; else each year against the one
 * before for a yearly change; else the start of the period, said by `baseline_not_read` when a
 * period is named without `so với`), and its measure. A percentage change of a rate (`Tỷ lệ hộ
 * nghèo giảm 1,5%`) is in points by convention, or relative when the reader says so; a
 * warning names the convention either way. A list of measures after the figure gives one
 * clause per measure (see `measureList`).
 */
function changeClause(ctx: BuildContext, c: ChangeParts, before: readonly Item[], afterItems: readonly Item[], items: readonly Item[]): Clause[] {
  let after = afterItems;
  const b = after.findIndex((i) => i.kind === 'baseline');
  // `hằng năm giảm 5-10%`, `giảm ... mỗi năm 5%`: each year against the one before.
  const yearly = b < 0 ? yearlyWords(itemTokens(items)) : undefined;
  const baseline: Baseline = b >= 0 ? (after[b] as Extract<Item, { kind: 'baseline' }>).baseline : yearly ? { kind: 'same_period_last_year' } : unwritten(ctx);
  if (b >= 0) after = [...after.slice(0, b), ...after.slice(b + 1)];
  // Each year against the one before is one reading of `%/năm`; a five-year plan may mean the
  // average over its period, which is stricter to miss and is not read yet: say which was taken.
  else if (yearly) ctx.report('warning', 'change_each_year', ctx.span(yearly[0], yearly[1]), ctx.original(yearly[0], yearly[1]));
  else if (!unreadBaseline(ctx, after)) {
    // Nothing written: the reading rests on a convention, and says which.
    ctx.report('warning', 'baseline_unwritten', c.span, formatBaselineVi(baseline));
  }
  const words = [...tokensOfItems(before), ...tokensOfItems(after)];
  let measure = c.measure;
  if (measure === undefined && c.percent && namesRate(words)) {
    const points = ctx.conventions.rateChange !== 'relative';
    ctx.report('warning', points ? 'rate_change_points' : 'rate_change_relative', c.span, ctx.original(words[0]!, words.at(-1)!));
    if (points) measure = 'points';
  }
  // `giảm 5-10% số vụ, số người chết, số người bị thương`: the same change for each measure.
  const list = measureList(after);
  if (!list) reportSeveralMeasures(ctx, words);
  return (list ?? [after]).map((part, i) => {
    const clause: Writable<ChangeClause> = { kind: 'change', part: i === 0 ? c.part : 'main', span: c.span, direction: c.direction, bound: c.bound, baseline, subject: subject(ctx, tokensOfItems(before), tokensOfItems(part)) };
    if (measure !== undefined) clause.measure = measure;
    if (c.unit !== undefined) clause.unit = c.unit;
    return withEach(clause, c.each);
  });
}

/**
 * After a figure that is not a change, a baseline is description: its tokens become words. A
 * closer written after the unit is dropped. (A loop: `flatMap` costs about a microsecond a call
 * on Node 20, more than the rest of a clause.)
 */
function baselinesAsWords(after: readonly Item[], lateCloser: IToken | undefined): Item[] {
  const out: Item[] = [];
  for (const item of after) {
    if (item.kind === 'baseline') for (const token of item.tokens) out.push({ kind: 'word', token });
    else if (item.kind !== 'word' || item.token !== lateCloser) out.push(item);
  }
  return out;
}

/** No core: delegated when it says who sets the figure, else qualitative (a task if timed). */
function noCore(ctx: BuildContext, body: readonly Item[], base: Pick<Clause, 'part' | 'span'>): Clause {
  missingBaseline(ctx, body);
  const tokens = tokensOfItems(body);
  const g = tokens.findIndex((t) => t.tokenType.name === 'GiaoChiTieu');
  if (g >= 0) {
    // `mô hình (Phòng Văn hóa giao chỉ tiêu cụ thể …)`: who sets the figure is inside the bracket;
    // words before it are the subject's.
    let open = g - 1;
    while (open >= 0 && tokens[open]!.tokenType.name !== 'LParen') open--;
    const before = open > 0 ? ctx.words(tokens.slice(0, open)) : '';
    return { kind: 'delegated', part: base.part, span: base.span, by: ctx.words(tokens.slice(open + 1, g)), subject: { before, after: ctx.words(tokens.slice(g + 1)) } };
  }
  reportUnreadFigures(ctx, tokens);
  // A figure left unread (`xuống dưới 12,5‰`) means the clause is not figureless.
  const unread = tokens.some((t, i) => t.tokenType.name === 'NumberLit' && !qualifies(tokens, i));
  const change = unread ? undefined : figurelessChange(body);
  if (change) {
    const baseline = unwritten(ctx);
    ctx.report('warning', 'baseline_unwritten', base.span, formatBaselineVi(baseline));
    const op = change.direction === 'decrease' ? 'lt' : 'gt';
    const words = tokensOfItems(body.filter((_, i) => i !== change.at));
    return { kind: 'compare', part: base.part, span: base.span, op, baseline, subject: { before: ctx.words(words), after: '' } };
  }
  return { kind: 'qualitative', part: base.part, span: base.span, subject: { before: ctx.words(tokens), after: '' } };
}
