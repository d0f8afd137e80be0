import { describe, expect, it } from 'vitest';
import { safeParseTarget } from '../api/parse.js';

const codes = (text: string): string[] => {
  const r = safeParseTarget(text);
  return r.success ? r.warnings.map((w) => w.code) : [`error:${r.error.code}`];
};

describe('a percentage given to an amount', () => {
  it('is named: the rate reading rests on data that gives the percentage itself', () => {
    for (const s of ['mục tiêu GRDP trên 12,5%', 'Chỉ số sản xuất công nghiệp đạt 9,5%', 'Thu ngân sách đạt 12%']) expect(codes(s), s).toContain('percent_of_amount');
  });

  it('is not named where the percentage is a share, a rate or a named growth', () => {
    for (const s of ['Tổng vốn đầu tư toàn xã hội đạt 35% GRDP', 'tổng vốn đầu tư xã hội chiếm khoảng 30% GRDP', 'Tỷ lệ thu ngân sách đạt 100% dự toán', 'Chỉ số hài lòng của người dân đạt trên 80%', 'Tốc độ tăng trưởng GRDP đạt 8%']) {
      expect(codes(s), s).not.toContain('percent_of_amount');
    }
  });
});

describe('a change with no figure', () => {
  it('is a comparison with the unwritten baseline, and says so', () => {
    const r = safeParseTarget('giảm tai nạn giao thông do uống rượu, bia');
    expect(r.success && r.target.clauses.map((c) => c.kind)).toEqual(['compare']);
    expect(codes('giảm tai nạn giao thông do uống rượu, bia')).toEqual(['baseline_unwritten']);
  });

  it('stays qualitative when a figure was left unread: a compare would drop it', () => {
    const r = safeParseTarget('giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới 12,5‰');
    expect(r.success && r.target.clauses.map((c) => c.kind)).toEqual(['qualitative']);
  });
});

describe('figures that are not what they seem', () => {
  it('names an age that is reached (`đạt 75 tuổi`) and a year after `năm` instead of reading them as nothing or as a count', () => {
    expect(codes('tuổi thọ trung bình đạt khoảng 74,5 tuổi')).toContain('figure_not_read');
    const year = safeParseTarget('năm 2020 xã Sơn Viên sẽ cán đích nông thôn mới');
    expect(year.success && year.target.clauses.map((c) => c.kind)).toEqual(['qualitative']);
    expect(codes('năm 2020 xã Sơn Viên sẽ cán đích nông thôn mới')).toContain('timing_not_read');
  });
});

describe('shares of a structure', () => {
  it('name their unwritten direction, after `chiếm` and in a statement that opens with `Cơ cấu`', () => {
    expect(codes('Ngành nông-lâm nghiệp chiếm 38,10%')).toEqual(['share_direction_unwritten']);
    expect(codes('Cơ cấu kinh tế: Nông, lâm, ngư nghiệp 11,9%; Công nghiệp - xây dựng 47,7%; Dịch vụ 40,4%.')).toEqual(Array(3).fill('share_direction_unwritten'));
    expect(codes('Tỷ lệ hộ dân dùng nước sạch đạt 90%')).toEqual([]);
  });
});

describe('what a percentage is a percentage of', () => {
  it('names a share of the plan\'s own figure (`95% kế hoạch được giao`, `100% chỉ tiêu`, `% dự toán`): the data must give the share', () => {
    for (const s of ['tỷ lệ giải ngân vốn đầu tư công đạt tối thiểu 95% kế hoạch được giao', 'hoàn thành 100% chỉ tiêu thu ngân sách nhà nước', 'Tỷ lệ thu ngân sách đạt 100% dự toán']) expect(codes(s), s).toContain('share_of_plan');
    expect(codes('Tỷ lệ hộ dân dùng nước sạch đạt 90%')).not.toContain('share_of_plan');
  });

  it('names a level given per year with no verb (`duy trì ở mức 1%-1,5%/năm`): usually a yearly change left unsaid', () => {
    expect(codes('tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều duy trì ở mức 1%-1,5%/năm')).toContain('per_year_level');
    // With its verb the change per year is read, and named as such, not as a level.
    expect(codes('giảm tỷ lệ hộ nghèo từ 2-3%/năm')).not.toContain('per_year_level');
    expect(codes('Tỷ lệ che phủ rừng đạt 42%')).not.toContain('per_year_level');
  });
});
