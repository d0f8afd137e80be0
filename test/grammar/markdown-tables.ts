/**
 * Reading the example tables of grammar/README.md: pipe tables with a header row, and the code
 * spans of their cells. Small on purpose: the README's tables are plain GitHub tables.
 */

/**
 * One row of a table: its cells by header name, and its line in the file (1-based).
 *
 * @example
 * ({ cells: { kind: '`rate`', written: '`Đạt trên 91%`' }, line: 89 })
 */
export interface TableRow {
  readonly cells: Readonly<Record<string, string>>;
  readonly line: number;
}

/**
 * A table with the `## ` heading it sits under.
 *
 * @example
 * ({ heading: 'Comparators', headers: ['written', 'op'], rows: [...], line: 121 })
 */
export interface MarkdownTable {
  readonly heading: string;
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
  readonly line: number;
}

/**
 * Split `| a | b |` into cells, ignoring `|` inside code spans.
 *
 * @example
 * splitRow('| `a | b` | c |') // ["`a | b`", "c"]
 */
export function splitRow(line: string): string[] {
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  for (const c of body) {
    if (c === '`') inCode = !inCode;
    if (c === '|' && !inCode) {
      cells.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  cells.push(current.trim());
  return cells;
}

/**
 * Every pipe table of a Markdown text (outside fenced code blocks).
 *
 * @example
 * markdownTables('## A\n| x | y |\n|---|---|\n| `1` | 2 |')[0]?.rows[0]?.cells.x // "`1`"
 */
export function markdownTables(markdown: string): MarkdownTable[] {
  const lines = markdown.split('\n');
  const tables: MarkdownTable[] = [];
  let heading = '';
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    if (line.startsWith('## ')) heading = line.slice(3).trim();
    const next = lines[i + 1] ?? '';
    if (!line.trim().startsWith('|') || !/^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/.test(next)) continue;
    const headers = splitRow(line);
    const rows: TableRow[] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trim().startsWith('|'); j++) {
      const values = splitRow(lines[j]!);
      rows.push({ cells: Object.fromEntries(headers.map((h, k) => [h, values[k] ?? ''])), line: j + 1 });
    }
    tables.push({ heading, headers, rows, line: i + 1 });
    i = j - 1;
  }
  return tables;
}

/**
 * The contents of the code spans of a cell, in order.
 *
 * @example
 * codeSpans('`Quý I`, `quý 4` (bare)') // ["Quý I", "quý 4"]
 */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]*)`/g)].map((m) => m[1]!);
}
