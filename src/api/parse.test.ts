import { describe, expect, it } from 'vitest';
import { ParseError } from '../diagnostics/parse-error.js';
import { formatTarget } from '../ast/format.js';
import { parseTarget, safeParseTarget } from './parse.js';

const warnings = (text: string) => {
  const r = safeParseTarget(text);
  if (!r.success) throw r.error;
  return r.warnings.map((w) => ({ code: w.code, found: w.found, suggestion: w.suggestion, column: w.range.column }));
};

describe('safeParseTarget warnings: read, but not as written', () => {
  it('the seed typo Chuyên hóa is read as Chuyển hóa, and says so', () => {
    expect(warnings('Chuyên hóa thành công 60% địa bàn')).toEqual([{ code: 'typo_corrected', found: 'Chuyên hóa', suggestion: undefined, column: 1 }]);
    // Decomposed (NFD) text says so too; `huyện` (district) is not the typo.
    expect(warnings('Chuyên hóa thành công 60% địa bàn'.normalize('NFD')).map((w) => w.code)).toEqual(['typo_corrected']);
    expect(warnings('Chuyển hóa thành công 60% địa bàn huyện')).toEqual([]);
    expect(warnings('Chuyển hóa thành công 60% địa bàn')).toEqual([]);
  });

  it('a figure after zero tolerance only describes the subject', () => {
    expect(warnings('không để xảy ra vụ cháy thiệt hại trên 100 triệu đồng')).toEqual([
      { code: 'figure_in_subject', found: '100', suggestion: undefined, column: 40 },
    ]);
  });

  it('a period named without `so với` is not silently the baseline', () => {
    expect(warnings('Giảm 7% sovới năm 2022')).toEqual([{ code: 'baseline_not_read', found: 'năm 2022', suggestion: 'so với', column: 15 }]);
    expect(warnings('Giảm 7% so với năm 2022')).toEqual([]);
    // No baseline written: read by a convention, which the warning names.
    expect(warnings('Giảm 50% tổng số đối tượng truy nã')).toEqual([{ code: 'baseline_unwritten', found: 'cùng kỳ', suggestion: undefined, column: 1 }]);
    const start = safeParseTarget('Giảm 50% tổng số đối tượng truy nã', { conventions: { unwrittenBaseline: 'period_start' } });
    expect(start.success && start.target.clauses[0]).toMatchObject({ baseline: { kind: 'period_start' } });
    expect(start.success && start.warnings.map((w) => w.found)).toEqual(['đầu kỳ']);
  });

  it('zero tolerance opens its clause after a lead-in, and is named when it does not', () => {
    const kept = safeParseTarget('duy trì, không để phát sinh tệ nạn ma túy');
    expect(kept.success && kept.target.clauses[0]).toMatchObject({ kind: 'zero', verb: 'arise' });
    expect(kept.success && kept.warnings).toEqual([]);
    const inside = safeParseTarget('Đối với xã, phường không tệ nạn ma túy, duy trì không để phát sinh tệ nạn ma túy');
    expect(inside.success && inside.target.clauses[0]?.kind).toBe('qualitative');
    expect(inside.success && inside.warnings.map((w) => [w.code, w.found])).toEqual([['construct_not_read', 'không để phát sinh']]);
  });

  it('a change per year says it is read as each year against the one before, not as an average', () => {
    expect(warnings('Thu ngân sách nhà nước trên địa bàn tăng tối thiểu 10%/năm')).toEqual([{ code: 'change_each_year', found: '/năm', suggestion: undefined, column: 55 }]);
    expect(warnings('Hằng năm giảm 5% số vụ cháy')).toEqual([{ code: 'change_each_year', found: 'Hằng năm', suggestion: undefined, column: 1 }]);
    const r = safeParseTarget('Thu ngân sách tăng tối thiểu 10%/năm');
    expect(r.success && r.target.clauses[0]).toMatchObject({ kind: 'change', baseline: { kind: 'same_period_last_year' } });
    // A baseline written: no reading by default to speak of.
    expect(warnings('Giảm 5% số vụ cháy mỗi năm so với năm trước')).toEqual([]);
  });
});

describe('parseTarget', () => {
  it('throws ParseError with the first error spread on it', () => {
    try {
      parseTarget('Đạt từ 80% tro le');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      const error = e as ParseError;
      expect([error.code, error.line, error.column, error.offset, error.suggestion]).toEqual(['missing_closer', 1, 12, 11, 'trở lên']);
      expect(error.format('en')).toMatch(/^1:12: A range is not closed/);
    }
  });
});

describe('safeParseTarget warnings: nothing written is left out silently', () => {
  const codes = (s: string) => {
    const r = safeParseTarget(s);
    if (!r.success) throw r.error;
    return r.warnings.map((w) => `${w.code}:${w.found}`);
  };

  it('a figure left in the words is named', () => {
    expect(codes('tỷ số tử vong mẹ dưới 40/100.000 trẻ đẻ sống')).toEqual(['figure_not_read:40']);
  });

  it('an amount is read with its unit and scale words, exactly', () => {
    const bound = (s: string) => {
      const c = parseTarget(s).clauses[0]!;
      return c.kind === 'count' ? `${c.bound.op} ${c.bound.value} ${c.unit}` : c.kind;
    };
    expect(bound('Thu ngân sách nhà nước trên địa bàn đạt 12.500 tỷ đồng')).toBe('gte 12500 tỷ đồng');
    expect(bound('Thu nội địa đạt 12,5 nghìn tỷ đồng')).toBe('gte 12500 tỷ đồng');
    expect(bound('Thu ngân sách đạt 12.500 tỉ đồng')).toBe('gte 12500 tỷ đồng');
    expect(bound('Sản lượng lương thực đạt trên 500 nghìn tấn')).toBe('gt 500000 tấn');
    expect(bound('GRDP bình quân đầu người đạt 60 triệu đồng/người/năm')).toBe('gte 60 triệu đồng');
    expect(bound('giải quyết việc làm cho 35.000 lao động')).toBe('gte 35000 lao động');
    expect(codes('GRDP bình quân đầu người đạt 60 triệu đồng/người/năm')).toEqual([]);
  });

  it('a ratio to population keeps its denominator in the subject, as one target', () => {
    const t = parseTarget('Số bác sĩ trên 10.000 dân đạt 13,5 bác sĩ');
    expect(t.clauses).toHaveLength(1);
    expect(t.clauses[0]).toMatchObject({ kind: 'count', bound: { op: 'gte', value: '13.5' }, unit: 'bác sĩ', subject: { before: 'Số bác sĩ trên 10.000 dân' } });
    expect(codes('Số bác sĩ trên một vạn dân đạt 12 bác sĩ')).toEqual([]);
  });

  it('a figure that qualifies the subject, or names a body, is not', () => {
    expect(codes('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%')).toEqual([]);
    expect(parseTarget('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%').clauses.map((c) => c.kind)).toEqual(['rate']);
  });

  it('a timing and the constructs not read yet are named', () => {
    expect(codes('Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm giai đoạn 2021-2025')).toEqual([
      'change_each_year:/năm',
      'rate_change_points:Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm giai đoạn 2021-2025',
      'timing_not_read:giai đoạn 2021-2025',
      'construct_not_read:bình quân',
    ]);
    expect(codes('Tăng trưởng kinh tế đạt 8%')).toEqual(['construct_not_read:Tăng trưởng']);
  });

  it('an average per year accounts for its growth words and its period; without a period it says so', () => {
    expect(codes('Tốc độ tăng trưởng GRDP bình quân 7%/năm giai đoạn 2021-2025')).toEqual([]);
    expect(codes('Thu ngân sách tăng bình quân 9 - 11%/năm')).toEqual(['average_period_unwritten:9']);
  });

  it('bình quân as a noun\'s adjective is no average, and what it leaves unread is named', () => {
    expect(codes('Giai đoạn 2021-2025, giá bán bình quân tăng 5%')).toEqual([
      'baseline_unwritten:cùng kỳ',
      'timing_not_read:Giai đoạn 2021-2025',
      'construct_not_read:bình quân',
    ]);
    expect(codes('Thu nhập bình quân tăng 8%/năm giai đoạn 2021-2025')).toEqual([]);
  });

  it('a bare figure where less is better is a ceiling, and says so', () => {
    expect(codes('tỷ lệ thất thoát, thất thu nước sạch 15,5%')).toEqual(['lower_is_better:thất thoát']);
    expect(parseTarget('tỷ lệ thất thoát, thất thu nước sạch 15,5%').clauses[0]).toMatchObject({ kind: 'rate', bound: { op: 'lte', value: '15.5' } });
    expect(codes('Tỷ lệ hộ nghèo dưới 3%')).toEqual([]); // a comparator written: no convention
  });

  it('the points-or-relative convention of a rate’s change is named', () => {
    expect(codes('Tỷ lệ hộ nghèo giảm 1,5%')).toEqual(['baseline_unwritten:cùng kỳ', 'rate_change_points:Tỷ lệ hộ nghèo']);
    expect(parseTarget('Tỷ lệ hộ nghèo giảm 1,5%').clauses[0]).toMatchObject({ kind: 'change', measure: 'points', bound: { value: '1.5' } });
    const relative = safeParseTarget('Tỷ lệ hộ nghèo giảm 1,5%', { conventions: { rateChange: 'relative' } });
    expect(relative.success && relative.warnings.map((w) => w.code)).toEqual(['baseline_unwritten', 'rate_change_relative']);
    expect(relative.success && relative.target.clauses[0]).not.toHaveProperty('measure');
  });

  it('a list of measures after the figure is one target each; measures only named are warned about', () => {
    const t = parseTarget('Giảm tai nạn giao thông từ 5% - 10% số vụ, số người chết, số người bị thương so với năm 2017');
    expect(t.clauses.map((c) => c.subject.after)).toEqual(['số vụ', 'số người chết', 'số người bị thương']);
    expect(t.clauses.every((c) => c.kind === 'change' && c.baseline.kind === 'year' && c.bound.stretch === '10')).toBe(true);
    expect(codes('Giảm tai nạn giao thông từ 5% - 10% số vụ, số người chết, số người bị thương so với năm 2017')).toEqual([]);
    expect(codes('kéo giảm tai nạn giao thông từ 5 - 10% trên cả ba tiêu chí so với năm 2025')).toEqual(['several_measures:ba tiêu chí']);
  });
});

describe('verb–subject–figure', () => {
  it('reads the opening verb as the change, with its baseline', () => {
    expect(formatTarget(parseTarget('Giảm số người chết do tai nạn giao thông ít nhất 5% so với năm 2023'))).toBe(
      'số người chết do tai nạn giao thông giảm ≥ 5% so với năm 2023',
    );
    const c = parseTarget('Kéo giảm số vụ cháy, nổ từ 3-5%').clauses[0]!;
    expect(c).toMatchObject({ kind: 'change', direction: 'decrease', bound: { op: 'gte', value: '3', stretch: '5' } });
  });

  it('leaves a noun phrase with tăng further in as it is', () => {
    expect(parseTarget('Tỷ lệ tăng dân số tự nhiên 1,05%').clauses[0]!.kind).toBe('rate');
  });
});
