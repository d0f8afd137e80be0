/**
 * A table for a terminal: columns of bounded width, cells wrapped at word boundaries, box
 * lines; optional colour per cell that never counts towards the width.
 */

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
  for (const ch of s) if (!/\p{M}/u.test(ch)) n += 1;
  return n;
}

/** Cut a word longer than the column into pieces of `width` columns. */
function chop(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (displayWidth(cur + ch) > width) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
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
    for (const word of para.split(/\s+/).filter((x) => x !== '')) {
      for (const piece of displayWidth(word) > width ? chop(word, width) : [word]) {
        if (cur === '') cur = piece;
        else if (displayWidth(cur) + 1 + displayWidth(piece) <= width) cur += ` ${piece}`;
        else {
          lines.push(cur);
          cur = piece;
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
    const texts = [c.title, ...rows.map((r) => cellText(r[i]))];
    const longest = Math.max(1, ...texts.flatMap((t) => t.split('\n').map(displayWidth)));
    return Math.max(c.min ?? 0, Math.min(c.max, longest));
  });
}

function cellText(cell: TextCell | undefined): string {
  return cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;
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
  const render = (cells: readonly TextCell[], header: boolean): string[] => {
    const wrapped = columns.map((_, i) => wrap(cellText(cells[i]), w[i]!));
    const height = Math.max(...wrapped.map((l) => l.length));
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
    rule('├', '┼', '┤'),
    // A rule between rows: wrapped cells of neighbouring rows would otherwise run together.
    ...rows.flatMap((r, i) => [...(i > 0 ? [rule('├', '┼', '┤')] : []), ...render(r, false)]),
    rule('└', '┴', '┘'),
  ].join('\n');
}
