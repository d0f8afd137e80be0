/**
 * Text from a plan or a data file shown on a terminal: its control characters made visible, so
 * a statement or an evidence field cannot set the window title, clear the screen, hide a link
 * (OSC 8) or reorder what is shown (bidirectional overrides).
 */

/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and line feed, DEL,
 * the C1 controls (U+009B is CSI on its own) and the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with each control character shown: a C0 control as its Unicode control picture
 * (ESC as `␛`, one column, so carets under the text stay aligned), DEL as `␡`, any other as
 * `<U+009B>`. Tab and line feed are kept; everything else is unchanged.
 *
 * @example
 * visibleText('a\u001b]0;owned\u0007b') // "a␛]0;owned␇b"
 * visibleText('x\u202ey')              // "x<U+202E>y"
 */
export function visibleText(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text; // most text: one scan, no copy
  return text.replace(CONTROL, pictureOf);
}

function pictureOf(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}
