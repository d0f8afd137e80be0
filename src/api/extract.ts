import type { Clause, Span, Target } from '../ast/types.js';
import { ParseError } from '../diagnostics/parse-error.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { LineIndex } from '../text/lines.js';
import { isWhiteSpace } from '../text/space.js';
import { parseRange } from './parse.js';

/**
 * A target clause found in prose, or a sentence that looked like one and failed to parse.
 *
 * @example
 * extractTargets('Năm 2023, phấn đấu giảm 07% so với năm 2022. ...')[0]
 * // { ok: true, text: 'Năm 2023, phấn đấu giảm 07% so với năm 2022', clause: { kind: 'change', ... }, target, span }
 */
export type ExtractedTarget =
  | {
      readonly ok: true;
      /** The whole statement (sentence) the clause belongs to; spans point into the prose. */
      readonly target: Target;
      readonly clause: Clause;
      /** The clause's own text, exactly as written: `prose.slice(span.start, span.end)`. */
      readonly text: string;
      readonly span: Span;
    }
  | { readonly ok: false; readonly error: ParseError; readonly text: string; readonly span: Span };

/**
 * A line break, as folding and line numbers read one (src/text/space.ts). `\r\n` is one: a `\r`
 * is a break of its own only when no `\n` follows, or a backtracking match would read `\r\n`
 * as a blank line.
 */
const NL = String.raw`(?:\r\n|\r(?!\n)|[\n\v\f\u2028\u2029])`;
/** White space within a line: tab, the spaces, the no-break and typographic spaces. */
const H = String.raw`[^\S\n\r\v\f\u2028\u2029]`;

/**
 * Where sentences end: a full stop before a capital, a list marker or the end; a blank line;
 * a line break before a list marker (`- `, `+ `, `a) `, `3. `). A line break is any of `NL`
 * (Word's manual line break VT and U+2028 too), so Word's text splits where it shows a break.
 * The end of the text ends the last sentence; `sentences` finds where its run of white space
 * and dots begins by one scan (an alternative `[\s.]*$` here would be retried, and fail, at
 * every offset of every such run before the end: quadratic in a dot leader's length).
 */
const BOUNDARY = new RegExp(
  String.raw`\.(?:\/\.)?(?=\s+(?:[\p{Lu}\d(+\-–"“]|$))|${NL}${H}*${NL}|${NL}(?=${H}*(?:[-+•]\s|[a-zđ]\)\s|\d+\.\s|[IVX]+\.\s))`,
  'gu',
);

const DOT = 46;

/**
 * Sentences of prose as [start, end) offsets, trimmed, in linear time. A sentence ends at a
 * `BOUNDARY` (a full stop stays in its sentence, a line break does not) or at the run of white
 * space and dots that ends the text: a run that starts with a dot stays in the sentence, up to
 * the end (`đạt 91%...`); one that starts with white space does not.
 *
 * @example
 * sentences('Giảm 5%. Đạt 91%.') // [[0, 8], [9, 17]]
 */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const tail = tailStart(text);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (;;) {
    const m = BOUNDARY.exec(text);
    // From `tail` on, the end of the text is a boundary at every offset, found before any other
    // boundary that starts later (as the first match of `…|[\s.]*$` would be).
    const atTail = Math.max(from, tail);
    if (m === null || m.index > atTail) {
      pushTrimmed(text, from, text.charCodeAt(atTail) === DOT ? text.length : atTail, out);
      return out;
    }
    const end = m.index + (m[0].startsWith('.') ? m[0].length : 0);
    pushTrimmed(text, from, end, out);
    from = m.index + m[0].length;
  }
}

/** Where the run of white space (`\s`) and dots that ends `text` begins (`text.length` if none). */
function tailStart(text: string): number {
  let i = text.length;
  while (i > 0 && (text.charCodeAt(i - 1) === DOT || isWhiteSpace(text.charCodeAt(i - 1)))) i--;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push([start, end]);
}

/**
 * In prose, a target is a clause with a figure or a baseline to check, or a task with a
 * deadline. Zero-tolerance phrases (`không để phát sinh ...`), `giao chỉ tiêu` duties and
 * figureless changes (`giảm tội phạm về trật tự xã hội là mục tiêu trọng tâm`, a comparison
 * with no baseline written) are everywhere in a plan's rhetoric; in a statement they are
 * targets, in prose they are not.
 */
function isTarget(clause: Clause, target: Target, diagnostics: readonly Diagnostic[]): boolean {
  switch (clause.kind) {
    case 'rate':
    case 'count':
    case 'change':
      return true;
    case 'compare':
      return !diagnostics.some((d) => d.code === 'baseline_unwritten' && d.range.start >= clause.span.start && d.range.end <= clause.span.end);
    case 'task':
      return target.schedule !== undefined;
    default:
      return false;
  }
}

/**
 * Find every target clause in running prose (a plan's body text), with its span in that text.
 * Sentences without a figure, a baseline or a deadline are skipped; a sentence
 * that has a `%` and still fails to parse is returned with its error, never dropped.
 *
 * @example
 * extractTargets('... kéo giảm ít nhất 5% số vụ ... so với năm 2022; tỷ lệ ... đạt trên 75%.')
 *   .filter((t) => t.ok).map((t) => t.clause.kind) // ['change', 'rate']
 */
export function extractTargets(prose: string): ExtractedTarget[] {
  const lines = new LineIndex(prose);
  const found: ExtractedTarget[] = [];
  for (const [start, end] of sentences(prose)) {
    const { target, diagnostics } = parseRange(prose, start, end, lines);
    if (target) {
      for (const clause of target.clauses) {
        if (isTarget(clause, target, diagnostics)) found.push({ ok: true, target, clause, text: prose.slice(clause.span.start, clause.span.end), span: clause.span });
      }
    } else if (/%/.test(prose.slice(start, end))) {
      const errors = diagnostics.filter((d) => d.severity === 'error');
      found.push({ ok: false, error: new ParseError(prose, errors), text: prose.slice(start, end), span: lines.span(start, end) });
    }
  }
  return found;
}
