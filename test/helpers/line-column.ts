/**
 * Line and column of an offset, counted independently of the parser by walking the text
 * (`\r\n`, `\r`, `\n`, and Word's vertical tab, a form feed, U+2028 and U+2029 each end a line,
 * as src/text/lines.ts says): what positions in diagnostics and spans are checked
 * against.
 *
 * @example
 * lineColumn('a\nbc', 3) // { line: 2, column: 2 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || c === '\u000b' || c === '\u000c' || c === '\u2028' || c === '\u2029' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
