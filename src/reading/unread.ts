/**
 * What a reading leaves out, said out loud. A figure, a timing or a construct the language does
 * not read yet must never vanish into a subject silently: each one left in a clause's words
 * gets a warning with a stable code, so no reading that rests on less than the text is given
 * with confidence (issue 9, "never confidently wrong").
 *
 * A figure that qualifies the subject (`trẻ em dưới 5 tuổi`, `2 buổi/ngày`) is left there for
 * that stated reason, without a warning.
 */
import type { IToken } from 'chevrotain';
import { toNfc } from '../text/nfc.js';
import type { BuildContext } from './context.js';

/** Words after a figure that make it describe who or what is counted, not the target. */
const QUALIFYING_UNITS = new Set(['tuoi', 'buoi', 'sao', 'tang', 'gam']);

/**
 * Constructs the language cannot read yet, as folded word runs: where one stands in a clause,
 * its reading would miss a part of the meaning.
 */
const UNREAD_CONSTRUCTS: readonly { readonly run: readonly string[]; readonly written?: string }[] = [
  { run: ['binh', 'quan'] }, // an average over years (`bình quân 7%/năm`)
  { run: ['tang', 'truong'] }, // a growth rate, judged against the year before
  { run: ['toc', 'do', 'tang'] }, // the same, written `tốc độ tăng`
  { run: ['lan', 'luot'] }, // a respectively-list
  { run: ['tuong', 'ung'] },
  { run: ['du', 'toan'] }, // a share of the plan figure
];

/**
 * Two words before a figure that make it part of a name (`Ban Chỉ đạo 138`, `Nghị quyết 98`,
 * `Chương trình 135`, `Đề án 06`, `tiêu chí số 5`), folded.
 */
const NAMES = new Set(['chi dao', 'nghi quyet', 'quyet dinh', 'chi thi', 'chuong trinh', 'de an', 'ke hoach', 'chi so', 'tieu chi']);

function isName(words: readonly IToken[], i: number): boolean {
  const two = `${words[i - 2]?.image ?? ''} ${words[i - 1]?.image ?? ''}`;
  const skip = words[i - 1]?.image === 'so' ? `${words[i - 3]?.image ?? ''} ${words[i - 2]?.image ?? ''}` : '';
  return NAMES.has(two) || NAMES.has(skip);
}

/** `trên 10.000 dân`, `/1 vạn dân`, `/100.000 trẻ đẻ sống`: a ratio's denominator, read as such. */
function isPopulation(words: readonly IToken[], i: number): boolean {
  const prev = words[i - 1]?.tokenType.name;
  if (prev !== 'Tren' && prev !== 'Slash') return false;
  const k = words[i + 1]?.image === 'van' ? i + 2 : i + 1;
  return words[k]?.image === 'dan' || (words[k]?.image === 'tre' && words[k + 1]?.image === 'de');
}

/**
 * `(tương đương 8.000 - 8.500 USD)`, `trong số 500 trường`, `/1 ha`: figures that restate the
 * target in another unit, count what it is among, or divide it; they describe, for that reason.
 */
function restates(words: readonly IToken[], i: number): boolean {
  let k = i - 1;
  // Back over a range's first figure (`8.000 - 8.500`): at most a figure and a dash.
  while (k >= i - 2 && k >= 0 && (isNumber(words[k]) || words[k]!.tokenType.name === 'Dash')) k--;
  const w = (j: number): string | undefined => words[j]?.image;
  if (w(k) === 'duong' && w(k - 1) === 'tuong') return true;
  // `(khoảng 216 triệu đồng)` after a figure: the same figure restated (see statement.ts).
  if (words[k]?.tokenType.name === 'Khoang' && words[k - 1]?.tokenType.name === 'LParen') return true;
  if (w(k) === 'so' && w(k - 1) === 'trong') return true;
  return words[i - 1]?.tokenType.name === 'Slash';
}

/** Whether a token is a figure's number (`NumberLit`). */
export function isNumber(t: IToken | undefined): boolean {
  return t?.tokenType.name === 'NumberLit';
}

/**
 * Warn for each figure among a clause's subject words: a year (`năm 2025`, `giai đoạn
 * 2021-2025`) is a timing not read (`timing_not_read`); any other figure not followed by a
 * qualifying word is a figure not read (`figure_not_read`).
 */
export function reportUnreadFigures(ctx: BuildContext, words: readonly IToken[]): void {
  if (!words.some((t) => t.tokenType.name === 'NumberLit' || t.tokenType.name === 'DateLit')) return;
  const said = figureWarnings(ctx);
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    const at = ctx.start(t);
    while (k < said.length && said[k]!.end <= at) k++;
    if (k < said.length && said[k]!.start <= at) continue; // already said (`baseline_not_read`, `figure_in_subject`)
    if (t.tokenType.name === 'DateLit') {
      ctx.report('warning', 'timing_not_read', ctx.span(t), ctx.original(t));
      continue;
    }
    if (!isNumber(t)) continue;
    const years = yearRun(words, i);
    if (years) {
      ctx.report('warning', 'timing_not_read', ctx.span(years.first, years.last), ctx.original(years.first, years.last));
      i = years.end - 1;
      continue;
    }
    if (qualifies(words, i)) continue;
    ctx.report('warning', 'figure_not_read', ctx.span(t), ctx.original(t));
  }
}

/**
 * Whether the figure at `i` describes the subject for a stated reason: an age or a session
 * (`dưới 5 tuổi`, `2 buổi`), a name (`Nghị quyết 98`), a ratio's denominator (`trên 10.000
 * dân`), a restatement or a total it is among (`tương đương 8.000 USD`, `trong số 500 trường`).
 *
 * @example
 * qualifies(tokenize('tre em duoi 5 tuoi'), 3) // true
 */
export function qualifies(words: readonly IToken[], i: number): boolean {
  const next = words[i + 1];
  const criteria = next?.image === 'tieu' && words[i + 2]?.image === 'chi'; // `xã đạt dưới 5 tiêu chí`
  return (next !== undefined && QUALIFYING_UNITS.has(next.image) && !reached(words, i)) || criteria || isName(words, i) || isPopulation(words, i) || restates(words, i);
}

/**
 * `tuổi thọ trung bình đạt khoảng 74,5 tuổi`: an age that is reached (after `đạt`, `khoảng`) is
 * the target's figure, not who is counted; it was read as nothing at all, silently.
 */
function reached(words: readonly IToken[], i: number): boolean {
  const prev = words[i - 1]?.tokenType.name;
  const before = prev === 'Khoang' || prev === 'Tren' || prev === 'ItNhat' || prev === 'ToiThieu' ? words[i - 2]?.tokenType.name : prev;
  return before === 'Dat';
}

const YEAR = /^\d{4}$/;

/**
 * A timing at `i`: `năm 2025` (the figure after `năm`), `giai đoạn 2021-2025`, `2021 - 2025`:
 * its first and last tokens and the index past it; undefined for any other figure.
 */
function yearRun(words: readonly IToken[], i: number): { first: IToken; last: IToken; end: number } | undefined {
  const t = words[i]!;
  if (!YEAR.test(t.image)) return undefined;
  const prev = words[i - 1];
  const span = words[i + 1]?.tokenType.name === 'Dash' && YEAR.test(words[i + 2]?.image ?? '');
  const end = span ? i + 3 : i + 1;
  const last = words[end - 1]!;
  if (prev?.tokenType.name === 'Nam') return { first: prev, last, end };
  if (prev?.tokenType.name === 'GiaiDoan') return { first: prev, last, end };
  return span ? { first: t, last, end } : undefined;
}

/** The first folded word of every construct (a keyword token's image may hold several words). */
const FIRST_WORDS = new Set(UNREAD_CONSTRUCTS.flatMap(({ run }) => [run[0]!, run.join(' ')]));

/**
 * Warn once for each construct of `UNREAD_CONSTRUCTS` among a clause's tokens
 * (`construct_not_read`): the reading stands, but without that part of the meaning. `read`
 * names the constructs (joined folded words) the clause's reading did account for.
 */
export function reportUnreadConstructs(ctx: BuildContext, tokens: readonly IToken[], read?: ReadonlySet<string>): void {
  // Most clauses hold none: look for a first word before building anything.
  if (!tokens.some((t) => FIRST_WORDS.has(t.image))) return;
  const words = tokens.map((t) => t.image);
  for (const { run, written } of UNREAD_CONSTRUCTS) {
    if (read?.has(run.join(' '))) continue;
    const at = findRun(words, run);
    if (at < 0) continue;
    if (written !== undefined && toNfc(ctx.original(tokens[at]!)).toLowerCase() !== written) continue;
    const next = at + (words[at] === run.join(' ') ? 1 : run.length);
    if (run[0] === 'binh' && words[next] === 'dau' && words[next + 1] === 'nguoi') continue; // per capita, not an average
    const first = tokens[at]!;
    const last = tokens[next - 1]!;
    ctx.report('warning', 'construct_not_read', ctx.span(first, last), ctx.original(first, last));
  }
}

/** Warnings about a figure or a timing: a figure they cover is not warned about twice. */
const FIGURE_WARNINGS = new Set(['figure_in_subject', 'baseline_not_read', 'figure_not_read', 'timing_not_read']);

/** The ranges of the figure warnings said so far, by start (they do not overlap). */
function figureWarnings(ctx: BuildContext): { start: number; end: number }[] {
  return ctx.diagnostics
    .filter((d) => FIGURE_WARNINGS.has(d.code))
    .map((d) => ({ start: d.range.start, end: d.range.end }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The first of `runs` (folded word runs) found among `words`, as its first and last token.
 *
 * @example
 * firstRunOf(tokenize('ty le that nghiep'), [['that', 'nghiep']]) // [that, nghiep]
 */
export function firstRunOf(words: readonly IToken[], runs: readonly (readonly string[])[]): [IToken, IToken] | undefined {
  const images = words.map((t) => t.image);
  for (const run of runs) {
    const at = findRun(images, run);
    if (at >= 0) return [words[at]!, words[at + run.length - 1]!];
  }
  return undefined;
}

/**
 * Where the folded words `run` start among `words` (a keyword token may hold several), or -1.
 *
 * @example
 * findRun(['ty', 'le', 'that', 'thoat'], ['that', 'thoat']) // 2
 */
export function findRun(words: readonly string[], run: readonly string[]): number {
  const joined = run.join(' ');
  for (let i = 0; i < words.length; i++) {
    if (words[i] === joined) return i;
    if (words[i] !== run[0]) continue;
    let k = 1;
    while (k < run.length && words[i + k] === run[k]) k++;
    if (k === run.length) return i;
  }
  return -1;
}

/**
 * Warn when a clause's words name several measures (`số vụ, số người chết, số người bị
 * thương`, `trên cả ba tiêu chí`): the clause is read as one target on one figure, where the
 * plan means one target per measure (`several_measures`).
 */
export function reportSeveralMeasures(ctx: BuildContext, words: readonly IToken[]): void {
  const at = severalMeasuresAt(words);
  if (at === undefined) return;
  ctx.report('warning', 'several_measures', ctx.span(words[at[0]]!, words[at[1]]!), ctx.original(words[at[0]]!, words[at[1]]!));
}

function severalMeasuresAt(words: readonly IToken[]): [number, number] | undefined {
  const criteria = words.findIndex((t, i) => t.image === 'tieu' && words[i + 1]?.image === 'chi' && ['ca', '3', 'ba'].includes(words[i - 1]?.image ?? ''));
  if (criteria >= 0) return [criteria - 1, criteria + 1];
  // `số X, số Y` / `số X và số Y` / `số vụ, người chết và bị thương`: a list of counts.
  const first = words.findIndex((t) => t.image === 'so');
  if (first < 0) return undefined;
  for (let i = first + 1; i < words.length - 1; i++) {
    const joiner = words[i]!.tokenType.name === 'Comma' || words[i]!.tokenType.name === 'Va';
    if (joiner && (words[i + 1]!.image === 'so' || (words[first + 1]?.image === 'vu' && i === first + 2))) return [first, Math.min(words.length - 1, i + 2)];
  }
  return undefined;
}
