import type { IToken } from 'chevrotain';
import type { Span } from '../ast/types.js';
import type { Diagnostic, ParseErrorCode, WarningCode } from '../diagnostics/types.js';
import { originalOffset, type Folded } from '../text/fold.js';
import type { LineIndex } from '../text/lines.js';
import { toNfc } from '../text/nfc.js';
import { normalizeSubject } from '../text/subject.js';

/** The seed's own typo, read as `Chuyển hóa` (a warning says so). */
const TYPO = /(?<![\p{L}])[Cc]huyên\s+(?:hóa|hoá)(?![\p{L}])/u;

/**
 * Conventions a reading may rest on (quy ước đọc), set for a whole plan in its header or as an
 * option in code; a warning names the one a reading used.
 * - `rateChange`: `Tỷ lệ hộ nghèo giảm 1,5%` is a drop of 1,5 percentage points (`points`, the
 *   default: what plans mean) or a relative cut of 1,5% of the rate (`relative`).
 * - `unwrittenBaseline`: what a change with no baseline written is measured against.
 *
 * @example
 * parseTarget('Tỷ lệ hộ nghèo giảm 1,5%', { conventions: { rateChange: 'relative' } })
 */
export interface Conventions {
  readonly rateChange?: 'points' | 'relative';
  /**
   * A change with no baseline written (`Giảm 5% số vụ cháy`) is measured against the same
   * period a year earlier (`same_period`, the default: what results reports compare and what
   * their data holds) or against the stock at the start of the period (`period_start`, the
   * row's `start`).
   */
  readonly unwrittenBaseline?: 'period_start' | 'same_period';
}

/**
 * What the CST → AST step needs to point back into the author's text: the original source,
 * its folded copy with the offset map, and the diagnostics found so far.
 */
export class BuildContext {
  readonly diagnostics: Diagnostic[] = [];
  /** `code:start:end` of every diagnostic reported. */
  private readonly said = new Set<string>();

  constructor(
    readonly source: string,
    readonly folded: Folded,
    readonly lines: LineIndex,
    readonly conventions: Conventions = {},
  ) {}

  /** Original offset where a token starts. */
  start(token: IToken): number {
    return originalOffset(this.folded, token.startOffset);
  }

  /** Original offset just after a token. */
  end(token: IToken): number {
    return originalOffset(this.folded, token.startOffset + token.image.length);
  }

  /** The author's text of a token (or of a run from `first` to `last`). */
  original(first: IToken, last: IToken = first): string {
    return this.source.slice(this.start(first), this.end(last));
  }

  span(first: IToken, last: IToken = first): Span {
    return this.lines.span(this.start(first), this.end(last));
  }

  /**
   * Free words as the subject: each run of adjacent tokens keeps the author's spacing and
   * punctuation; runs that something was taken out of are joined with one space.
   */
  words(tokens: readonly IToken[]): string {
    if (tokens.length === 0) return '';
    const runs: string[] = [];
    let runStart: IToken | undefined;
    let prev: IToken | undefined;
    for (const t of tokens) {
      if (!runStart || !prev || !this.adjacent(prev, t)) {
        if (runStart && prev) runs.push(this.original(runStart, prev));
        runStart = t;
      }
      prev = t;
    }
    if (runStart && prev) runs.push(this.original(runStart, prev));
    const raw = runs.length === 1 ? runs[0]! : runs.join(' ');
    // `huyê` (composed or not) is in every spelling of the typo: a cheap test before the real
    // one, which `huyện` (district), a common word, does not pass.
    if ((raw.includes('huy\u00ea') || raw.includes('huye\u0302')) && TYPO.test(toNfc(raw)) && tokens[0]) {
      this.report('warning', 'typo_corrected', this.span(tokens[0], tokens.at(-1)!), 'Chuyên hóa', ['Chuyển hóa']);
    }
    return normalizeSubject(raw);
  }

  /** True when nothing but white space lies between two tokens. */
  private adjacent(a: IToken, b: IToken): boolean {
    const text = this.folded.text;
    for (let i = a.startOffset + a.image.length; i < b.startOffset; i++) {
      const c = text.charCodeAt(i);
      // ASCII white space by code; anything else through `\s` (no slice on the common path).
      if (c !== 32 && (c < 9 || c > 13) && (c < 0x80 || !/\s/.test(text[i]!))) return false;
    }
    return true;
  }

  report(
    severity: Diagnostic['severity'],
    code: ParseErrorCode | WarningCode,
    at: Span,
    found: string,
    expected: readonly string[] = [],
    suggestion?: string,
  ): void {
    // Two steps may find the same fault (a timing's `(` and the bracket check): say it once.
    // Keyed, not searched: a sentence of many figures gets a warning each.
    const key = `${code}:${at.start}:${at.end}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    const d: Diagnostic = suggestion ? { severity, code, range: at, found, expected, suggestion } : { severity, code, range: at, found, expected };
    this.diagnostics.push(d);
  }

  error(code: ParseErrorCode, first: IToken, last: IToken = first, expected: readonly string[] = [], suggestion?: string): void {
    this.report('error', code, this.span(first, last), this.original(first, last), expected, suggestion);
  }
}
