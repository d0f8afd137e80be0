/**
 * Statements inside a plan (Chỉ tiêu thực hiện, Thời gian thực hiện): join their lines, parse
 * them with the target parser, and map what the parser says back to `file:line:col`.
 */
import type { Span, Target } from '../ast/types.js';
import type { Diagnostic, Lang } from '../diagnostics/index.js';
import type { Conventions } from '../reading/context.js';
import { planDiagnostic, type PlanDiagnostic } from './diagnostics.js';
import type { LinePiece } from './lines.js';
import type { PlanStatement, StatementSegment } from './types.js';

/** The shape of `safeParseTarget`: the plan parser takes it as a parameter so it can be swapped in tests. */
export type StatementParser = (
  text: string,
  options?: { readonly conventions?: Conventions },
) =>
  | { readonly success: true; readonly target: Target; readonly warnings: readonly Diagnostic[] }
  | { readonly success: false; readonly error: { readonly diagnostics: readonly Diagnostic[] } };

/** A line that opens with a bullet (`- `, `– `, `• `, `+ `): its line break is kept. */
const BULLET = /^[-–•+]\s/u;

/**
 * Join the lines of a value, remembering where each line's text sits. Lines are joined with a
 * space, as a Word cell reflows; in a statement (`bullets`), a line that opens with a bullet
 * keeps its line break, because a bullet after a line break starts a new clause.
 *
 * @example
 * joinPieces([p('Giảm 07%'), p('so với năm 2022')]).text // "Giảm 07% so với năm 2022"
 * joinPieces([p('- 100% A'), p('- 100% B')], { bullets: true }).text // "- 100% A\n- 100% B"
 */
export function joinPieces(
  pieces: readonly LinePiece[],
  options: { readonly bullets?: boolean } = {},
): {
  text: string;
  segments: StatementSegment[];
  span: Span;
} {
  const parts = pieces.filter((p) => p.text !== '');
  const segments: StatementSegment[] = [];
  let text = '';
  for (const p of parts) {
    if (text !== '') text += options.bullets && BULLET.test(p.text) ? '\n' : ' ';
    segments.push({ start: text.length, offset: p.span.start, line: p.span.line, column: p.span.column });
    text += p.text;
  }
  const first = parts[0]?.span ?? pieces[0]!.span;
  const last = parts[parts.length - 1]?.span ?? first;
  return { text, segments, span: { start: first.start, end: last.end, line: first.line, column: first.column } };
}

/**
 * Where characters `[start, end)` of a statement sit in the file. A range that runs past the end
 * of a line is cut at that line's end, so a caret never spills onto the wrong line.
 *
 * @example
 * statementFileSpan(statement, { start: 5, end: 8 }) // { start: 817, end: 820, line: 31, column: 28 }
 */
export function statementFileSpan(
  statement: Pick<PlanStatement, 'segments' | 'text'>,
  range: { readonly start: number; readonly end: number },
): Span {
  const { segments } = statement;
  let index = 0;
  while (index + 1 < segments.length && segments[index + 1]!.start <= range.start) index += 1;
  const seg = segments[index];
  if (!seg) return { start: 0, end: 0, line: 1, column: 1 };
  const next = segments[index + 1];
  const lineEnd = next ? next.start - 1 : statement.text.length;
  const within = Math.max(0, range.start - seg.start);
  const end = Math.max(range.start + 1, Math.min(range.end, lineEnd));
  return {
    start: seg.offset + within,
    end: seg.offset + (end - seg.start),
    line: seg.line,
    column: seg.column + within,
  };
}

/**
 * Parse the joined lines of a statement; statement errors and warnings come back as plan
 * diagnostics placed in the file.
 *
 * @example
 * parseStatement(safeParseTarget, [piece], 'vi', 'Chỉ tiêu thực hiện').statement?.target.clauses[0]?.kind // "change"
 */
export function parseStatement(
  parse: StatementParser,
  pieces: readonly LinePiece[],
  lang: Lang,
  field = 'Chỉ tiêu thực hiện',
): { statement?: PlanStatement; diagnostics: PlanDiagnostic[] } {
  const joined = joinPieces(pieces, { bullets: true });
  const result = parse(joined.text);
  const found = result.success ? result.warnings : result.error.diagnostics;
  const diagnostics = found.map((d) =>
    planDiagnostic(lang, {
      severity: d.severity,
      code: d.code,
      range: statementFileSpan(joined, d.range),
      found: d.found,
      expected: d.expected,
      ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
      detail: field,
      statement: d,
    }),
  );
  if (!result.success) return { diagnostics };
  return { statement: { text: joined.text, target: result.target, span: joined.span, segments: joined.segments }, diagnostics };
}
