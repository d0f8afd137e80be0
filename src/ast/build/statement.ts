import type { CstNode, IToken } from 'chevrotain';
import type { Clause, ClausePart, Schedule, Target } from '../types.js';
import type { BuildContext } from './context.js';
import { buildClause } from './clause.js';
import { asWords, coreKind, isRealCore, isVerb, wordTokens } from './core.js';
import { itemsOf, type Item } from './items.js';
import { combineSchedules, readSchedule } from './schedule.js';

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

/** Cores that are only description become words (see `isRealCore`). */
function demote(items: readonly Item[]): Item[] {
  if (!items.some((i) => i.kind === 'core')) return items as Item[];
  return items.flatMap((item, i) =>
    item.kind === 'core' && (!isRealCore(item, items.slice(i + 1, i + 5)) || namesABody(items, i)) ? asWords(item) : [item],
  );
}

/** Split at `;`, bullets, `trong đó`, `riêng`. */
function splitSeparators(items: readonly Item[]): Group[] {
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
function splitCores(group: Group): Group[] {
  let first = 0;
  while (isVerb(group.items[first])) first++;
  const opensWithZero = coreKind(group.items[first]) === 'zero';
  const items = group.items.map((item, i) =>
    item.kind === 'core' && ((opensWithZero && i !== first) || (!opensWithZero && coreKind(item) === 'zero')) ? asWords(item) : [item],
  ).flat();
  const cores = items.flatMap((item, i) => (item.kind === 'core' ? [i] : []));
  if (opensWithZero || cores.length < 2) return [{ part: group.part, items }];
  const out: Group[] = [];
  let from = 0;
  for (let k = 1; k < cores.length; k++) {
    const commas = items.slice(cores[k - 1]! + 1, cores[k]).flatMap((it, j) => (it.kind === 'word' && it.token.tokenType.name === 'Comma' ? [cores[k - 1]! + 1 + j] : []));
    const cut = commas.at(-1) ?? cores[k]!;
    out.push({ part: out.length ? 'main' : group.part, items: items.slice(from, cut) });
    from = commas.length ? cut + 1 : cut;
  }
  out.push({ part: out.length ? 'main' : group.part, items: items.slice(from) });
  return out;
}

/** An opening bracket with no partner is an error; a lone `a)` list marker is not. */
function checkBrackets(ctx: BuildContext, tokens: readonly IToken[]): void {
  const open: IToken[] = [];
  for (const t of tokens) {
    if (t.tokenType.name === 'LParen') open.push(t);
    else if (t.tokenType.name === 'RParen') open.pop();
  }
  if (open[0]) ctx.error('unbalanced_paren', open[0], open[0], [')']);
}

const NEEDS_FIGURE = new Set(['Tu', 'Giam', 'Tang', 'ItNhat', 'ToiThieu', 'KhongDuoi', 'KhongVuotQua', 'ToiDa', 'Tren', 'Duoi', 'Khoang', 'Gte', 'Gt', 'Lte', 'Lt', 'Approx', 'Eq']);

/** A comparator right before `%` lost its figure (`Đạt từ % trở lên`). */
function checkFigures(ctx: BuildContext, tokens: readonly IToken[]): void {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next?.tokenType.name === 'Percent' && NEEDS_FIGURE.has(t.tokenType.name)) ctx.error('missing_figure', t, next, ['80%']);
  });
}

/**
 * Turn a statement's CST into a Target, reporting what is wrong to `ctx`.
 */
export function buildTarget(ctx: BuildContext, cst: CstNode): Target | undefined {
  const items = demote(itemsOf(cst));
  const tokens = items.flatMap(wordTokens);
  if (tokens.length === 0) {
    ctx.report('error', 'empty_input', ctx.lines.span(ctx.folded.offsets[0]!, ctx.folded.offsets.at(-1)!), '');
    return undefined;
  }
  checkBrackets(ctx, tokens);
  checkFigures(ctx, tokens);
  const clauses: Clause[] = [];
  const used = new Set<Item>();
  for (const group of splitSeparators(items).flatMap(splitCores)) {
    const content = group.items.filter((i) => i.kind !== 'schedule');
    // Nothing but punctuation (a trailing `./.`, a stray bracket): no clause to read.
    if (content.every((i) => i.kind === 'word') && ctx.words(content.flatMap(wordTokens)) === '') continue;
    const built = buildClause(ctx, group.items, group.part);
    if (!built) continue;
    clauses.push(built.clause);
    built.used.forEach((u) => used.add(u));
  }
  const schedules = items.filter((i): i is Extract<Item, { kind: 'schedule' }> => i.kind === 'schedule' && !used.has(i));
  const parts = schedules.map((s) => readSchedule(ctx, s.node));
  if (parts.some((p) => p === undefined)) return undefined;
  const schedule = combineSchedules(parts as Schedule[]);
  const span = ctx.span(tokens[0]!, tokens.at(-1)!);
  if (clauses.length === 0 && !schedule) {
    if (ctx.diagnostics.every((d) => d.severity !== 'error')) ctx.report('error', 'empty_input', span, ctx.original(tokens[0]!, tokens.at(-1)!));
    return undefined;
  }
  if (clauses.length === 0 && schedule) {
    const at = ctx.span(schedules[0]!.tokens[0]!, schedules.at(-1)!.tokens.at(-1)!);
    clauses.push({ kind: 'task', part: 'main', subject: { before: '', after: '' }, span: at });
  }
  const timed = schedule ? clauses.map((c): Clause => (c.kind === 'qualitative' ? { ...c, kind: 'task' } : c)) : clauses;
  return { kind: 'target', clauses: timed, ...(schedule ? { schedule } : {}), span };
}
