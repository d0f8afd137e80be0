/**
 * The grammar as readable EBNF (W3C notation: `::=`, `|`, `?`, `*`, `+`, `( )`), generated from
 * the parser's serialized productions and the lexer's tokens, so it cannot disagree with them.
 * Rules are lowerCamelCase, tokens PascalCase; each token is followed by its Vietnamese
 * spellings (scripts/grammar/spellings.ts, checked against the lexer).
 */
import type { ISerializedGast, TokenType } from 'chevrotain';
import { TOKEN_SPELLINGS } from './spellings.js';
import { literalAlternatives, patternSource } from './token-pattern.js';

type Node = ISerializedGast & { name?: string; definition?: ISerializedGast[] };

/** `x` stays `x`; a sequence or choice gets parentheses before a suffix. */
function group(text: string): string {
  return /^[A-Za-z]+$/.test(text) ? text : `( ${text} )`;
}

function sequence(nodes: readonly ISerializedGast[]): string {
  return nodes.map((n) => expression(n as Node, nodes.length > 1)).join(' ');
}

/** One production; `inSequence` says whether a choice needs parentheses. */
function expression(node: Node, inSequence: boolean): string {
  const inner = (): string => sequence(node.definition ?? []);
  switch (node.type) {
    case 'NonTerminal':
    case 'Terminal':
      return node.name ?? '?';
    case 'Option':
      return `${group(inner())}?`;
    case 'Repetition':
      return `${group(inner())}*`;
    case 'RepetitionMandatory':
      return `${group(inner())}+`;
    case 'RepetitionWithSeparator':
    case 'RepetitionMandatoryWithSeparator': {
      const sep = (node as unknown as { separator: Node }).separator.name ?? '?';
      const body = group(inner());
      const many = `${body} ( ${sep} ${body} )*`;
      return node.type === 'RepetitionWithSeparator' ? `( ${many} )?` : many;
    }
    case 'Alternation': {
      const alts = (node.definition ?? []).map((a) => sequence((a as Node).definition ?? []));
      return inSequence ? `( ${alts.join(' | ')} )` : alts.join(' | ');
    }
    case 'Alternative':
    case 'Rule':
      return inner();
    default:
      return node.type;
  }
}

/** A rule whose body is one choice lists its alternatives one per line. */
function renderRule(rule: Node, width: number): string {
  const head = `${rule.name!.padEnd(width)} ::= `;
  const body = rule.definition ?? [];
  const only = body.length === 1 ? (body[0] as Node) : undefined;
  if (only?.type === 'Alternation') {
    const alts = (only.definition ?? []).map((a) => sequence((a as Node).definition ?? []));
    return head + alts.join(`\n${' '.repeat(width + 3)}| `);
  }
  return head + sequence(body);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '\\"')}"`;
}

/** The right-hand side of a token: its spellings, its members, or its pattern and examples. */
function renderToken(token: TokenType, members: readonly TokenType[], lexed: number): string {
  const spelling = TOKEN_SPELLINGS[token.name];
  if (members.length > 0) {
    return members.length === lexed ? '/* every token except WhiteSpace */' : members.map((m) => m.name).join(' | ');
  }
  const source = patternSource(token);
  if (literalAlternatives(token) && spelling) return spelling.spellings.map(quote).join(' | ');
  const pattern = source === undefined ? `/* custom matcher: ${spelling?.note ?? 'see src/tokens'} */` : `/${source}/`;
  const examples = spelling ? spelling.spellings.map(quote).join(', ') : '';
  return examples ? `${pattern}  /* ${spelling?.label ? `${spelling.label}: ` : ''}e.g. ${examples} */` : pattern;
}

/** The tokens that have `category` among their categories. */
function membersOf(category: TokenType, tokens: readonly TokenType[]): TokenType[] {
  return tokens.filter((t) => t !== category && (t.CATEGORIES ?? []).includes(category));
}

/**
 * Render the grammar: the parser's rules, then every token in lexer order.
 *
 * @example
 * renderEbnf(grammarParser().getSerializedGastProductions(), allTokens)
 * // "...statement      ::= segment*\nsegment        ::= separator\n ..."
 */
export function renderEbnf(rules: readonly ISerializedGast[], tokens: readonly TokenType[]): string {
  const ruleWidth = Math.max(...rules.map((r) => (r as Node).name?.length ?? 0));
  const tokenWidth = Math.max(...tokens.map((t) => t.name.length));
  const categories = new Set(tokens.flatMap((t) => t.CATEGORIES ?? []));
  const lexed = tokens.filter((t) => !categories.has(t) && t.name !== 'WhiteSpace').length;
  const lines = [
    '/* The target grammar of chitieu, generated from src/parser/parser.ts and src/tokens/tokens.ts',
    '   by scripts/gen-grammar.ts: do not edit, run `npm run grammar`. */',
    '',
    '/* Rules. Alternatives are tried in order; the predicates that choose between a construct',
    '   and plain words cannot be shown in this notation: grammar/README.md describes them. */',
    '',
    ...rules.map((r) => renderRule(r as Node, ruleWidth)),
    '',
    '/* Tokens, in lexer order (the first that matches at a position wins). Keywords match',
    '   folded text: lowercase, diacritics removed, "đ" read as "d"; their Vietnamese spellings',
    '   are shown. A keyword that does not form a measure is read as a plain word (Any). */',
    '',
    ...tokens.map((t) => `${t.name.padEnd(tokenWidth)} ::= ${renderToken(t, membersOf(t, tokens), lexed)}`),
  ];
  return `${lines.join('\n')}\n`;
}
