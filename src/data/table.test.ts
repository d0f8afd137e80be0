import { describe, expect, it } from 'vitest';
import { DataError, type DataIssue } from './data-error.js';
import { decodeDataText } from './decode.js';
import { parseObservationsCsv } from './parse-csv.js';
import { parseObservationsTable } from './table.js';

function issuesOf(read: () => unknown): readonly DataIssue[] {
  try {
    read();
  } catch (e) {
    if (e instanceof DataError) return e.issues;
    throw e;
  }
  throw new Error('expected a DataError');
}

const figures = (text: string) => parseObservationsCsv(text).observations.map((o) => (o.kind === 'value' ? o.value : o.kind === 'rate' ? `${o.numerator}/${o.denominator}` : o.kind));

describe('observed data as a table', () => {
  it('reads a `;`-separated CSV from Vietnamese Excel with Vietnamese headers and figures', () => {
    const csv = 'Mã chỉ tiêu;Kỳ;Giá trị;Tử số;Mẫu số;Ghi chú\n2.3;2023;7,5;;;\n2.4;2023;44.200;;;tỷ đồng\n2.6;2023;;1.250;1.300;\n2.7;2023;12.500,75;;;\n';
    expect(figures(csv)).toEqual(['7.5', '44200', '1250/1300', '12500.75']);
    expect(parseObservationsCsv(csv).observations[1]).toMatchObject({ metric: '2.4', period: '2023', evidence: 'tỷ đồng' });
  });

  it('reads headers without diacritics, in any case, and joins Ghi chú with Nguyên nhân', () => {
    const csv = 'MA CHI TIEU,ky,gia tri,Ghi chú,Nguyên nhân\n2.3,2023,5,"theo báo cáo","thiếu vốn"\n';
    expect(parseObservationsCsv(csv).observations[0]).toMatchObject({ metric: '2.3', value: '5', evidence: 'theo báo cáo; thiếu vốn' });
  });

  it('reads Đạt / Không đạt as a judgement', () => {
    const set = parseObservationsTable([['Mã chỉ tiêu', 'Kỳ', 'Đánh giá'], ['1.6', '2023', 'Đạt'], ['1.7', '2023', 'không đạt']]);
    expect(set.observations.map((o) => (o.kind === 'assessment' ? o.assessment : ''))).toEqual(['met', 'not_met']);
  });

  it('reads TSV (Excel "Unicode Text", UTF-16 with a mark) where cells hold decimal commas', () => {
    const text = 'Mã chỉ tiêu\tKỳ\tGiá trị\r\n2.3\t2023\t7,5\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(figures(decodeDataText(le))).toEqual(['7.5']);
    expect(decodeDataText(new TextEncoder().encode(`\uFEFF${text}`))).toBe(text);
    expect(() => decodeDataText(new Uint8Array([0x4d, 0xe3, 0x20, 0x63]))).toThrow(expect.objectContaining({ code: 'invalid_csv' }));
  });

  it('names the row as the file shows it and the column by its header', () => {
    const issues = issuesOf(() => parseObservationsCsv('Mã chỉ tiêu;Kỳ;Giá trị\n2.3;2023;7.5\n2.4;2023;1.250\n2.5;2023;1,250.75\n'));
    expect(issues).toMatchObject([
      { code: 'ambiguous_figure', line: 3, column: 'Giá trị', found: '1.250', evidence: { found: '7.5', line: 2 } },
      { code: 'invalid_value', line: 4, column: 'Giá trị', found: '1,250.75', suggestion: '1.250,75' },
    ]);
  });

  it('reads past the template\'s columns for the person filling it, and its rows left empty when asked', () => {
    const rows = [
      ['Mã chỉ tiêu', 'Kỳ', 'Tên chỉ tiêu', 'Chỉ tiêu kế hoạch', 'Đơn vị tính', 'Đơn vị chủ trì', 'Giá trị'],
      ['2.3', '2023', 'Số vụ', 'Giảm 7%', 'vụ', 'Công an', 380],
      ['2.4', '2023', 'Số hồ sơ', '550 hồ sơ', 'hồ sơ', 'Công an', ''],
    ];
    expect(parseObservationsTable(rows, { skipEmptyRows: true }).observations).toEqual([{ kind: 'value', row: 0, metric: '2.3', period: '2023', value: '380' }]);
    expect(issuesOf(() => parseObservationsTable(rows))).toMatchObject([{ code: 'missing_field', line: 3 }]);
  });

  it('refuses an unknown header, naming it', () => {
    expect(issuesOf(() => parseObservationsCsv('Mã chỉ tiêu,Kỳ,Giá trị thực\n'))).toMatchObject([{ code: 'unknown_field', found: 'Giá trị thực', line: 1 }]);
  });
});
