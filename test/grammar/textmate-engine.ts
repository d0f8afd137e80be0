/**
 * A small TextMate tokenizer for tests, following the rules editors apply (vscode-textmate):
 * line by line; at each position the rule whose regex matches earliest wins, ties going to the
 * current region's `end` and then to the first rule in order; `begin`/`end` regions span lines;
 * `captures` scope groups of a match. Regexes run as JavaScript `u` regexes, which this grammar
 * is written to read the same as Oniguruma. Not covered (the grammar does not use them):
 * `\G`, back-references from `begin` in `end`, `while`, injections, nested captures.
 */
import type { TmGrammar, TmRule } from '../../scripts/grammar/textmate.js';

/**
 * A piece of a line and the scopes it is in, outermost first.
 *
 * @example
 * ({ text: 'Giảm', scopes: ['source.chitieu', 'meta.statement.chitieu', 'keyword.operator.change.chitieu'] })
 */
export interface ScopedText {
  readonly text: string;
  readonly scopes: readonly string[];
}

interface Frame {
  readonly rule: TmRule;
  /** Scopes of the begin and end matches (with the rule's `name`). */
  readonly outer: readonly string[];
  /** Scopes of the text between them (with `contentName` too). */
  readonly scopes: readonly string[];
  readonly end: RegExp;
}

const cache = new Map<string, RegExp>();
function compile(source: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source, 'dgu');
    cache.set(source, re);
  }
  return re;
}

/** Expand `include`s into the concrete rules they stand for. */
function flatten(grammar: TmGrammar, rules: readonly TmRule[]): TmRule[] {
  return rules.flatMap((r) => {
    if (r.include === '$self') return flatten(grammar, grammar.patterns);
    if (r.include?.startsWith('#')) {
      const target = grammar.repository[r.include.slice(1)];
      if (!target) throw new Error(`unknown include ${r.include}`);
      return target.match || target.begin ? [target] : flatten(grammar, target.patterns ?? []);
    }
    return r.match || r.begin ? [r] : flatten(grammar, r.patterns ?? []);
  });
}

function exec(re: RegExp, line: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(line);
}

/** Emit a match, split by its capture groups (top-level, in order). */
function emitMatch(out: ScopedText[], m: RegExpExecArray, scopes: readonly string[], captures: TmRule['captures']): void {
  const start = m.index;
  const end = start + m[0].length;
  let at = start;
  const groups = Object.entries(captures ?? {})
    .map(([k, v]) => ({ index: Number(k), name: v.name, span: m.indices?.[Number(k)] }))
    .filter((g): g is { index: number; name: string; span: [number, number] } => g.index > 0 && g.span !== undefined && g.span[1] > g.span[0])
    .sort((a, b) => a.span[0] - b.span[0]);
  for (const g of groups) {
    if (g.span[0] < at) continue;
    if (g.span[0] > at) out.push({ text: m.input.slice(at, g.span[0]), scopes });
    out.push({ text: m.input.slice(g.span[0], g.span[1]), scopes: [...scopes, g.name] });
    at = g.span[1];
  }
  if (at < end) out.push({ text: m.input.slice(at, end), scopes });
}

/**
 * Tokenize a document with a grammar.
 *
 * @example
 * tokenizeLines(grammar, ['# ghi chú'])[0] // [{ text: '# ghi chú', scopes: ['source.chitieu', 'comment.line…'] }] (split at captures)
 */
export function tokenizeLines(grammar: TmGrammar, lines: readonly string[]): ScopedText[][] {
  const stack: Frame[] = [];
  const result: ScopedText[][] = [];
  for (const line of lines) {
    const out: ScopedText[] = [];
    let pos = 0;
    while (pos <= line.length) {
      const frame = stack[stack.length - 1];
      const scopes = frame ? frame.scopes : [grammar.scopeName];
      const rules = flatten(grammar, frame ? (frame.rule.patterns ?? []) : grammar.patterns);
      let best: { m: RegExpExecArray; rule?: TmRule } | undefined;
      if (frame) {
        const m = exec(frame.end, line, pos);
        if (m) best = { m };
      }
      for (const rule of rules) {
        const m = exec(compile((rule.match ?? rule.begin)!), line, pos);
        if (m && (!best || m.index < best.m.index)) best = { m, rule };
      }
      if (!best) break;
      const { m, rule } = best;
      if (m.index > pos) out.push({ text: line.slice(pos, m.index), scopes });
      if (!rule) {
        emitMatch(out, m, frame!.outer, frame!.rule.endCaptures);
        stack.pop();
      } else if (rule.match) {
        emitMatch(out, m, rule.name ? [...scopes, rule.name] : scopes, rule.captures);
      } else {
        const outer = rule.name ? [...scopes, rule.name] : scopes;
        emitMatch(out, m, outer, rule.beginCaptures);
        stack.push({ rule, outer, scopes: rule.contentName ? [...outer, rule.contentName] : outer, end: compile(rule.end!) });
      }
      const next = m.index + m[0].length;
      // A zero-length match that changed no region would loop: step over one character.
      if (next === pos && rule?.match) {
        if (pos < line.length) out.push({ text: line[pos]!, scopes });
        pos += 1;
      } else pos = next;
    }
    if (pos < line.length) {
      const frame = stack[stack.length - 1];
      out.push({ text: line.slice(pos), scopes: frame ? frame.scopes : [grammar.scopeName] });
    }
    result.push(out.filter((t) => t.text.length > 0));
  }
  return result;
}

/**
 * The innermost scope of the first token whose text is `text`, or undefined.
 *
 * @example
 * scopeOf(tokenizeLines(g, ['  Chỉ tiêu: Giảm 7%'])[0]!, 'Giảm') // "keyword.operator.change.chitieu"
 */
export function scopeOf(tokens: readonly ScopedText[], text: string): string | undefined {
  const token = tokens.find((t) => t.text === text);
  return token ? token.scopes[token.scopes.length - 1] : undefined;
}
