import { formatDiagnostic } from './messages.js';
import type { Diagnostic, Lang, ParseErrorCode } from './types.js';

/**
 * The only error the parser ever throws. It carries every error-level diagnostic of the input
 * as data; the first one is also spread onto the error for the common case.
 *
 * @example
 * try { parseTarget('Đạt từ 80% trở') } catch (e) {
 *   if (e instanceof ParseError) console.log(e.code, e.line, e.column, e.suggestion)
 * }
 */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  /** Stable code of the first error (`missing_closer`, `invalid_date`, ...). */
  readonly code: ParseErrorCode;
  /** 1-based line of the first error in the original text. */
  readonly line: number;
  /** 1-based column of the first error in the original text. */
  readonly column: number;
  /** 0-based UTF-16 offset of the first error in the original text. */
  readonly offset: number;
  /** What would have been accepted at that point, canonically spelt. */
  readonly expected: readonly string[];
  /** The likely intended text, when one is likely. */
  readonly suggestion: string | undefined;
  /** The text that was parsed, as given. */
  readonly source: string;
  /** Every error found, in source order. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(source: string, diagnostics: readonly Diagnostic[], lang: Lang = 'vi') {
    const first = diagnostics[0];
    if (!first) throw new TypeError('ParseError needs at least one diagnostic');
    super(`${first.range.line}:${first.range.column}: ${formatDiagnostic(first, lang)}`);
    this.code = first.code as ParseErrorCode;
    this.line = first.range.line;
    this.column = first.range.column;
    this.offset = first.range.start;
    this.expected = first.expected;
    this.suggestion = first.suggestion;
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** The message in the other language (`vi` or `en`), same position prefix. */
  messageIn(lang: Lang): string {
    const first = this.diagnostics[0]!;
    return `${first.range.line}:${first.range.column}: ${formatDiagnostic(first, lang)}`;
  }
}
