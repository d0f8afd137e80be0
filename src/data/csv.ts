import type { DataIssue } from './data-error.js';

/** Records of a CSV text and the 1-based line each record starts on. */
export interface CsvTable {
  readonly records: readonly (readonly string[])[];
  readonly lines: readonly number[];
}

/**
 * Split CSV text into records (RFC 4180): `,`-separated cells, `"`-quoted cells that may hold
 * separators, line breaks and doubled quotes (`""`), records ended by CRLF or LF. A UTF-8 BOM
 * is dropped and blank lines are skipped. The separator is `;` instead when the first line has
 * `;` and no `,` (spreadsheets set to Vietnamese, where `,` is the decimal mark, export so), and
 * a tab when the first line has one (TSV: Excel's "Unicode Text").
 * Returns the table, or the issues that make it unreadable.
 *
 * @example
 * parseCsv('metric,period,value\n2.3,2022,412\n').records // [["metric","period","value"], ["2.3","2022","412"]]
 * parseCsv('a,b\n"x\n').issues // [{ code: 'invalid_csv', expected: 'csv_closed_quote', line: 2, ... }]
 */
export function parseCsv(input: string): CsvTable | { readonly issues: readonly DataIssue[] } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = separatorOf(text);
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    record.push(cell);
    if (record.length > 1 || record[0] !== '') {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      const end = closingQuote(text, i + 1);
      if (end < 0) return { issues: [{ code: 'invalid_csv', path: [], expected: 'csv_closed_quote', found: text.slice(i, i + 20), line }] };
      const quoted = text.slice(i + 1, end);
      line += countBreaks(quoted);
      cell = quoted.replace(/""/g, '"');
      i = end + 1;
      // A quoted cell that is not followed by a separator or line end keeps its tail as text.
      continue;
    }
    if (c === sep) {
      record.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
    i++;
  }
  if (cell !== '' || record.length > 0) endRecord();
  return { records, lines };
}

function separatorOf(text: string): ',' | ';' | '\t' {
  const first = text.slice(0, text.search(/\r|\n/) >>> 0);
  if (first.includes('\t')) return '\t';
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

/** Index of the quote closing a quoted cell opened before `from`, skipping `""`; -1 if none. */
function closingQuote(text: string, from: number): number {
  let j = from;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return -1;
    if (text[q + 1] !== '"') return q;
    j = q + 2;
  }
}

function countBreaks(s: string): number {
  return (s.match(/\r\n|\r|\n/g) ?? []).length;
}
