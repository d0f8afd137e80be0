import { ChitieuError } from '../diagnostics/chitieu-error.js';
import type { Lang, ParseErrorCode } from '../diagnostics/types.js';
import { formatPlanDiagnostic, renderPlanDiagnostics, type PlanDiagnostic, type PlanErrorCode } from './diagnostics.js';

/**
 * The only error `parsePlan` throws: every error (and warning) of the file, as data, found in
 * one pass. `message` names the first error and how many more there are; `format()` renders
 * them all with `file:line:col` and a caret under each.
 *
 * @example
 * try { parsePlan(source, { file: 'plan.chitieu' }) } catch (e) {
 *   if (e instanceof PlanError) console.error(e.code, e.format()) // 'unknown_field', then every finding
 * }
 */
export class PlanError extends ChitieuError<PlanErrorCode | ParseErrorCode> {
  override readonly name = 'PlanError';
  /** Stable code of the first error: a plan code (`unknown_field`, ...) or a statement's parse code. */
  readonly code: PlanErrorCode | ParseErrorCode;
  /** Every finding, errors and warnings, in file order. */
  readonly diagnostics: readonly PlanDiagnostic[];
  /** Only the errors, in file order. */
  readonly errors: readonly PlanDiagnostic[];
  /** The text that was parsed. */
  readonly source: string;
  /** The file name given to the parser, if any. */
  readonly file: string | undefined;

  constructor(source: string, diagnostics: readonly PlanDiagnostic[], file?: string, lang: Lang = 'vi') {
    const sorted = [...diagnostics].sort((a, b) => a.range.start - b.range.start);
    const errors = sorted.filter((d) => d.severity === 'error');
    const first = errors[0];
    if (!first) throw new TypeError('PlanError needs at least one error');
    const more = errors.length > 1 ? (lang === 'vi' ? ` (và ${errors.length - 1} lỗi khác)` : ` (and ${errors.length - 1} more)`) : '';
    super(`${file ?? '<plan>'}:${first.range.line}:${first.range.column}: ${formatPlanDiagnostic(first, lang)}${more}`);
    this.code = first.code as PlanErrorCode | ParseErrorCode;
    this.diagnostics = sorted;
    this.errors = errors;
    this.source = source;
    this.file = file;
  }

  /** All findings rendered as text, compiler style, in `lang` (Vietnamese by default). */
  format(lang: Lang = 'vi'): string {
    return renderPlanDiagnostics(this.source, this.diagnostics, { ...(this.file !== undefined ? { file: this.file } : {}), lang });
  }
}
