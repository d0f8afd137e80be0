/**
 * The lexer: chevrotain's, over the token types of ./tokens.ts. At each offset the first type in
 * `allTokens` order whose pattern matches wins; white space is skipped; `Other` takes any single
 * UTF-16 unit, so lexing never fails.
 */
import { Lexer, type IToken } from 'chevrotain';
import { allTokens } from './tokens.js';

let lexer: Lexer | undefined;

/**
 * The lexer, built on first use (its construction analyses every pattern: a few ms, paid once).
 * `ensureOptimizations` fails loudly if a pattern defeats first-character indexing (10× slower).
 */
function theLexer(): Lexer {
  lexer ??= new Lexer(allTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: true,
  });
  return lexer;
}

/**
 * Tokenise folded text (see `foldText`).
 *
 * @example
 * tokenize('giam 07% so voi nam 2022').map((t) => t.tokenType.name)
 * // ['Giam', 'NumberLit', 'Percent', 'SoVoi', 'Nam', 'NumberLit']
 */
export function tokenize(folded: string): IToken[] {
  return theLexer().tokenize(folded).tokens;
}
