/**
 * The runtime parser: a hand-written recursive-descent copy of the grammar of record
 * (./parser.ts, chevrotain), building the same CST and failing with the same errors.
 *
 * Why a copy: chevrotain's CstParser costs ~4.5 µs per statement, ~20 ms to construct and as
 * much again to import, against a budget of 6.7 µs per statement and 50 ms of cold start. The
 * chevrotain grammar stays the reference (grammar/ is generated from it) and
 * src/parser/fast.test.ts checks this parser against it on the whole corpus and on generated
 * token sequences. The lookahead decisions (GATEs) are shared code (./lookahead.ts); what is
 * written twice is only each rule's structure, mirrored here rule by rule with chevrotain's
 * LL(1) choice: the first alternative whose GATE holds and whose first token matches.
 *
 * The CST is chevrotain's with `nodeLocationTracking: 'none'`: nodes `{ name, children }`,
 * children keyed by the consumed token type's name as written in the grammar (`Any`,
 * `Comparator` for the categories) or by the sub-rule's name, each an array in consumption
 * order. One difference: chevrotain makes `children` with `Object.create(null)`; here it is a
 * plain object (same keys, same order), which V8 keeps in fast mode.
 *
 * No chevrotain at run time (type-only imports), no closures or exceptions per token: the
 * parser state is module-level, and a failure is recorded and unwinds by return values.
 */
import type { CstElement, CstNode, IToken, TokenType } from 'chevrotain';
import { T } from '../tokens/index.js';
import {
  ANY,
  COMPARATORS,
  GATED_STARTS,
  baselineAt,
  baselineRefAt,
  coreAt,
  figureAt,
  periodListAt,
  quarterYearAt,
  rangeAt,
  recurringListAt,
  scheduleAt,
  scheduleJoinAt,
  type Lookahead,
} from './lookahead.js';

/** The type of the token past the end of the input (chevrotain's is also named `EOF`). */
export const EOF: TokenType = { name: 'EOF' };

/**
 * The token past the end of the input, shaped like chevrotain's: empty image, NaN offsets.
 * An error at the end of the input names this token; the diagnostic it gives is the one
 * chevrotain's EOF token gives.
 *
 * @example
 * parseStatement(tokenize('quy i va truoc ngay')).errors[0]?.token === EOF_TOKEN // true
 */
export const EOF_TOKEN: IToken = {
  image: '',
  startOffset: NaN,
  endOffset: NaN,
  startLine: NaN,
  endLine: NaN,
  startColumn: NaN,
  endColumn: NaN,
  tokenTypeIdx: -1,
  tokenType: EOF,
};

/**
 * Why parsing stopped; named and worded like chevrotain's recognition exceptions.
 *
 * @example
 * ({ name: 'MismatchedTokenException', message: "Expecting token of type --> DateLit <-- but found --> '' <--", token: EOF_TOKEN, previousToken })
 */
export interface ParseFailure {
  readonly name: 'MismatchedTokenException' | 'NoViableAltException' | 'NotAllInputParsedException';
  readonly message: string;
  /** The token that could not be read (`EOF_TOKEN` at the end of the input). */
  readonly token: IToken;
  /** The token before it (`EOF_TOKEN` at the start); none for redundant input, as in chevrotain. */
  readonly previousToken?: IToken;
  /** Names of the token types that would have been read here (`DateLit`, `Quarter`, ...). */
  readonly expected: readonly string[];
}

/**
 * A statement's CST and the parse errors (at most one: the parser does not recover).
 * When a rule failed, `cst` is the partial tree read so far (chevrotain returns `undefined`
 * there) and must not be read; after redundant input (a token outside `Any`, which the lexer
 * never produces) it is the tree of what was read, as chevrotain's.
 */
export interface ParseResult {
  readonly cst: CstNode;
  readonly errors: readonly ParseFailure[];
  /**
   * For each `segment` of the statement, the index in `tokens` just past it. Not part of
   * chevrotain's CST: segments take the tokens in order with none skipped, so the AST step
   * slices each segment's tokens out of the array instead of walking and sorting the CST.
   */
  readonly segmentEnds: readonly number[];
  /** For each `segment`, which alternative it is (the one key of its children), read without a keyed lookup. */
  readonly segmentKinds: readonly SegmentKind[];
}

/** The alternatives of a `segment`. */
export type SegmentKind = 'separator' | 'schedule' | 'baseline' | 'core' | 'word';

type Children = Record<string, CstElement[]>;

const NO_ERRORS: readonly ParseFailure[] = Object.freeze([]);
const NO_TOKENS: readonly IToken[] = Object.freeze([]);

// ── Parser state (module-level: parsing is synchronous and never re-entered) ──
let toks: readonly IToken[] = NO_TOKENS;
let n = 0;
let pos = 0;
let failure: ParseFailure | undefined;
/** Whether single-token segments are the shared `LEAN_SEGMENT` (see `ParseOptions.lean`). */
let lean = false;

/** Options of `parseStatement`. */
export interface ParseOptions {
  /**
   * Give every segment that is one word or one separator as the same shared placeholder node
   * instead of its own three nodes: for a caller that reads those tokens from `tokens` with
   * `segmentKinds` and `segmentEnds` (the AST step). Other segments are built in full.
   */
  readonly lean?: boolean;
}

/** The placeholder of a one-token segment in a lean parse. */
export const LEAN_SEGMENT: CstNode = Object.freeze({ name: 'segment', children: Object.freeze({}) }) as CstNode;

/** The shared predicates' view of the input: `la(1)` is the next token. */
const la: Lookahead = (k) => {
  const i = pos + k - 1;
  return i < n ? toks[i]! : EOF_TOKEN;
};

/** The next token's type (EOF past the end). */
function next(): TokenType {
  return pos < n ? toks[pos]!.tokenType : EOF;
}

/** The last token taken (chevrotain's `LA(0)`): EOF before the first. */
function previous(): IToken {
  return pos > 0 ? toks[pos - 1]! : EOF_TOKEN;
}

/** Append `el` under `key`, creating the array on first use (chevrotain's addTerminalToCst). */
function add(children: Children, key: string, el: CstElement): void {
  const list = children[key];
  if (list === undefined) children[key] = [el];
  else list.push(el);
}

/** CONSUME(type): take the next token if it is a `type`, else record the mismatch. */
function consume(children: Children, type: TokenType): boolean {
  const tok = la(1);
  if (tok.tokenType === type) {
    pos++;
    add(children, type.name, tok);
    return true;
  }
  failure = {
    name: 'MismatchedTokenException',
    message: `Expecting token of type --> ${type.name} <-- but found --> '${tok.image}' <--`,
    token: tok,
    previousToken: previous(),
    expected: [type.name],
  };
  return false;
}

/** No alternative of an OR starts here; `expected` lists their first tokens, as chevrotain words it. */
function noViableAlt(expected: readonly string[]): void {
  const tok = la(1);
  const items = expected.map((name, i) => `  ${i + 1}. [${name}]`).join('\n');
  failure = {
    name: 'NoViableAltException',
    message: `Expecting: one of these possible Token sequences:\n${items}\nbut found: '${tok.image}'`,
    token: tok,
    previousToken: previous(),
    expected,
  };
}

/**
 * Parse one statement's tokens (from `tokenize` on folded text) into the CST the reference
 * grammar builds, or the error it stops at.
 *
 * @example
 * const { cst, errors } = parseStatement(tokenize('giam 07% so voi nam 2022'));
 * errors.length // 0
 * (cst.children.segment as CstNode[]).map((s) => Object.keys(s.children)[0]) // ['core', 'baseline']
 */
export function parseStatement(tokens: readonly IToken[], options: ParseOptions = {}): ParseResult {
  lean = options.lean === true;
  toks = tokens;
  n = tokens.length;
  pos = 0;
  failure = undefined;
  const segmentEnds: number[] = [];
  const segmentKinds: SegmentKind[] = [];
  const cst = statement(segmentEnds, segmentKinds);
  let errors: readonly ParseFailure[] = NO_ERRORS;
  if (failure !== undefined) errors = [failure];
  else if (pos < n) {
    // Only a token outside the `Any` category stops `segment*` early; chevrotain then reports
    // the rest as redundant input.
    const tok = toks[pos]!;
    errors = [{ name: 'NotAllInputParsedException', message: `Redundant input, expecting EOF but found: ${tok.image}`, token: tok, expected: [EOF.name] }];
  }
  toks = NO_TOKENS; // do not keep the caller's tokens alive
  failure = undefined;
  return { cst, errors, segmentEnds, segmentKinds };
}

// ── Rules, in the order of ./parser.ts ──────────────────────────────────────
// Children are stored under literal keys, not `children[type.name]`: V8 inline-caches named
// stores, while keyed stores with varying keys go megamorphic (moving to literal keys and
// skipping the predicates for plain words took the parser from ~2.1 to ~0.8 µs a statement).

/** statement := segment* */
function statement(ends: number[], kinds: SegmentKind[]): CstNode {
  const children: Children = {};
  let segments: CstElement[] | undefined;
  while (pos < n && ANY.has(toks[pos]!.tokenType)) {
    const s = segment();
    if (failure !== undefined) break;
    ends.push(pos);
    kinds.push(segmentKind);
    if (segments === undefined) children.segment = segments = [s];
    else segments.push(s);
  }
  return { name: 'statement', children };
}

/** The alternative the last `segment()` took. */
let segmentKind: SegmentKind = 'word';

function segment(): CstNode {
  const t = next();
  segmentKind =
    t === T.Semicolon || t === T.Bullet || t === T.TrongDo || t === T.Rieng
      ? 'separator'
      : !GATED_STARTS.has(t)
        ? 'word'
        : scheduleAt(la, 1)
          ? 'schedule'
          : baselineAt(la, 1)
            ? 'baseline'
            : coreAt(la, 1)
              ? 'core'
              : 'word';
  if (lean && (segmentKind === 'word' || segmentKind === 'separator')) {
    pos++; // both are one token
    return LEAN_SEGMENT;
  }
  return { name: 'segment', children: segmentChildren(segmentKind, t) };
}

/** The one child of a segment, under its alternative's name (a literal key per case, see above). */
function segmentChildren(kind: SegmentKind, t: TokenType): Children {
  switch (kind) {
    case 'separator':
      return { separator: [separator(t)] };
    case 'schedule':
      return { schedule: [schedule()] };
    case 'baseline':
      return { baseline: [baseline()] };
    case 'core':
      return { core: [core()] };
    default:
      return { word: [word()] };
  }
}

/** `;`, a bullet `-`, `trong đó` (of which), `riêng` (specifically) */
function separator(t: TokenType): CstNode {
  const tok = toks[pos++]!;
  let children: Children;
  if (t === T.Semicolon) children = { Semicolon: [tok] };
  else if (t === T.Bullet) children = { Bullet: [tok] };
  else if (t === T.TrongDo) children = { TrongDo: [tok] };
  else children = { Rieng: [tok] };
  return { name: 'separator', children };
}

/** `Quý I và cả năm 2023`, `Tháng 1 và tháng 6` */
function schedule(): CstNode {
  const children: Children = {};
  const first = scheduleItem();
  if (failure !== undefined) return { name: 'schedule', children };
  const items: CstElement[] = [first];
  children.scheduleItem = items;
  while (scheduleJoinAt(la) && next() === T.Va) {
    const va = toks[pos++]!;
    if (children.Va === undefined) children.Va = [va];
    else children.Va.push(va);
    const item = scheduleItem();
    if (failure !== undefined) break;
    items.push(item);
  }
  return { name: 'schedule', children };
}

/** What chevrotain lists when no alternative of `scheduleItem` starts at the next token. */
const SCHEDULE_ITEM_FIRST = ['Quarter', 'Month', 'Half', 'CaNam', 'HangKy', 'TruocNgay', 'HoanThanhTrong', 'DinhKy', 'DinhKy'];

function scheduleItem(): CstNode {
  const children: Children = {};
  const node: CstNode = { name: 'scheduleItem', children };
  const t = next();
  if (t === T.Quarter) {
    children.Quarter = [toks[pos++]!];
    if (quarterYearAt(la) && next() === T.Nam) {
      children.Nam = [toks[pos++]!];
      consume(children, T.NumberLit);
    }
  } else if (t === T.Month) {
    children.Month = [toks[pos++]!];
  } else if (t === T.Half) {
    children.Half = [toks[pos++]!];
  } else if (t === T.CaNam) {
    children.CaNam = [toks[pos++]!];
  } else if (t === T.HangKy) {
    // `hằng tháng`, and a list of periods after it: `hàng tháng, quý, năm`.
    children.HangKy = [toks[pos++]!];
    while (periodListAt(la) && next() === T.Comma) {
      const comma = toks[pos++]!;
      if (children.Comma === undefined) children.Comma = [comma];
      else children.Comma.push(comma);
      const p = periodWord();
      if (failure !== undefined) return node;
      if (children.periodWord === undefined) children.periodWord = [p];
      else children.periodWord.push(p);
    }
  } else if (t === T.TruocNgay) {
    children.TruocNgay = [toks[pos++]!];
    consume(children, T.DateLit);
  } else if (t === T.HoanThanhTrong) {
    children.HoanThanhTrong = [toks[pos++]!];
    const inner = scheduleItem();
    if (failure === undefined) children.scheduleItem = [inner];
  } else if (t === T.DinhKy && recurringListAt(la)) {
    // `Định kỳ hàng tháng, quý, năm`: the timing is the list after `định kỳ`.
    children.DinhKy = [toks[pos++]!];
    const inner = scheduleItem();
    if (failure === undefined) children.scheduleItem = [inner];
  } else if (t === T.DinhKy) {
    children.DinhKy = [toks[pos++]!];
    if (!consume(children, T.LParen)) return node;
    let words: CstElement[] | undefined;
    for (let u = next(); u === T.NumberLit || u === T.Word || u === T.Nam || u === T.Comma; u = next()) {
      const p = periodWord();
      if (words === undefined) children.periodWord = words = [p];
      else words.push(p);
    }
    if (next() === T.RParen) children.RParen = [toks[pos++]!];
  } else {
    noViableAlt(SCHEDULE_ITEM_FIRST);
  }
  return node;
}

/** Inside `Định kỳ (6 tháng, 1 năm)`. */
function periodWord(): CstNode {
  const t = next();
  let children: Children;
  if (t === T.NumberLit) children = { NumberLit: [toks[pos++]!] };
  else if (t === T.Word) children = { Word: [toks[pos++]!] };
  else if (t === T.Nam) children = { Nam: [toks[pos++]!] };
  else if (t === T.Comma) children = { Comma: [toks[pos++]!] };
  else {
    children = {};
    noViableAlt(['NumberLit', 'Word', 'Nam', 'Comma']);
  }
  return { name: 'periodWord', children };
}

/** `so với năm 2022`, `so với cùng kỳ`, `so cùng kỳ` */
function baseline(): CstNode {
  const t = next();
  let children: Children;
  if (baselineRefAt(la, 2) && t === T.SoVoi) {
    children = { SoVoi: [toks[pos++]!] };
    const ref = baselineRef();
    if (failure === undefined) children.baselineRef = [ref];
  } else if (t === T.CungKy) {
    children = { CungKy: [toks[pos++]!] };
  } else {
    children = {};
    noViableAlt(['SoVoi', 'CungKy']);
  }
  return { name: 'baseline', children };
}

/** `năm 2022`, `năm trước`, `cùng kỳ`, `hiện nay`, `đầu kỳ` */
function baselineRef(): CstNode {
  const t = next();
  let children: Children;
  if (t === T.Nam) {
    children = { Nam: [toks[pos++]!] };
    consume(children, T.NumberLit);
  } else if (t === T.NamTruoc) children = { NamTruoc: [toks[pos++]!] };
  else if (t === T.CungKy) children = { CungKy: [toks[pos++]!] };
  else if (t === T.HienNay) children = { HienNay: [toks[pos++]!] };
  else if (t === T.DauKy) children = { DauKy: [toks[pos++]!] };
  else {
    children = {};
    noViableAlt(['Nam', 'NamTruoc', 'CungKy', 'HienNay', 'DauKy']);
  }
  return { name: 'baselineRef', children };
}

/** What chevrotain lists when no alternative of `core` starts at the next token. */
const CORE_FIRST = ['KhongDe', 'Giam', 'Tang', 'Comparator', 'Tu', 'NumberLit', 'MoreThan', 'LessThan', 'Gt', 'Lt', 'Gte', 'Lte'];

/** The quantitative core of a clause. */
function core(): CstNode {
  const t = next();
  const children: Children = {};
  if (t === T.KhongDe) {
    children.KhongDe = [toks[pos++]!];
  } else if (t === T.Giam || t === T.Tang) {
    const c = change(t);
    if (failure === undefined) children.change = [c];
  } else if (figureAt(la, 1) && (t === T.NumberLit || t === T.Tu || COMPARATORS.has(t))) {
    const f = figure();
    if (failure === undefined) children.figure = [f];
  } else if (t === T.MoreThan || t === T.LessThan || t === T.Gt || t === T.Lt || t === T.Gte || t === T.Lte) {
    const c = comparison(t);
    if (failure === undefined) children.comparison = [c];
  } else {
    noViableAlt(CORE_FIRST);
  }
  return { name: 'core', children };
}

/** `giảm 07%`, `kéo giảm ít nhất 5%`, `tăng từ 5-10%` */
function change(t: TokenType): CstNode {
  const children: Children = t === T.Giam ? { Giam: [toks[pos++]!] } : { Tang: [toks[pos++]!] };
  const f = figure();
  if (failure === undefined) children.figure = [f];
  return { name: 'change', children };
}

/** `trên 91%`, `từ 80% trở lên`, `ít nhất 01`, `5-10%`, `từ 5% đến 10%`, `550` */
function figure(): CstNode {
  const children: Children = {};
  const node: CstNode = { name: 'figure', children };
  const t = next();
  if (COMPARATORS.has(t)) children.Comparator = [toks[pos++]!];
  else if (t === T.Tu) children.Tu = [toks[pos++]!];
  if (!consume(children, T.NumberLit)) return node;
  let percent = false;
  if (next() === T.Percent) {
    children.Percent = [toks[pos++]!];
    percent = true;
  }
  // `5-10%`, `3% - 5%`, `từ 5% đến 10%`: a range only before a second figure (see rangeAt).
  if (rangeAt(la, percent)) {
    const d = next();
    if (d === T.Dash || d === T.Den) {
      if (d === T.Dash) children.Dash = [toks[pos++]!];
      else children.Den = [toks[pos++]!];
      if (!consume(children, T.NumberLit)) return node;
      if (next() === T.Percent) {
        const p = toks[pos++]!;
        if (children.Percent === undefined) children.Percent = [p];
        else children.Percent.push(p);
      }
    }
  }
  const c = next();
  if (c === T.TroLen) children.TroLen = [toks[pos++]!];
  else if (c === T.TroXuong) children.TroXuong = [toks[pos++]!];
  return node;
}

/** `nhiều hơn năm 2022`, `thấp hơn so với cùng kỳ`, `> năm 2022` */
function comparison(t: TokenType): CstNode {
  const tok = toks[pos++]!;
  let children: Children;
  if (t === T.MoreThan) children = { MoreThan: [tok] };
  else if (t === T.LessThan) children = { LessThan: [tok] };
  else if (t === T.Gt) children = { Gt: [tok] };
  else if (t === T.Lt) children = { Lt: [tok] };
  else if (t === T.Gte) children = { Gte: [tok] };
  else children = { Lte: [tok] };
  if (baselineRefAt(la, 2) && next() === T.SoVoi) children.SoVoi = [toks[pos++]!];
  const ref = baselineRef();
  if (failure === undefined) children.baselineRef = [ref];
  return { name: 'comparison', children };
}

/** Any other token: a free word of the subject. */
function word(): CstNode {
  return { name: 'word', children: { Any: [toks[pos++]!] } };
}
