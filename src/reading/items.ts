import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { SegmentKind } from '../parser/index.js';

/**
 * The flat reading of a statement's CST: each segment becomes one item. Clause structure
 * (separators, which core is the clause's) is decided on items, not in the grammar, because
 * free words may stand anywhere.
 */
export type Item =
  | { readonly kind: 'word'; readonly token: IToken }
  | { readonly kind: 'separator'; readonly token: IToken }
  | { readonly kind: 'schedule'; readonly node: CstNode; readonly tokens: readonly IToken[] }
  | { readonly kind: 'baseline'; readonly node: CstNode; readonly tokens: readonly IToken[] }
  | { readonly kind: 'core'; readonly core: CoreKind; readonly node: CstNode; readonly tokens: readonly IToken[] };

/** Which alternative of `core` an item holds: `không để xảy ra`, `giảm 7%`, `trên 91%`, `cao hơn năm 2022`. */
export type CoreKind = 'zero' | 'change' | 'figure' | 'comparison';

function coreKindOf(core: CstNode): CoreKind {
  const c = core.children;
  return c['KhongDe'] ? 'zero' : c['change'] ? 'change' : c['figure'] ? 'figure' : 'comparison';
}

/**
 * The folded image of the item at `k` when it is a plain word (`undefined` past the end or for
 * a core, a baseline or a timing): how the build step looks a word or two around a figure.
 */
export function wordAt(items: readonly Item[], k: number): string | undefined {
  const it = items[k];
  return it?.kind === 'word' ? it.token.image : undefined;
}

export function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

/** Every token under a CST node, in source order. */
export function tokensOf(node: CstNode): IToken[] {
  const out: IToken[] = [];
  collect(node, out);
  if (out.length > 1) out.sort((a, b) => a.startOffset - b.startOffset);
  return out;
}

/** Plain loops (not `Object.values`/`flatMap`): this walk runs for every core and timing. */
function collect(node: CstNode, out: IToken[]): void {
  const children = node.children;
  for (const key in children) {
    const list = children[key]!;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (isToken(e)) out.push(e);
      else collect(e, out);
    }
  }
}

/** The only child node of a rule, by rule name. */
export function child(node: CstNode, name: string): CstNode | undefined {
  const c = node.children[name]?.[0];
  return c && !isToken(c) ? c : undefined;
}

/** The first token child of a node with one of the given token names. */
export function tokenChild(node: CstNode, ...names: string[]): IToken | undefined {
  for (const name of names) {
    const c = node.children[name]?.[0];
    if (c && isToken(c)) return c;
  }
  return undefined;
}

/**
 * Read `statement`'s segments into items. Segments take the token stream in order with nothing
 * skipped, and the parser says where each ends and which alternative it is, so each segment's
 * tokens are a slice of `tokens` (not a walk and a sort of the CST).
 */
export function itemsOf(statement: CstNode, tokens: readonly IToken[], parsed: SegmentsRead): Item[] {
  const segments = (statement.children['segment'] ?? []) as CstNode[];
  const { segmentEnds: ends, segmentKinds: kinds } = parsed;
  const items: Item[] = [];
  let at = 0;
  for (let s = 0; s < segments.length; s++) {
    const kind = kinds[s]!;
    const end = ends[s]!;
    // Most segments are single words (the hot path).
    if (kind === 'word' || kind === 'separator') items.push({ kind, token: tokens[at]! });
    else {
      const node = segments[s]!.children[kind]![0] as CstNode;
      const slice = tokens.slice(at, end);
      items.push(kind === 'core' ? { kind, core: coreKindOf(node), node, tokens: slice } : { kind, node, tokens: slice });
    }
    at = end;
  }
  return items;
}

/** What the parser says about each segment besides the CST. */
export interface SegmentsRead {
  readonly segmentEnds: readonly number[];
  readonly segmentKinds: readonly SegmentKind[];
}
