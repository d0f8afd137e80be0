import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate-plan.js';
import { miniData, miniPlan } from '../../../test/report/mini.fixture.js';
import { renderReport } from './index.js';

describe('renderReport text', () => {
  const report = evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31' });

  it('has no colour unless asked', () => {
    expect(renderReport(report, 'text')).not.toContain('\u001b[');
  });

  it('colours the result cells and headings when asked', () => {
    const out = renderReport(report, 'text', { color: true });
    expect(out).toContain('\u001b[1;31mkhông đạt'); // not met: bold red
    expect(out).toContain('\u001b[1;32mvượt'); // exceeded: bold green
    expect(out).toContain('\u001b[1mTổng hợp theo đơn vị chủ trì\u001b[0m');
  });

  it('prints the header, the sections, the tasks, the units and the totals', () => {
    const out = renderReport(report, 'text');
    expect(out.startsWith('BÁO CÁO TỔNG KẾT NĂM 2023 — KẾT QUẢ THỰC HIỆN CHỈ TIÊU\nKế hoạch số 102/KH-UBND ngày 05/04/2023 của Ủy ban nhân dân thành phố Cẩm Phả\n')).toBe(true);
    expect(out).toContain('I. MỤC TIÊU, CHỈ TIÊU › 2. Công tác đấu tranh phòng, chống tội phạm về trật tự xã hội\n┌');
    expect(out).toContain('Nhiệm vụ trọng tâm\n┌');
    expect(out).toContain('Chỉ tiêu: 14 — vượt 4, đạt 5, không đạt 3, chưa có dữ liệu 2, chưa đến hạn 0');
    expect(out).toContain('- observations[18]: 1 dòng cho chỉ tiêu `3.5` không được dùng');
  });

  it('draws the section tables one width, so they line up', () => {
    const out = renderReport(report, 'text');
    const sectionTables = out.split('\n\n').filter((b) => b.startsWith('I. ')).map((b) => b.split('\n')[1]);
    expect(sectionTables).toHaveLength(3);
    expect(new Set(sectionTables).size).toBe(1);
  });

  it('keeps every table line within 140 columns', () => {
    const widest = Math.max(...renderReport(report, 'text').split('\n').filter((l) => /^[│┌├└]/.test(l)).map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(140);
  });

  it('prints English labels with lang en', () => {
    const out = renderReport(report, 'text', { lang: 'en' });
    expect(out).toContain('PLAN CHECK REPORT');
    expect(out).toContain('Targets: 14 — exceeded 4, met 5, not met 3, no data 2, not yet due 0');
  });
});
