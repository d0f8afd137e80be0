import { visibleText } from '../text/visible.js';
import type { Diagnostic } from './types.js';

/** A line break as `LineIndex` counts one (src/text/lines.ts): `\r\n` is one. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u2028\u2029]/g;

/** Longest stretch of a line a frame quotes: a 1 MB line with an error on it is not printed whole. */
const WINDOW = 160;
/** Columns kept before the caret when a long line is cut. */
const BEFORE = 60;

/**
 * Where the lines of the source framed last start and end. Errors are framed one by one
 * against the same source: splitting it for each (as before) was quadratic, 25 s for 16,000
 * bad lines. One entry, so only the last source is kept alive.
 */
let lastSource: string | undefined;
let starts: number[] = [];
let ends: number[] = [];

function indexLines(source: string): void {
  if (source === lastSource) return;
  starts = [0];
  ends = [];
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(source); m !== null; m = LINE_BREAK.exec(source)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(source.length);
  lastSource = source;
}

/** Line `n` (1-based) of `source`, without its line break; '' past the end. */
function lineAt(source: string, n: number): string {
  indexLines(source);
  const start = starts[n - 1];
  return start === undefined ? '' : source.slice(start, ends[n - 1]);
}

/**
 * Quote the source line of a diagnostic with a caret under its column, as compilers do. A
 * line longer than 160 columns is cut around the caret (`…` where it is cut); control
 * characters are shown, never sent to the terminal (`visibleText`).
 *
 * @example
 * codeFrame('Đạt từ 80% trở', d) // "Đạt từ 80% trở\n           ^^^"
 */
export function codeFrame(source: string, d: Diagnostic): string {
  // Columns do not count a byte order mark (plans skip it): neither does the quoted line.
  const raw = lineAt(source, d.range.line);
  const line = d.range.line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const column = Math.max(0, d.range.column - 1);
  const width = Math.max(1, Math.min(d.range.end - d.range.start, line.length - column));
  const from = line.length > WINDOW ? Math.max(0, Math.min(column - BEFORE, line.length - WINDOW)) : 0;
  const to = Math.min(line.length, from + WINDOW);
  const head = from > 0 ? '…' : '';
  const shown = `${head}${visibleText(line.slice(from, to))}${to < line.length ? '…' : ''}`;
  // The caret goes under the shown text: a control shown as `<U+009B>` takes more columns.
  const pad = head.length + visibleText(line.slice(from, Math.min(column, to))).length;
  return `${shown}\n${' '.repeat(pad)}${'^'.repeat(Math.max(1, Math.min(width, to - column)))}`;
}
