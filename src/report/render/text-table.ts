/**
 * A table for a terminal: columns of bounded width, cells wrapped at word boundaries, box
 * lines; optional colour per cell that never counts towards the width.
 */
import { visibleText } from '../../text/visible.js';

/**
 * One column: its title, its widest width, and how its cells align.
 *
 * @example
 * ({ title: 'Tổng', max: 6, align: 'right' })
 */
export interface TextColumn {
  readonly title: string;
  readonly max: number;
  /** At least this wide (so tables printed one under another line up). */
  readonly min?: number;
  readonly align?: 'left' | 'right';
}

/**
 * A cell: its text, and optionally a function that colours each of its padded lines.
 *
 * @example
 * ({ text: 'không đạt', paint: (s) => paintStatus('not_met', s) })
 */
export type TextCell = string | { readonly text: string; readonly paint?: (s: string) => string };

/**
 * Display width of a string in a terminal: one column per code point, combining marks
 * (NFD accents) taking none.
 *
 * @example
 * displayWidth('Đạt') // 3
 * displayWidth('Đa\u0323t') // 3
 */
export function displayWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += unitWidth(s, i);
  return n;
}

/** Combining marks of the BMP, by code unit: filled on first use (a regex test per character was most of a big report's time). */
let marks: Uint8Array | undefined;

/** The width the UTF-16 unit at `i` adds: 0 for a combining mark or a pair's low surrogate, else 1. */
function unitWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x300) return 1;
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isHigh(s.charCodeAt(i - 1)) ? 0 : 1;
  if (isHigh(c)) return /\p{M}/u.test(String.fromCodePoint(s.codePointAt(i)!)) ? -1 : 1; // -1 + the low surrogate's 1 = 0
  if (!marks) {
    marks = new Uint8Array(0x10000);
    for (let k = 0x300; k < 0x10000; k++) if (/\p{M}/u.test(String.fromCharCode(k))) marks[k] = 1;
  }
  return marks[c] === 1 ? 0 : 1;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Cut a word longer than the column into pieces of `width` columns (widths kept, not recounted: linear in the word). */
function chop(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  let w = 0;
  for (const ch of word) {
    const chw = displayWidth(ch);
    if (w + chw > width) {
      out.push(cur);
      cur = '';
      w = 0;
    }
    cur += ch;
    w += chw;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/**
 * Wrap text to lines of at most `width` columns, at spaces; words longer than a line are cut.
 * Line breaks in the text are kept.
 *
 * @example
 * wrap('Giảm 07% so với năm 2022', 10) // ["Giảm 07%", "so với năm", "2022"]
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    let w = 0;
    for (const word of para.split(/\s+/).filter((x) => x !== '')) {
      for (const piece of displayWidth(word) > width ? chop(word, width) : [word]) {
        const pw = displayWidth(piece);
        if (cur === '') [cur, w] = [piece, pw];
        else if (w + 1 + pw <= width) [cur, w] = [`${cur} ${piece}`, w + 1 + pw];
        else {
          lines.push(cur);
          [cur, w] = [piece, pw];
        }
      }
    }
    lines.push(cur);
  }
  return lines;
}

function pad(s: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Each column as wide as its widest word-wrapped content, at most its `max`. */
function widths(columns: readonly TextColumn[], rows: readonly (readonly TextCell[])[]): number[] {
  return columns.map((c, i) => {
    // A loop, not Math.max(...all): a spread of every row's lines overflows the stack at ~125,000 rows.
    let longest = Math.max(1, widestLine(c.title));
    for (const r of rows) longest = Math.max(longest, widestLine(cellText(r[i])));
    return Math.max(c.min ?? 0, Math.min(c.max, longest));
  });
}

/**
 * The display width of the widest line of a text.
 *
 * @example
 * widestLine('Đạt\ntrên 91%') // 8
 */
export function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/** A cell's text with its control characters shown, never sent to the terminal (plan and data text is not ours). */
function cellText(cell: TextCell | undefined): string {
  return visibleText(cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text);
}

/**
 * Lay out a table with box lines.
 *
 * @example
 * textTable([{ title: 'STT', max: 5 }, { title: 'Kết quả', max: 10 }], [['2.3', 'vượt']])
 * // "┌─────┬─────────┐\n│ STT │ Kết quả │\n├─────┼─────────┤\n│ 2.3 │ vượt    │\n└─────┴─────────┘"
 */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly TextCell[])[]): string {
  const w = widths(columns, rows);
  const rule = (l: string, m: string, r: string) => `${l}${w.map((x) => '─'.repeat(x + 2)).join(m)}${r}`;
  const between = rule('├', '┼', '┤');
  const render = (cells: readonly TextCell[], header: boolean): string[] => {
    const wrapped = columns.map((_, i) => wrap(cellText(cells[i]), w[i]!));
    const height = wrapped.reduce((h, l) => Math.max(h, l.length), 0);
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = columns.map((c, i) => {
        const cell = cells[i];
        const line = pad(wrapped[i]![k] ?? '', w[i]!, header ? 'left' : (c.align ?? 'left'));
        const paint = typeof cell === 'object' && cell.paint && !header ? cell.paint : undefined;
        return paint && (wrapped[i]![k] ?? '') !== '' ? paint(line) : line;
      });
      out.push(`│ ${parts.join(' │ ')} │`);
    }
    return out;
  };
  return [
    rule('┌', '┬', '┐'),
    ...render(columns.map((c) => c.title), true),
    between,
    // A rule between rows: wrapped cells of neighbouring rows would otherwise run together.
    ...(rows.length > 0 ? [rows.map((r) => render(r, false).join('\n')).join(`\n${between}\n`)] : []),
    rule('└', '┴', '┘'),
  ].join('\n');
}
