/**
 * The public plan parser: `.chitieu` text → {@link Plan}, with statements and timings read by
 * the target parser (`safeParseTarget`).
 */
import { safeParseTarget } from '../api/index.js';
import { parsePlanWith, safeParsePlanWith, type ParsePlanOptions, type SafeParsePlanResult } from './parse-plan-with.js';
import type { StatementParser } from './statement.js';
import type { Plan } from './types.js';

const parseStatementText: StatementParser = (text, options) => safeParseTarget(text, options);

/**
 * Parse a `.chitieu` plan. Throws {@link PlanError} holding every error of the file (each with
 * `file:line:col`), and nothing else.
 *
 * @example
 * const plan = parsePlan(readFileSync('examples/cam-pha-102-2023.chitieu', 'utf8'), { file: 'cam-pha-102-2023.chitieu' });
 * plan.header.number // "102/KH-UBND"
 */
export function parsePlan(source: string, options: ParsePlanOptions = {}): Plan {
  return parsePlanWith(source, parseStatementText, options);
}

/**
 * Parse a `.chitieu` plan without throwing: the plan and its warnings, or the {@link PlanError}.
 *
 * @example
 * const r = safeParsePlan('Chỉ tiêu 1.1: ...\n  Chủ tri: Công an');
 * if (!r.success) for (const d of r.error.errors) console.log(d.range.line, d.code);
 */
export function safeParsePlan(source: string, options: ParsePlanOptions = {}): SafeParsePlanResult {
  return safeParsePlanWith(source, parseStatementText, options);
}
