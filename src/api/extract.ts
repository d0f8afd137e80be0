import type { Clause, Span, Target } from '../ast/types.js';
import { ParseError } from '../diagnostics/parse-error.js';
import { LineIndex } from '../text/lines.js';
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
 * Where sentences end: a full stop before a capital, a list marker or the end; a blank line;
 * a line break before a list marker (`- `, `+ `, `a) `, `3. `).
 */
const BOUNDARY = /\.(?:\/\.)?(?=\s+(?:[\p{Lu}\d(+\-–"“]|$))|\n[ \t]*\n|\n(?=[ \t]*(?:[-+•]\s|[a-zđ]\)\s|\d+\.\s|[IVX]+\.\s))|[\s.]*$/gu;

/** Sentences of prose as [start, end) offsets, trimmed. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + (m[0].startsWith('.') ? m[0].length : 0);
    pushTrimmed(text, from, end, out);
    from = m.index + m[0].length;
    if (m[0].length === 0) break;
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}

/**
 * In prose, a target is a clause with a figure or a baseline to check, or a task with a
 * deadline. Zero-tolerance phrases (`không để phát sinh ...`) and `giao chỉ tiêu` duties are
 * everywhere in a plan's rhetoric; in a statement they are targets, in prose they are not.
 */
function isTarget(clause: Clause, target: Target): boolean {
  switch (clause.kind) {
    case 'rate':
    case 'count':
    case 'change':
    case 'compare':
      return true;
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
        if (isTarget(clause, target)) found.push({ ok: true, target, clause, text: prose.slice(clause.span.start, clause.span.end), span: clause.span });
      }
    } else if (/%/.test(prose.slice(start, end))) {
      const errors = diagnostics.filter((d) => d.severity === 'error');
      found.push({ ok: false, error: new ParseError(prose, errors), text: prose.slice(start, end), span: lines.span(start, end) });
    }
  }
  return found;
}
