import { describe, expect, it } from 'vitest';
import { parseTarget, formatTarget } from '../../api/index.js';
import { baselineCell, composeStatement } from './resolution.js';

describe('composeStatement', () => {
  it.each([
    ['Thu ngân sách nhà nước trên địa bàn', '12.500', 'Tỷ đồng', 'Thu ngân sách nhà nước trên địa bàn 12.500 tỷ đồng', 'Thu ngân sách nhà nước trên địa bàn ≥ 12.500 tỷ đồng'],
    ['Tỷ lệ lao động qua đào tạo', '72', '%', 'Tỷ lệ lao động qua đào tạo 72%', 'Tỷ lệ lao động qua đào tạo ≥ 72%'],
    ['Tỷ lệ đô thị hóa', 'Trên 42', '%', 'Tỷ lệ đô thị hóa trên 42%', 'Tỷ lệ đô thị hóa > 42%'],
    ['Tỷ lệ trẻ em được tiêm chủng', 'trên 95%', '%', 'Tỷ lệ trẻ em được tiêm chủng trên 95%', 'Tỷ lệ trẻ em được tiêm chủng > 95%'],
    ['Số bác sĩ/vạn dân', '13,5', 'Bác sĩ', 'Số bác sĩ/vạn dân 13,5 bác sĩ', 'Số bác sĩ/vạn dân ≥ 13,5 bác sĩ'],
  ])('%s | %s | %s → %s', (name, figure, unit, statement, formatted) => {
    expect(composeStatement(name, figure, unit)).toBe(statement);
    expect(formatTarget(parseTarget(statement))).toBe(formatted);
  });

  it('keeps the upper-case word of an acronym and a cell without a figure as written', () => {
    expect(composeStatement('Kim ngạch xuất khẩu', '2.500', 'USD')).toBe('Kim ngạch xuất khẩu 2.500 USD');
    expect(composeStatement('Xây dựng nông thôn mới', 'Hoàn thành', 'xã')).toBe('Xây dựng nông thôn mới hoàn thành (xã)');
    expect(composeStatement('X', '', '%')).toBe('');
  });
});

describe('baselineCell', () => {
  it('reads figures the Vietnamese way, as plan text does', () => {
    expect(baselineCell('12.500')).toEqual({ kind: 'figure', value: '12500' });
    expect(baselineCell('7,5')).toEqual({ kind: 'figure', value: '7.5' });
    expect(baselineCell('1.234,56')).toEqual({ kind: 'figure', value: '1234.56' });
    expect(baselineCell('95 %')).toEqual({ kind: 'figure', value: '95' });
    expect(baselineCell('12 500')).toEqual({ kind: 'figure', value: '12500' });
  });

  it('gives nothing for an empty cell or a dash, and refuses what is not a figure', () => {
    expect(baselineCell(' - ')).toEqual({ kind: 'empty' });
    expect(baselineCell('')).toEqual({ kind: 'empty' });
    expect(baselineCell('khoảng 7')).toEqual({ kind: 'not_a_figure', text: 'khoảng 7' });
    expect(baselineCell('-2,5')).toEqual({ kind: 'not_a_figure', text: '-2,5' });
  });
});
