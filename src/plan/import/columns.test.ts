import { describe, expect, it } from 'vitest';
import { columnRole, headerRoles, headerYear, isColumnNumberRow } from './columns.js';

describe('column roles', () => {
  it.each([
    ['STT', 'stt'],
    ['Danh mục chỉ tiêu', 'description'],
    ['Chỉ tiêu thực hiện trong năm 2023', 'statement'],
    ['Đơn vị chủ trì tham mưu', 'lead'],
    ['Thời gian thực hiện', 'timing'],
    ['Đơn vị tính', 'unit'],
    ['ĐVT', 'unit'],
    ['Thực hiện năm 2023', 'baseline'],
    ['Ước thực hiện năm 2023', 'baseline'],
    ['Thực hiện năm trước', 'baseline'],
    ['Kế hoạch năm 2024', 'figure'],
    ['Kế hoạch năm', 'figure'],
    ['Kết quả', undefined],
    ['Thực hiện', undefined],
  ])('%s → %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it('reads `Chỉ tiêu` as the indicator name in the resolution layout, the statement otherwise', () => {
    expect(headerRoles(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm trước', 'Kế hoạch năm'])).toEqual(['stt', 'description', 'unit', 'baseline', 'figure']);
    expect(headerRoles(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2024'])).toEqual(['stt', 'description', 'unit', 'figure']);
    expect(headerRoles(['STT', 'Danh mục', 'Chỉ tiêu', 'Chủ trì'])).toEqual(['stt', 'description', 'statement', 'lead']);
  });

  it('reads the year of a header and knows a row of column numbers', () => {
    expect(headerYear('Kế hoạch năm 2024')).toBe(2024);
    expect(headerYear('Đơn vị tính')).toBeUndefined();
    expect(isColumnNumberRow(['(1)', '(2)', '(3)', '(4)', '(5)'])).toBe(true);
    expect(isColumnNumberRow(['A', 'B', '1', '2', '3'])).toBe(true);
    expect(isColumnNumberRow(['1', '2', '3', 'Công an'])).toBe(false);
    expect(isColumnNumberRow(['1', '3', '2'])).toBe(false);
  });
});
