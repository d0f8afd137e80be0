import type { Target } from '../ast/types.js';
import { BuildContext, buildTarget, type Conventions } from '../reading/index.js';
import { ParseError } from '../diagnostics/parse-error.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { parseStatement } from '../parser/index.js';
import { foldText } from '../text/fold.js';
import { LineIndex } from '../text/lines.js';
import { tokenize } from '../tokens/index.js';
import { reportParseFailure } from './unexpected.js';

/**
 * Options of `parseTarget`.
 *
 * @example
 * parseTarget('Đạt tỷ lệ từ 80% trở lên', { lang: 'en' }) // errors, if any, in English
 */
export interface ParseOptions {
  /** Language of the error message: `vi` (default) or `en`. Diagnostics are data either way. */
  readonly lang?: Lang;
  /** Conventions the reading may rest on (see `Conventions`); a warning names each one used. */
  readonly conventions?: Conventions;
}

/** The longest text read as one statement; prose goes through `extractTargets`. */
export const MAX_STATEMENT_LENGTH = 20_000;

/** Outcome of one pass: the target when there was no error, and every diagnostic. */
export interface ParseOutcome {
  readonly target: Target | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Lex → parse → build `source.slice(start, end)`, with spans relative to the whole `source`.
 * Never throws for any string: every problem is a diagnostic.
 */
export function parseRange(source: string, start: number, end: number, lines = new LineIndex(source), conventions: Conventions = {}): ParseOutcome {
  if (end - start > MAX_STATEMENT_LENGTH) {
    const range = lines.span(start, end);
    return { target: undefined, diagnostics: [{ severity: 'error', code: 'input_too_long', range, found: String(end - start), expected: [] }] };
  }
  const folded = foldText(source, start, end);
  const ctx = new BuildContext(source, folded, lines, conventions);
  const tokens = tokenize(folded.text);
  const parsed = parseStatement(tokens);
  for (const e of parsed.errors) reportParseFailure(ctx, e, tokens, end);
  const target = parsed.errors.length ? undefined : buildTarget(ctx, parsed, tokens);
  const failed = ctx.diagnostics.some((d) => d.severity === 'error');
  return { target: failed ? undefined : target, diagnostics: ctx.diagnostics };
}

/**
 * The result of `safeParseTarget`: the target and its warnings, or the error.
 *
 * @example
 * safeParseTarget('Đạt tỷ lệ từ 80% trở lên') // { success: true, target: { kind: 'target', ... }, warnings: [] }
 * safeParseTarget('Đạt từ 80% trở') // { success: false, error: ParseError }
 */
export type SafeParseResult =
  | { readonly success: true; readonly target: Target; readonly warnings: readonly Diagnostic[] }
  | { readonly success: false; readonly error: ParseError };

/**
 * Parse a target statement without throwing.
 *
 * @example
 * const r = safeParseTarget('Đạt từ 80% trở')
 * if (!r.success) console.log(r.error.code) // "missing_closer"
 */
export function safeParseTarget(text: string, options: ParseOptions = {}): SafeParseResult {
  const source = typeof text === 'string' ? text : String(text);
  const { target, diagnostics } = parseRange(source, 0, source.length, undefined, options.conventions);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (target && errors.length === 0) {
    return { success: true, target, warnings: diagnostics };
  }
  return { success: false, error: new ParseError(source, errors, options.lang) };
}

/**
 * Parse a target statement (chỉ tiêu) into its AST. Throws `ParseError`, and nothing else,
 * when the text cannot be read.
 *
 * @example
 * parseTarget('Giảm 07% so với năm 2022').clauses[0]
 * // { kind: 'change', direction: 'decrease', bound: { op: 'gte', value: '7' },
 * //   baseline: { kind: 'year', year: 2022 }, part: 'main', subject: { before: '', after: '' }, span: … }
 */
export function parseTarget(text: string, options: ParseOptions = {}): Target {
  const result = safeParseTarget(text, options);
  if (!result.success) throw result.error;
  return result.target;
}
