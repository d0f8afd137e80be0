import { ChitieuError } from './chitieu-error.js';
import { formatDiagnostic } from './messages.js';
import type { Diagnostic, Lang, ParseErrorCode } from './types.js';

/**
 * The only error the parser ever throws. It carries every error-level diagnostic of the input
 * as data; the first one is also spread onto the error for the common case. `message` is the
 * first error in the language of the call; `format(lang)` renders every error, one a line.
 *
 * @example
 * try { parseTarget('Đạt từ 80% trở') } catch (e) {
 *   if (e instanceof ParseError) console.log(e.code, e.line, e.column, e.suggestion)
 *   if (e instanceof ParseError) console.log(e.format('en')) // "1:12: A range is not closed: ..."
 * }
 */
export class ParseError extends ChitieuError<ParseErrorCode> {
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
    super(located(first, lang));
    this.code = first.code as ParseErrorCode;
    this.line = first.range.line;
    this.column = first.range.column;
    this.offset = first.range.start;
    this.expected = first.expected;
    this.suggestion = first.suggestion;
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** Every error as `line:column: message` in `lang` (Vietnamese by default), one a line. */
  format(lang: Lang = 'vi'): string {
    return this.diagnostics.map((d) => located(d, lang)).join('\n');
  }
}

/** A diagnostic as `line:column: message`: the form of `message` and of each line of `format`. */
function located(d: Diagnostic, lang: Lang): string {
  return `${d.range.line}:${d.range.column}: ${formatDiagnostic(d, lang)}`;
}
