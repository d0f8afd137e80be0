/**
 * Reading a token's pattern back as text: a keyword's pattern is an alternation of folded
 * words (`(?:keo[ \t\r\n]+giam|giam)(?![a-z0-9])`), a punctuation token's is one or two
 * literal strings. Anything else (figures, timings, the bullet matcher) is a real pattern.
 */
import { Lexer, type TokenType } from 'chevrotain';
import { KEYWORD_ENDS } from '../../src/tokens/tokens.js';

/** The word-boundary suffix a keyword pattern ends with (see KEYWORD_ENDS), or undefined. */
function keywordEnd(source: string): string | undefined {
  return KEYWORD_ENDS.find((e) => source.endsWith(e));
}
/** How a keyword pattern writes the space between words. */
const GAP = '[ \\t\\r\\n]+';

/**
 * The regex source of a token, or undefined for a custom matcher or a category.
 *
 * @example
 * patternSource(T.Percent) // "%"
 * patternSource(T.Bullet) // undefined
 */
export function patternSource(token: TokenType): string | undefined {
  const p = token.PATTERN;
  if (p === Lexer.NA) return undefined; // a category: matched through its members
  if (p instanceof RegExp) return p.source;
  if (typeof p === 'string') return p;
  return undefined;
}

/** Split a source on `|` outside groups and classes. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/** A literal alternative: no regex syntax left once escapes of punctuation are undone. */
function literal(alt: string): string | undefined {
  const words = alt.split(GAP);
  if (words.some((w) => w === '')) return undefined;
  const spaced = words.join(' ');
  if (!/^(?:[^\\[\](){}*+?^$|.]|\\[./()])+$/.test(spaced)) return undefined;
  return spaced.replace(/\\(.)/g, '$1');
}

/**
 * The literal strings a token matches (folded), when its pattern is just an alternation of
 * them; undefined when it is a real pattern.
 *
 * @example
 * literalAlternatives(T.Giam) // ["keo giam", "giam"]
 * literalAlternatives(T.Dot) // ["./.", "."]
 * literalAlternatives(T.Quarter) // undefined
 */
export function literalAlternatives(token: TokenType): string[] | undefined {
  let source = patternSource(token);
  if (source === undefined) return undefined;
  const end = keywordEnd(source);
  if (end !== undefined && source.startsWith('(?:') && source.endsWith(`)${end}`)) source = source.slice(3, -1 - end.length);
  const alts = topLevelAlternatives(source).map(literal);
  return alts.every((a): a is string => a !== undefined) ? alts : undefined;
}

/**
 * True when a token is a keyword: a pattern of letters that ends at a word boundary.
 *
 * @example
 * isKeywordToken(T.Giam) // true
 * isKeywordToken(T.Semicolon) // false
 */
export function isKeywordToken(token: TokenType): boolean {
  const source = patternSource(token);
  return source !== undefined && keywordEnd(source) !== undefined && /[a-z]{2}/.test(source);
}
