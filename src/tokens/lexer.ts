import { Lexer, type IToken } from 'chevrotain';
import { allTokens } from './tokens.js';
import { skipGrammarValidation } from './validation.js';

/** One lexer for the whole language; built once at import. */
const lexer = new Lexer(allTokens, {
  skipValidations: skipGrammarValidation(),
  positionTracking: 'onlyOffset',
  ensureOptimizations: true, // fail loudly if a token pattern defeats first-char indexing (10× slower lexing),
});

/**
 * Tokenise folded text. The catch-all `Other` token means lexing never fails: every
 * character is a token of some kind, and free words stay words.
 *
 * @example
 * tokenize('giam 07% so voi nam 2022').map((t) => t.tokenType.name)
 * // ['Giam', 'NumberLit', 'Percent', 'SoVoi', 'Nam', 'NumberLit']
 */
export function tokenize(folded: string): IToken[] {
  return lexer.tokenize(folded).tokens;
}
