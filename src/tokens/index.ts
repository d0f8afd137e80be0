export * as T from './tokens.js';
export { allTokens } from './tokens.js';
export { tokenize } from './lexer.js';
