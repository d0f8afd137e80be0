/**
 * chevrotain's lexer over the token definitions: the reference the runtime scanner (./scan.ts)
 * is tested against (./scan.test.ts), for tests and scripts only. The library never imports
 * this module: chevrotain's code and this lexer's construction (~15 ms) would cost the cold
 * start more than all of its parsing.
 */
import { Lexer, type IToken, type TokenType } from 'chevrotain';
import { allTokens, WhiteSpace } from './tokens.js';

/**
 * The lexer's token list: `allTokens` without the categories (they have no pattern), and with
 * white space in chevrotain's skipped group. That group is a chevrotain value, so the runtime
 * definitions leave it out and this copy adds it (a white-space token is never emitted, so no
 * caller can tell the copy from `WhiteSpace`).
 */
export const referenceLexerTokens: readonly TokenType[] = allTokens
  .filter((t) => t.PATTERN !== undefined)
  .map((t) => (t === WhiteSpace ? { name: t.name, PATTERN: t.PATTERN, GROUP: Lexer.SKIPPED, LINE_BREAKS: true } : t));

let lexer: Lexer | undefined;

/**
 * The chevrotain lexer, built on first use.
 *
 * @example
 * referenceLexer().tokenize('giam 7%').errors // []
 */
export function referenceLexer(): Lexer {
  lexer ??= new Lexer([...referenceLexerTokens], {
    skipValidations: false,
    positionTracking: 'onlyOffset',
    ensureOptimizations: true, // fail loudly if a token pattern defeats first-char indexing (10× slower lexing)
  });
  return lexer;
}

/**
 * Tokenise folded text with chevrotain: what `tokenize` (./scan.ts) must return, token for
 * token. The catch-all `Other` token means lexing never fails.
 *
 * @example
 * referenceTokenize('giam 07% so voi nam 2022').map((t) => t.tokenType.name)
 * // ['Giam', 'NumberLit', 'Percent', 'SoVoi', 'Nam', 'NumberLit']
 */
export function referenceTokenize(folded: string): IToken[] {
  return referenceLexer().tokenize(folded).tokens;
}
