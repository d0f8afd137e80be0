export { grammarParser, parseStatement, type ParseFailure, type ParseResult, type SegmentKind } from './parser.js';
