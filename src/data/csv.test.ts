import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './csv.js';

function table(text: string) {
  const t = parseCsv(text);
  if ('issues' in t) throw new Error(JSON.stringify(t.issues));
  return t;
}

/** A minimal RFC 4180 writer, to check the reader against. */
function writeCsv(records: string[][]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
  return records.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

describe('parseCsv', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    const t = table('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nlast,,\r\n');
    expect(t.records).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines'], ['last', '', '']]);
    expect(t.lines).toEqual([1, 2, 4]);
  });

  it('drops a BOM, skips blank lines, accepts LF and a missing final newline', () => {
    const t = table('\uFEFFa,b\n\n1,2');
    expect(t.records).toEqual([['a', 'b'], ['1', '2']]);
    expect(t.lines).toEqual([1, 3]);
  });

  it('uses ; as the separator when the header has ; and no ,', () => {
    expect(table('metric;value\n2.3;"7,5"\n').records).toEqual([['metric', 'value'], ['2.3', '7,5']]);
  });

  it('reports an unclosed quote with its line', () => {
    const t = parseCsv('a,b\n1,2\n"open\nstill');
    expect('issues' in t && t.issues[0]).toMatchObject({ code: 'invalid_csv', expected: 'csv_closed_quote', line: 3 });
  });

  it('reads back whatever an RFC 4180 writer writes', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'ă', ',', '"', '\n', '\r\n', ' ', '1', '.') });
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (records) => {
        expect(table(writeCsv(records)).records).toEqual(records);
      }),
    );
  });
});
