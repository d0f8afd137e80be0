/**
 * The runtime parser. The chevrotain grammar of record is `./parser.js`, imported only by tests
 * and the grammar scripts (never from here: the library must not load chevrotain).
 */
export { EOF, EOF_TOKEN, LEAN_SEGMENT, parseStatement, type ParseFailure, type ParseOptions, type ParseResult, type SegmentKind } from './fast.js';
