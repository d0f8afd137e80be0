export { parseTokens, targetParser } from './parser.js';
