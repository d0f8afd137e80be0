import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError } from './docx-error.js';
import { gridRows } from './grid.js';
import { importDocx } from './import-docx.js';
import { readDocx, type DocxTable } from './read-docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx package around a body written as WordprocessingML. */
function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, pr = ''): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${inner}</w:tc>`;
const tr = (cells: string, pr = ''): string => `<w:tr>${pr ? `<w:trPr>${pr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string, cols = 3): string => `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(cols)}</w:tblGrid>${rows}</w:tbl>`;

function table(bytes: Uint8Array): DocxTable {
  const t = readDocx(bytes).blocks.find((b) => b.kind === 'table');
  if (!t || t.kind !== 'table') throw new Error('no table');
  return t;
}

describe('readDocx: text as Word stores it', () => {
  it('reads runs through hyperlinks, insertions and content controls, and leaves out deletions, hidden text and field codes', () => {
    const body =
      '<w:p><w:r><w:t>Đạt </w:t></w:r><w:ins><w:r><w:t>trên </w:t></w:r></w:ins><w:del><w:r><w:delText>dưới </w:delText></w:r></w:del>' +
      '<w:hyperlink><w:r><w:t>91%</w:t></w:r></w:hyperlink><w:r><w:rPr><w:vanish/></w:rPr><w:t> ẩn</w:t></w:r>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:sdt><w:sdtContent><w:r><w:t> năm 2023</w:t></w:r></w:sdtContent></w:sdt></w:p>';
    expect(readDocx(docx(body)).blocks).toEqual([{ kind: 'paragraph', text: 'Đạt trên 91% năm 2023' }]);
  });

  it('keeps a manual line break and a cell\'s paragraphs as lines', () => {
    const body = tbl(tr(tc(p('a')) + tc('<w:p><w:r><w:t>dòng 1</w:t><w:br/><w:t>dòng 2</w:t></w:r></w:p>' + p('dòng 3')) + tc(p('c'))));
    expect(table(docx(body)).rows[0]?.cells[1]?.text).toBe('dòng 1\ndòng 2\ndòng 3');
  });

  it('places spanned and merged cells in the grid: a horizontal span, a vertical merge, gridBefore and the old hMerge', () => {
    const rows =
      tr(tc(p('STT')) + tc(p('Danh mục chỉ tiêu')) + tc(p('Đơn vị chủ trì')), '<w:tblHeader/>') +
      tr(tc(p('1. Công tác A'), '<w:gridSpan w:val="3"/>')) +
      tr(tc(p('1.1')) + tc(p('A')) + tc(p('Công an'), '<w:vMerge w:val="restart"/>')) +
      tr(tc(p('1.2')) + tc(p('B')) + tc(p(''), '<w:vMerge/>')) +
      tr(tc(p('x'), '<w:vMerge/>') + tc(p('tiếp')) + tc(p(''), '<w:vMerge/>')) +
      tr(tc(p('C')) + tc(p('D')), '<w:gridBefore w:val="1"/>') +
      tr(tc(p('1.3'), '<w:hMerge w:val="restart"/>') + tc(p(''), '<w:hMerge/>') + tc(p('E')));
    const t = table(docx(tbl(rows)));
    expect(t.rows[0]?.header).toBe(true);
    expect(gridRows(t).map((r) => r.cells)).toEqual([
      ['STT', 'Danh mục chỉ tiêu', 'Đơn vị chủ trì'],
      ['1. Công tác A', '', ''],
      ['1.1', 'A', 'Công an'],
      ['1.2', 'B', 'Công an'],
      // The STT cell is covered: the row continues the one above, its merged cells stay empty.
      ['', 'tiếp', ''],
      ['', 'C', 'D'],
      ['1.3', '', 'E'],
    ]);
  });

  it('writes the number Word draws before an auto-numbered paragraph (numbering.xml)', () => {
    const numbering = `<?xml version="1.0"?><w:numbering ${W}>
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const np = (id: number, lvl: number, text: string): string =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = np(1, 0, 'MỤC TIÊU') + np(1, 1, 'a') + np(1, 1, 'b') + np(1, 0, 'NHIỆM VỤ') + np(1, 1, 'c') + np(2, 0, 'gạch đầu dòng');
    expect(readDocx(docx(body, { 'word/numbering.xml': numbering })).blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      'I. MỤC TIÊU',
      'I.1 a',
      'I.2 b',
      'II. NHIỆM VỤ',
      'II.1 c',
      '- gạch đầu dòng',
    ]);
  });
});

describe('readDocx: files that are not Word documents', () => {
  it.each([
    ['a text file', new TextEncoder().encode('STT\tDanh mục chỉ tiêu\n'), 'not_docx'],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy_doc'],
    ['a ZIP without word/document.xml', zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 'no_document'],
    ['a broken ZIP', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'not_docx'],
  ])('refuses %s with a clear error', (_, bytes, code) => {
    const e = (() => {
      try {
        readDocx(bytes);
      } catch (error) {
        return error;
      }
      throw new Error('read');
    })();
    expect(e).toBeInstanceOf(DocxError);
    expect((e as DocxError).code).toBe(code);
    expect((e as DocxError).format('en')).toMatch(/\.docx/);
    expect((e as DocxError).format()).toMatch(/\.docx/);
  });

  it('refuses a damaged document.xml', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') });
    expect(() => readDocx(bytes)).toThrow(DocxError);
  });
});

describe('importDocx: what is not placed is reported', () => {
  it('names a table it cannot read and a cell of a column the header does not name, with table, row and column', () => {
    const header = tr(tc(p('STT')) + tc(p('Danh mục chỉ tiêu')) + tc(p('Chỉ tiêu thực hiện')) + tc(p('Kết quả')));
    const row = tr(tc(p('1.1')) + tc(p('A')) + tc(p('Đạt trên 91%')) + tc(p('89%')));
    const body = p('KẾ HOẠCH') + p('Công tác năm 2023') + tbl(header + row, 4) + tbl(tr(tc(p('ghi chép')) + tc(p('khác'))), 2);
    const r = importDocx(docx(body));
    expect(r.warnings).toEqual([
      { line: 2, table: 1, code: 'unplaced_cell', text: '89%', column: 4 },
      { line: 1, table: 2, code: 'unread_table', text: 'ghi chép | khác' },
    ]);
    expect(r.source).toContain('  # Cột 4 (Kết quả): 89%');
    expect(r.header).toEqual({ title: 'Công tác năm 2023', year: 2023 });
  });
});
