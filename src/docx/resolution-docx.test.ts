/**
 * A socio-economic resolution as a Word file: the resolution layout, its Roman part rows, a
 * sub-indicator row, last year's column as data, and a last-year cell that is not a figure
 * reported with its table, row and column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatImportWarning, formatTarget, listTargets, parseObservations, parsePlan } from '../index.js';
import { importDocx, type ImportDocxResult } from './index.js';
import { buildDocx } from './word.fixture.js';

describe('importDocx: a resolution (STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm trước | Kế hoạch năm)', () => {
  let r: ImportDocxResult;
  beforeAll(async () => {
    const bytes = await buildDocx([
      { table: [['HỘI ĐỒNG NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 25/NQ-HĐND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHải Dương, ngày 08 tháng 12 năm 2023']] },
      { p: 'NGHỊ QUYẾT' },
      { p: 'Về kế hoạch phát triển kinh tế - xã hội năm 2024' },
      { p: 'II. CÁC CHỈ TIÊU CHỦ YẾU' },
      {
        header: 1,
        table: [
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Ước thực hiện năm 2023', 'Kế hoạch năm 2024'],
          ['(1)', '(2)', '(3)', '(4)', '(5)'],
          ['I', 'CHỈ TIÊU KINH TẾ', '', '', ''],
          ['1', 'Tốc độ tăng trưởng GRDP', '%', '7,2', '8 - 8,5'],
          ['2', 'Thu ngân sách nhà nước trên địa bàn', { text: 'Tỷ đồng', rowSpan: 2 }, '11.800', '12.500'],
          ['-', 'Trong đó: thu nội địa', '9.000', '9.500'],
          ['II', 'CHỈ TIÊU XÃ HỘI', '', '', ''],
          ['1', 'Tỷ lệ lao động qua đào tạo', '%', '70,5', '72'],
          ['2', 'Tỷ lệ hộ nghèo', '%', 'khoảng 2', 'Giảm 0,5'],
        ],
      },
    ]);
    r = importDocx(bytes, { from: 'nghi-quyet.docx' });
  });

  it('combines each row into a statement, with its part, sub-indicator and repeated STT ids', () => {
    const plan = parsePlan(r.source);
    expect(listTargets(plan).map((t) => [t.metrics[0]?.id, formatTarget(t.statement.target)])).toEqual([
      ['1', 'Tốc độ tăng trưởng GRDP từ 8% đến 8,5%'],
      ['2', 'Thu ngân sách nhà nước trên địa bàn ≥ 12.500 tỷ đồng'],
      ['2.a', 'trong đó thu nội địa ≥ 9.500 tỷ đồng'],
      ['II.1', 'Tỷ lệ lao động qua đào tạo ≥ 72%'],
      ['II.2', 'Tỷ lệ hộ nghèo giảm ≥ 0,5 điểm phần trăm so với cùng kỳ'],
    ]);
    expect([plan.header.number, plan.header.date, plan.header.year, plan.header.title]).toEqual(['25/NQ-HĐND', '2023-12-08', 2024, 'Về kế hoạch phát triển kinh tế - xã hội năm 2024']);
  });

  it('gives last year\'s figures as data check reads, the merged unit on both rows', () => {
    expect(r.observations).toEqual([
      { metric: '1', period: '2023', value: '7.2' },
      { metric: '2', period: '2023', value: '11800' },
      { metric: '2.a', period: '2023', value: '9000' },
      { metric: 'II.1', period: '2023', value: '70.5' },
    ]);
    expect(parseObservations({ observations: r.observations }).warnings).toEqual([]);
    expect(r.source).toContain('# Ước thực hiện năm 2023: 9.000 (Tỷ đồng)');
  });

  it('reports the last-year cell that is not a figure at its table, row and column', () => {
    expect(r.warnings.map((w) => formatImportWarning(w, 'en', 'nghi-quyet.docx'))).toEqual([
      "nghi-quyet.docx: table 2, row 9, column 4: warning: last year's cell is not a figure (not written to the data file): khoảng 2",
    ]);
  });
});
