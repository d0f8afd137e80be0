import { describe, expect, it } from 'vitest';
import { parseTarget } from '../api/index.js';
import type { Target } from '../ast/types.js';
import { evaluateTarget } from './evaluate.js';
import { rows } from './rows.fixture.js';

const clause0 = (text: string | Target, data: ReturnType<typeof rows>, options = {}) => evaluateTarget(text, data, options).clauses[0]!;

describe('rates', () => {
  it('170/200 against ≥ 80%: exceeded by 5 points, and 11 fewer cases would miss', () => {
    const c = clause0('Đạt tỷ lệ từ 80% trở lên', rows({ period: '2023', numerator: 170, denominator: 200 }));
    expect(c.status).toBe('exceeded');
    expect(c.checks[0]).toMatchObject({ value: '85', gap: { value: '5', unit: 'percentage_point', exact: true }, flip: { delta: -11, result: '159', to: 'not_met' } });
    expect(c.checks[0]?.current).toEqual({ row: 0, period: '2023', value: '85', numerator: '170', denominator: '200' });
  });

  it('exactly on an inclusive bound is met; on a strict bound it is not', () => {
    expect(clause0('Đạt tỷ lệ từ 80% trở lên', rows({ period: '2023', numerator: 160, denominator: 200 })).status).toBe('met');
    expect(clause0('Đạt trên 91%', rows({ period: '2023', numerator: 91, denominator: 100 })).status).toBe('not_met');
    expect(clause0('Đạt trên 91%', rows({ period: '2023', numerator: 92, denominator: 100 })).status).toBe('met');
  });

  it('100% is only ever met, never exceeded', () => {
    expect(clause0('Đảm bảo tiếp nhận 100%', rows({ period: '2023', numerator: 37, denominator: 37 })).status).toBe('met');
    const miss = clause0('Đảm bảo tiếp nhận 100%', rows({ period: '2023', numerator: 36, denominator: 37 }));
    expect(miss.status).toBe('not_met');
    expect(miss.checks[0]?.flip).toEqual({ delta: 1, result: '37', to: 'met' });
  });

  it('reads a rate given as a percentage value, with no flip (no numerator to change)', () => {
    const c = clause0('Đạt trên 91%', rows({ period: '2023', value: '91.5' }));
    expect(c.status).toBe('met');
    expect(c.checks[0]?.gap).toMatchObject({ value: '0.5' });
    expect(c.checks[0]?.flip).toBeUndefined();
  });

  it('a denominator of 0 has no rate: no data, never 0%', () => {
    const c = clause0('Đạt trên 91%', rows({ period: '2023', numerator: 0, denominator: 0 }));
    expect([c.status, c.reason]).toEqual(['no_data', 'zero_denominator']);
  });

  it('approx: within ±5% of the figure is met, above is exceeded, below is not met', () => {
    const at = (n: number) => clause0('khoảng 80%', rows({ period: '2023', numerator: n, denominator: 1000 })).status;
    expect([at(759), at(760), at(800), at(840), at(841)]).toEqual(['not_met', 'met', 'met', 'met', 'exceeded']);
  });
});

describe('changes', () => {
  const data = (cur: number | string, base: number | string = 412) => rows({ period: '2022', value: base }, { period: '2023', value: cur });

  it('giảm 7% from 412: 383 is exceeded (7.04%), 400 is not met and needs 17 fewer', () => {
    expect(clause0('Giảm 07% so với năm 2022', data(383)).status).toBe('exceeded');
    const c = clause0('Giảm 07% so với năm 2022', data(400));
    expect(c.status).toBe('not_met');
    expect(c.checks[0]).toMatchObject({ value: '2.91', valueExact: false, flip: { delta: -17, result: '383', to: 'met' } });
    expect(c.checks[0]?.baseline).toMatchObject({ period: '2022', value: '412', kind: 'year', row: 0 });
  });

  it('a range: beyond the floor is met up to and including the stretch, exceeded beyond it', () => {
    const at = (cur: number) => clause0('kéo giảm từ 5-10% số vụ so với năm 2022', data(cur, 1000)).status;
    expect([at(951), at(950), at(920), at(900), at(899)]).toEqual(['not_met', 'met', 'met', 'met', 'exceeded']);
  });

  it('an increase is symmetrical', () => {
    const at = (cur: number) => clause0('tăng 10% so với năm 2022', data(cur, 200)).status;
    expect([at(219), at(220), at(221)]).toEqual(['not_met', 'met', 'exceeded']);
  });

  it('a change against a baseline of 0 cannot be judged', () => {
    expect(clause0('Giảm 07% so với năm 2022', data(0, 0)).reason).toBe('zero_baseline');
  });

  it('a missing baseline is no data naming its period, never a baseline of 0', () => {
    const c = clause0('Giảm 07% so với năm 2022', rows({ period: '2023', value: 380 }));
    expect([c.status, c.reason, c.checks[0]?.baselinePeriod]).toEqual(['no_data', 'missing_baseline', '2022']);
  });

  it('exact decimal strings stay exact: 93.0000000000000001 is not a 7% cut of 100', () => {
    expect(clause0('Giảm 07% so với năm 2022', data('93.0000000000000001', 100)).status).toBe('not_met');
    expect(clause0('Giảm 07% so với năm 2022', data('93', '100.0000000000000000')).status).toBe('met');
  });

  it('so với đầu kỳ takes the stock at the start of the period from `start`', () => {
    const target = parseTarget('Giảm 50% tổng số đối tượng truy nã ở trong nước do đơn vị ra quyết định.', { conventions: { unwrittenBaseline: 'period_start' } });
    expect(clause0(target, rows({ period: '2023', value: 20, start: 40 })).status).toBe('met');
    expect(clause0(target, rows({ period: '2023', value: 21, start: 40 })).status).toBe('not_met');
    expect(clause0(target, rows({ period: '2023', value: 21 })).reason).toBe('missing_start');
  });
});

describe('comparisons, zero tolerance, counts', () => {
  it('thấp hơn năm 2022 compares rates as rates', () => {
    const c = clause0('Tỷ lệ tái phạm tội thấp hơn năm 2022', rows({ period: '2022', numerator: 5, denominator: 130 }, { period: '2023', numerator: 3, denominator: 120 }));
    expect(c.status).toBe('met');
    expect(c.checks[0]?.gap).toMatchObject({ value: '1.35', unit: 'percentage_point', exact: false });
  });

  it('nhiều hơn năm 2022: equal is not more', () => {
    const at = (n: number) => clause0('Số buổi hội nghị nhiều hơn năm 2022', rows({ period: '2022', value: 10 }, { period: '2023', value: n })).status;
    expect([at(10), at(11)]).toEqual(['not_met', 'met']);
  });

  it('không để xảy ra: 0 is met (never exceeded), anything else is not met', () => {
    expect(clause0('Không để xảy ra.', rows({ period: '2023', value: 0 })).status).toBe('met');
    const c = clause0('Không để xảy ra.', rows({ period: '2023', value: 2 }));
    expect([c.status, c.checks[0]?.gap?.value]).toEqual(['not_met', '-2']);
  });

  it('550 hồ sơ: gap and flip in hồ sơ', () => {
    const c = clause0('550 hồ sơ', rows({ period: '2023', value: 530 }));
    expect(c.status).toBe('not_met');
    expect(c.checks[0]).toMatchObject({ gap: { value: '-20', unit: 'count', unitLabel: 'hồ sơ' }, flip: { delta: 20, to: 'met' } });
  });

  it('a count row is not a rate: an unusable row is no data', () => {
    expect(clause0('550 hồ sơ', rows({ period: '2023', numerator: 1, denominator: 2 })).reason).toBe('unusable_row');
  });
});

describe('per unit (Mỗi đơn vị ...)', () => {
  const target = 'Mỗi đơn vị trường học tổ chức tuyên truyền phòng, chống tội phạm 02 lần/năm';

  it('every unit must meet it; the units that fall short are listed', () => {
    const c = clause0(target, rows(
      { period: '2023', unit: 'THCS Cẩm Phả', value: 2 },
      { period: '2023', unit: 'THPT Hòn Gai', value: 1 },
      { period: '2023', unit: 'THCS Cẩm Thịnh', value: 0 },
    ));
    expect(c.status).toBe('not_met');
    expect(c.shortfall).toEqual(['THPT Hòn Gai', 'THCS Cẩm Thịnh']);
    expect(c.checks.map((k) => [k.unit, k.status])).toEqual([
      ['THCS Cẩm Phả', 'met'],
      ['THPT Hòn Gai', 'not_met'],
      ['THCS Cẩm Thịnh', 'not_met'],
    ]);
  });

  it('with no per-unit rows there is nothing to judge; a total row is not read as every unit', () => {
    const c = clause0(target, rows({ period: '2023', value: 40 }));
    expect([c.status, c.reason, c.checks]).toEqual(['no_data', 'no_units', []]);
  });

  it('a whole-target with only per-unit rows is no data, not their sum', () => {
    const c = clause0('550 hồ sơ', rows({ period: '2023', unit: 'A', value: 300 }, { period: '2023', unit: 'B', value: 300 }));
    expect([c.status, c.reason]).toEqual(['no_data', 'units_only']);
  });
});

describe('frequencies and progress', () => {
  it('01 lần hằng quý over a year checks each quarter', () => {
    const c = clause0('01 lần hằng quý', rows({ period: '2023-Q1', value: 1 }, { period: '2023-Q2', value: 2 }, { period: '2023-Q3', value: 0 }), { period: '2023' });
    expect(c.checks.map((k) => [k.period, k.status])).toEqual([
      ['2023-Q1', 'met'],
      ['2023-Q2', 'exceeded'],
      ['2023-Q3', 'not_met'],
      ['2023-Q4', 'no_data'],
    ]);
    expect(c.status).toBe('not_met');
    expect(c.progress).toBe(false);
  });

  it('quarters not yet over at asOf are not due rather than missing', () => {
    const c = clause0('01 lần hằng quý', rows({ period: '2023-Q1', value: 1 }, { period: '2023-Q2', value: 1 }), { period: '2023', asOf: '2023-08-15' });
    expect(c.checks.map((k) => k.status)).toEqual(['met', 'met', 'not_due', 'not_due']);
    expect(c.status).toBe('not_due');
  });

  it('an annual count on H1 data is a progress check: not reached yet is not due, with the gap', () => {
    const v = evaluateTarget('550 hồ sơ', rows({ period: '2023-H1', value: 300 }));
    expect([v.status, v.period, v.progress]).toEqual(['not_due', '2023-H1', true]);
    expect(v.clauses[0]?.checks[0]).toMatchObject({ reason: 'pending', due: '2023-12-31', gap: { value: '-250' } });
    expect(evaluateTarget('550 hồ sơ', rows({ period: '2023-H1', value: 560 })).status).toBe('exceeded');
  });

  it('a ceiling broken in H1 is not met at once; a count not reached at year end is not met', () => {
    expect(evaluateTarget('Không để xảy ra.', rows({ period: '2023-H1', value: 1 })).status).toBe('not_met');
    expect(evaluateTarget('550 hồ sơ', rows({ period: '2023', value: 300 })).status).toBe('not_met');
  });

  it('a period that has not ended at asOf, with no figure yet, is not due', () => {
    const c = clause0('Đạt trên 91%', rows(), { period: '2023', asOf: '2023-05-01' });
    expect([c.status, c.reason]).toEqual(['not_due', 'not_yet_due']);
  });
});

describe('baselines over periods of equal length', () => {
  const data = rows(
    { period: '2022', value: 1000 },
    { period: '2022-H1', value: 500 },
    { period: '2023-H1', value: 460 },
  );

  it('so với năm 2022 on H1 data compares H1 with H1', () => {
    const v = evaluateTarget('Giảm 07% so với năm 2022', data, { period: '2023-H1' });
    expect(v.clauses[0]?.checks[0]?.baseline).toMatchObject({ period: '2022-H1', value: '500' });
    expect([v.status, v.progress]).toEqual(['exceeded', true]);
  });

  it('so với cùng kỳ compares the same half a year earlier', () => {
    expect(evaluateTarget('giảm 8% so với cùng kỳ', data, { period: '2023-H1' }).clauses[0]?.checks[0]?.baseline?.period).toBe('2022-H1');
  });

  it('so với năm trước is the year before the plan year', () => {
    const v = evaluateTarget('giảm 8% so với năm trước', data, { year: 2023 });
    expect(v.period).toBe('2023-H1');
    expect(v.clauses[0]?.checks[0]?.baseline?.period).toBe('2022-H1');
  });

  it('the parsed target and its AST give the same verdict', () => {
    const t = parseTarget('Giảm 07% so với năm 2022');
    expect(evaluateTarget(t, data, { period: '2023-H1' })).toEqual(evaluateTarget('Giảm 07% so với năm 2022', data, { period: '2023-H1' }));
  });
});
