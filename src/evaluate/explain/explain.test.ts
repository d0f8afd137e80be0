import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../evaluate.js';
import { rows } from '../rows.fixture.js';

const say = (text: string, data: ReturnType<typeof rows>, options = {}) => evaluateTarget(text, data, options).explanation;

describe('explanations', () => {
  it('a missed rate: the gap in percentage points and the cases that would meet it', () => {
    expect(say('Đạt tỷ lệ từ 80% trở lên', rows({ period: '2023', numerator: 157, denominator: 200 }))).toBe(
      'Không đạt: tỷ lệ 78,5% (157/200), mức ≥ 80%: còn thiếu 1,5 điểm phần trăm; thêm 3 trường hợp (160/200) thì đạt',
    );
    expect(say('Đạt tỷ lệ từ 80% trở lên', rows({ period: '2023', numerator: 157, denominator: 200 }), { lang: 'en' })).toBe(
      'Not met: rate 78.5% (157/200), bound ≥ 80%: 1.5 percentage points short; 3 more cases (160/200) would meet it',
    );
  });

  it('one case is singular in English', () => {
    expect(say('Đạt tỷ lệ từ 80% trở lên', rows({ period: '2023', numerator: 159, denominator: 200 }), { lang: 'en' })).toContain('1 more case (160/200)');
  });

  it('a task due today is not yet late, and says it is due today', () => {
    const data = rows();
    expect(say('Quý I', data, { year: 2023, asOf: '2023-03-31' })).toContain('hôm nay là hạn chót');
    expect(say('Quý I', data, { year: 2023, asOf: '2023-03-31', lang: 'en' })).toContain('due today');
  });

  it('figures the Vietnamese way: 1.000 and 9,95%', () => {
    const text = say('giảm 5% so với năm 2022', rows({ period: '2022', value: 2000 }, { period: '2023', value: 1801 }));
    expect(text).toBe('Vượt: từ 2.000 (năm 2022) xuống 1.801 (năm 2023): giảm 9,95%, mức giảm ≥ 5% so với năm 2022: dư 4,95 điểm phần trăm');
  });

  it('a cut that went the wrong way says so, and how far to go', () => {
    expect(say('Giảm 07% so với năm 2022', rows({ period: '2022', value: 400 }, { period: '2023', value: 410 }))).toBe(
      'Không đạt: từ 400 (năm 2022) lên 410 (năm 2023): tăng 2,5%, mức giảm ≥ 7% so với năm 2022: còn thiếu 9,5 điểm phần trăm; giảm thêm 38 (xuống 372) thì đạt',
    );
  });

  it('per-unit shortfalls are named', () => {
    expect(
      say('Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm', rows({ period: '2023', unit: 'THCS A', value: 2 }, { period: '2023', unit: 'THPT B', value: 1 })),
    ).toBe('Không đạt: 1/2 đơn vị trường học đạt; THPT B: 1 lần, mức ≥ 2 lần/năm: còn thiếu 1 lần; thêm 1 lần thì đạt');
  });

  it('several checks: units pass only when all their periods do; misses named, not-yet-due counted', () => {
    const data = rows(
      { unit: 'A', period: '2023-Q1', value: 1 },
      { unit: 'A', period: '2023-Q2', value: 0 },
      { unit: 'B', period: '2023-Q1', value: 1 },
      { unit: 'B', period: '2023-Q2', value: 2 },
    );
    expect(say('Mỗi xã tổ chức 01 lần hằng quý', data, { period: '2023', asOf: '2023-07-15' })).toBe(
      'Không đạt: 0/2 xã đạt; A, quý II/2023: 0 lần, mức ≥ 1 lần/quý: còn thiếu 1 lần; thêm 1 lần thì đạt; còn 4 lượt chưa đến hạn',
    );
    expect(say('01 lần hằng quý', rows({ period: '2023-Q1', value: 1 }), { period: '2023', asOf: '2023-12-31', lang: 'en' })).toBe(
      'No data: 1/4 periods met; Q2 2023: no figure for Q2 2023 (metric with no id); Q3 2023: no figure for Q3 2023 (metric with no id); Q4 2023: no figure for Q4 2023 (metric with no id)',
    );
  });

  it('a progress check is labelled as one', () => {
    expect(say('550 hồ sơ', rows({ period: '2023-H1', value: 300 }))).toBe(
      'Kiểm tra tiến độ (số liệu 6 tháng đầu năm 2023): Chưa đến hạn: tính đến 30/06/2023, hạn 31/12/2023: 300 hồ sơ, mức ≥ 550 hồ sơ: còn thiếu 250 hồ sơ; thêm 250 hồ sơ thì đạt',
    );
  });

  it('missing data names what is missing and the id rows must carry', () => {
    expect(say('Giảm 07% so với năm 2022', rows({ metric: '2.3', period: '2023', value: 380 }), { metric: '2.3' })).toBe(
      'Chưa có dữ liệu: thiếu số liệu mốc so sánh năm 2022 (chỉ tiêu 2.3)',
    );
    expect(say('Đạt trên 91%', rows(), { year: 2023, lang: 'en' })).toBe('No data: no figure for 2023 (metric with no id)');
  });

  it('tasks: late, overdue and early', () => {
    expect(say('Quý I', rows({ completed: '2023-04-05' }), { year: 2023 })).toBe('Không đạt: hoàn thành 05/04/2023, trễ 5 ngày so với hạn 31/03/2023 (quý I/2023)');
    expect(say('Quý I', rows(), { year: 2023, asOf: '2023-04-30', lang: 'en' })).toBe(
      'Not met: not completed, 30 days past the deadline 2023-03-31 (Q1 2023), as of 2023-04-30',
    );
  });

  it('compounds: the combined status, then each clause', () => {
    const text = say(
      'Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ 96% trở lên',
      rows({ period: '2023', numerator: 170, denominator: 200 }, { metric: 'b', period: '2023', numerator: 24, denominator: 25 }),
    );
    expect(text).toBe(
      'Đạt (2/2 vế đạt): 1) Vượt: tỷ lệ 85% (170/200), mức ≥ 80%: dư 5 điểm phần trăm; 2) Đạt: tỷ lệ 96% (24/25), mức ≥ 96%: vừa đúng mức',
    );
  });

  it('a strict bound exactly equalled says it must be beaten', () => {
    expect(say('Đạt trên 91%', rows({ period: '2023', numerator: 91, denominator: 100 }))).toBe(
      'Không đạt: tỷ lệ 91% (91/100), mức > 91%: bằng đúng mức, cần vượt mức; thêm 1 trường hợp (92/100) thì đạt',
    );
  });
});
