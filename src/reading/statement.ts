import type { IToken } from 'chevrotain';
import type { Clause, ClausePart, Schedule, Target, YearSpan } from '../ast/types.js';
import type { BuildContext } from './context.js';
import { buildClause } from './clause.js';
import { asWords, coreKind, isPunctuation, isRealCore, isVerb, pastLeads } from './core.js';
import { wordAt, type Item } from './items.js';
import { readItems } from './visitor.js';
import type { StatementCstNode } from '../parser/cst.js';
import { originalOffset } from '../text/fold.js';
import { toNfc } from '../text/nfc.js';
import { combineSchedules, readSchedule } from './schedule.js';
import { mergeStretches } from './stretch.js';
import { checkBrackets, checkFigures, checkYears } from './validate.js';

const PARTS: Readonly<Record<string, ClausePart>> = { Semicolon: 'main', Bullet: 'main', TrongDo: 'of_which', Rieng: 'specifically' };

interface Group {
  readonly part: ClausePart;
  readonly items: readonly Item[];
}

/** `Ban Chỉ đạo 138`, `Ban Chỉ đạo 389`: the number is part of a body's name, not a figure. */
function namesABody(items: readonly Item[], i: number): boolean {
  const word = (k: number): string | undefined => {
    const it = items[k];
    return it?.kind === 'word' ? it.token.image : undefined;
  };
  return word(i - 2) === 'chi' && word(i - 1) === 'dao';
}

/**
 * `trên 10.000 dân`, `trên 1 vạn dân`, `/100.000 trẻ đẻ sống`: the denominator of a ratio to
 * population, which stays in the subject (`Số bác sĩ trên 10.000 dân đạt 13,5 bác sĩ` is one
 * target, 13,5 per 10.000), not a bound of its own.
 */
function populationBase(items: readonly Item[], i: number): boolean {
  const item = items[i]!;
  if (item.kind !== 'measure' || item.measure.kind !== 'figure' || item.tokens[0]?.tokenType.name !== 'Tren' || item.tokens.length !== 2) return false;
  const next = wordAt(items, i + 1) === 'van' ? i + 2 : i + 1;
  return wordAt(items, next) === 'dan' || (wordAt(items, next) === 'tre' && wordAt(items, next + 1) === 'de');
}

/**
 * A figure that only describes: `/1 ha` (per hectare: a denominator), `trong số 500 trường`
 * (among 500), `(tương đương 8.000 - 8.500 USD)` (the same target restated in another unit).
 */
function describes(items: readonly Item[], i: number): boolean {
  const prev = items[i - 1];
  if (prev?.kind === 'word' && prev.token.tokenType.name === 'Slash') return true;
  if (wordAt(items, i - 1) === 'so' && wordAt(items, i - 2) === 'trong') return true;
  if (wordAt(items, i - 1) === 'so' && wordAt(items, i - 2) === 'tong' && wordAt(items, i - 3) === 'trong') return true;
  if (criteriaOfSubject(items, i)) return true;
  // `đạt 8.500 USD (khoảng 216 triệu đồng)`: the same figure restated in another unit.
  if (restatedInBrackets(items, i)) return true;
  // `được học 2 buổi/ngày`: how the pupils counted are taught, not a count of sessions.
  if (wordAt(items, i - 1) === 'hoc' && wordAt(items, i + 1) === 'buoi') return true;
  return wordAt(items, i - 1) === 'duong' && wordAt(items, i - 2) === 'tuong';
}

/**
 * `giảm số xã đạt dưới 5 tiêu chí xuống 250 xã`, `tỷ lệ số xã đạt dưới 10 tiêu chí còn khoảng
 * 25%`: a number of criteria with the clause's own figure still to come (no comma between)
 * says which communes are counted; read as a target it split one into two.
 */
function criteriaOfSubject(items: readonly Item[], i: number): boolean {
  if (wordAt(items, i + 1) !== 'tieu' || wordAt(items, i + 2) !== 'chi') return false;
  for (let k = i + 3; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'separator' || (it.kind === 'word' && it.token.tokenType.name === 'Comma')) return false;
    if (it.kind === 'measure') return true;
  }
  return false;
}

/** A `(khoảng …)` figure right after a unit of the figure before it. */
function restatedInBrackets(items: readonly Item[], i: number): boolean {
  const item = items[i]!;
  const prev = items[i - 1];
  if (item.kind !== 'measure' || item.tokens[0]?.tokenType.name !== 'Khoang' || prev?.kind !== 'word' || prev.token.tokenType.name !== 'LParen') return false;
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (items[k]!.kind === 'measure') return true;
  return false;
}

/**
 * `trong đó` (of which) and `trong độ tuổi` (in the age group) fold alike: only the first is a
 * separator. Unaccented text is read as `trong đó`.
 */
function isTrongDo(ctx: BuildContext, item: Item): boolean {
  if (item.kind !== 'separator' || item.token.tokenType.name !== 'TrongDo') return true;
  return !/độ$/.test(toNfc(ctx.original(item.token)).toLowerCase());
}

/** A separator item read as a plain word. */
function asWord(item: Item): Item {
  return item.kind === 'separator' ? { kind: 'word', token: item.token } : item;
}

/**
 * `năm 2020 xã Sơn Viên sẽ cán đích nông thôn mới`: a bare year after `năm` is when, not how
 * many — read as a count it was ≥ 2.020 xã. Left as words, it is named as a timing not read.
 */
function isYear(items: readonly Item[], i: number): boolean {
  const item = items[i]!;
  if (item.kind !== 'measure' || item.measure.kind !== 'figure' || item.tokens.length !== 1) return false;
  const prev = items[i - 1];
  return prev?.kind === 'word' && prev.token.tokenType.name === 'Nam' && /^(19|20)\d\d$/.test(item.tokens[0]!.image);
}

/** Cores that are only description become words (see `isRealCore`). */
function demote(items: readonly Item[]): Item[] {
  if (!items.some((i) => i.kind === 'measure')) return items as Item[];
  const out: Item[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'measure' && (!isRealCore(item, items.slice(i + 1, i + 5)) || namesABody(items, i) || populationBase(items, i) || describes(items, i) || isYear(items, i))) for (const w of asWords(item)) out.push(w);
    else out.push(item);
  });
  return out;
}

/** Split at `;`, bullets, `trong đó`, `riêng`. */
function splitSeparators(items: readonly Item[]): Group[] {
  // Most statements have no separator: one group of the items as they are.
  if (!items.some((i) => i.kind === 'separator')) return items.length ? [{ part: 'main', items }] : [];
  const groups: Group[] = [];
  let part: ClausePart = 'main';
  let current: Item[] = [];
  for (const item of items) {
    if (item.kind === 'separator') {
      if (current.length) groups.push({ part, items: current });
      part = PARTS[item.token.tokenType.name] ?? 'main';
      current = [];
    } else current.push(item);
  }
  if (current.length) groups.push({ part, items: current });
  return groups;
}

/**
 * One core per clause. A zero-tolerance phrase counts only when it opens the clause, and
 * then every later figure describes its subject. After a figure core, a second figure starts a
 * new main clause at the last comma before it (`Truy tố ... trên 90% ..., bảo đảm ... trên 95%`).
 */
function splitCores(ctx: BuildContext, group: Group): Group[] {
  // A timing before it (`Quý I không để xảy ra cháy lớn`, `Hằng năm không để ...`) does not
  // stop zero tolerance opening the clause: demoted, the clause was a task to complete by then.
  let start = 0;
  while (isVerb(group.items[start]) || group.items[start]?.kind === 'timing') start++;
  const first = pastLeads(group.items, start);
  const opensWithZero = coreKind(group.items[first]) === 'zero';
  // The common case, one core and nothing to demote: the group as it is.
  if (!opensWithZero && oneCoreNoZero(group.items)) return [group];
  const items: Item[] = [];
  const cores: number[] = [];
  let zeroInside: Extract<Item, { kind: 'measure' }> | undefined;
  group.items.forEach((item, i) => {
    const demoted = item.kind === 'measure' && (opensWithZero ? i !== first : coreKind(item) === 'zero');
    if (demoted) {
      if (!opensWithZero) zeroInside ??= item;
      for (const w of asWords(item)) items.push(w);
    } else {
      if (item.kind === 'measure') cores.push(items.length);
      items.push(item);
    }
  });
  // `Đối với xã ..., duy trì không để phát sinh tệ nạn ma túy`: zero tolerance after words of
  // the clause is not read as its target (it may describe the subject); with no other measure
  // the clause is qualitative, and says what it left out.
  if (zeroInside && cores.length === 0) {
    const [from, to] = [zeroInside.tokens[0], zeroInside.tokens.at(-1)];
    if (from && to) ctx.report('warning', 'construct_not_read', ctx.span(from, to), ctx.original(from, to));
  }
  if (opensWithZero || cores.length < 2) return [{ part: group.part, items }];
  const out: Group[] = [];
  let from = 0;
  for (let k = 1; k < cores.length; k++) {
    let comma = -1;
    for (let j = cores[k - 1]! + 1; j < cores[k]!; j++) {
      const it = items[j]!;
      if (it.kind === 'word' && it.token.tokenType.name === 'Comma') comma = j;
    }
    const cut = comma >= 0 ? comma : cores[k]!;
    out.push({ part: out.length ? 'main' : group.part, items: items.slice(from, cut) });
    from = comma >= 0 ? cut + 1 : cut;
  }
  out.push({ part: out.length ? 'main' : group.part, items: items.slice(from) });
  return out;
}

/** At most one core, and it is not zero tolerance. */
function oneCoreNoZero(items: readonly Item[]): boolean {
  let cores = 0;
  for (const item of items) {
    if (item.kind !== 'measure') continue;
    if (item.measure.kind === 'zero' || ++cores > 1) return false;
  }
  return true;
}

/** The quantifier of a clause, when it has one (rare, so the spread here is cheap). */
function eachOf(c: Clause): { each?: string } {
  return c.each ? { each: c.each } : {};
}

/**
 * Nothing but punctuation, verbs and timings (a trailing `./.`, a stray bracket, `Đạt` alone):
 * no clause to read.
 */
function nothingToRead(ctx: BuildContext, items: readonly Item[]): boolean {
  const words: IToken[] = [];
  for (const item of items) {
    if (isPunctuation(item)) words.push(item.token);
    else if (item.kind !== 'timing' && !isVerb(item)) return false;
  }
  return ctx.words(words) === '';
}

/** The statement's period (`giai đoạn 2021-2025`): the first one written, for every average in it. */
function firstSpan(items: readonly Item[]): YearSpan | undefined {
  for (const item of items) if (item.kind === 'span') return item.span;
  return undefined;
}

/**
 * Turn a parsed statement (its CST and where each segment ends in `tokens`) into a Target,
 * reporting what is wrong to `ctx`.
 */
export function buildTarget(ctx: BuildContext, parsed: { readonly cst: StatementCstNode; readonly segmentEnds: readonly number[] }, tokens: readonly IToken[]): Target | undefined {
  const read = readItems(parsed.cst.children, { tokens, segmentEnds: parsed.segmentEnds });
  const items = demote(read.some((item) => !isTrongDo(ctx, item)) ? read.map((item) => (isTrongDo(ctx, item) ? item : asWord(item))) : read);
  if (tokens.length === 0) {
    ctx.report('error', 'empty_input', ctx.lines.span(originalOffset(ctx.folded, 0), originalOffset(ctx.folded, ctx.folded.text.length)), '');
    return undefined;
  }
  checkBrackets(ctx, tokens);
  checkFigures(ctx, tokens);
  checkYears(ctx, items);
  const clauses: Clause[] = [];
  const used: Item[] = []; // timings a clause took for itself (`01 lần hằng quý`): rare
  const yearSpan = firstSpan(items);
  for (const g of splitSeparators(items)) {
    for (const group of splitCores(ctx, g)) {
      if (nothingToRead(ctx, group.items)) continue;
      const built = buildClause(ctx, group.items, group.part, yearSpan, clauses.at(-1));
      if (!built) continue;
      clauses.push(built.clause);
      if (built.more) for (const c of built.more) clauses.push(c);
      for (const u of built.used) used.push(u);
    }
  }
  const merged = clauses.length > 1 ? mergeStretches(clauses) : clauses;
  const schedules: Extract<Item, { kind: 'timing' }>[] = [];
  for (const i of items) if (i.kind === 'timing' && !used.includes(i)) schedules.push(i);
  const parts = schedules.map((s) => readSchedule(ctx, s.timing));
  if (parts.some((p) => p === undefined)) return undefined;
  const schedule = combineSchedules(parts as Schedule[]);
  const span = ctx.span(tokens[0]!, tokens.at(-1)!);
  if (merged.length === 0 && !schedule) {
    if (ctx.diagnostics.every((d) => d.severity !== 'error')) ctx.report('error', 'empty_input', span, ctx.original(tokens[0]!, tokens.at(-1)!));
    return undefined;
  }
  if (merged.length === 0 && schedule) {
    const at = ctx.span(schedules[0]!.tokens[0]!, schedules.at(-1)!.tokens.at(-1)!);
    merged.push({ kind: 'task', part: 'main', subject: { before: '', after: '' }, span: at });
  }
  if (!schedule) return { kind: 'target', clauses: merged, span };
  // With a timing and no figure, a clause is a task. (No object spread on this hot path: see withEach.)
  const timed = merged.map((c): Clause => (c.kind === 'qualitative' ? { kind: 'task', part: c.part, subject: c.subject, span: c.span, ...eachOf(c) } : c));
  return { kind: 'target', clauses: timed, schedule, span };
}
