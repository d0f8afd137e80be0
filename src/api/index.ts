export { parseTarget, safeParseTarget, parseRange, MAX_STATEMENT_LENGTH, type ParseOptions, type ParseOutcome, type SafeParseResult } from './parse.js';
export type { Conventions } from '../reading/index.js';
export { extractTargets, type ExtractedTarget } from './extract.js';
export { formatTarget, formatSchedule, formatBaseline } from '../ast/format.js';
