import { describe, expect, it } from 'vitest';
import { ParseError } from '../diagnostics/parse-error.js';
import { evaluateTarget } from './evaluate.js';
import { rows } from './rows.fixture.js';

const compound = 'Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng đạt từ 96% trở lên trong tổng số án khởi tố.';

describe('evaluateTarget', () => {
  it('gives one sub-verdict per clause, bound by metric ids 2.6 and 2.6.b; the statement takes the worst', () => {
    const data = rows(
      { metric: '2.6', period: '2023', numerator: 170, denominator: 200 },
      { metric: '2.6.b', period: '2023', numerator: 47, denominator: 50 },
    );
    const v = evaluateTarget(compound, data, { metric: '2.6' });
    expect(v.clauses.map((c) => [c.metric, c.part, c.status])).toEqual([
      ['2.6', 'main', 'exceeded'],
      ['2.6.b', 'of_which', 'not_met'],
    ]);
    expect([v.status, v.label, v.metric, v.period, v.year]).toEqual(['not_met', 'không đạt', '2.6', '2023', 2023]);
  });

  it('without a metric, unnamed rows bind to the first clause and rows named b to the second', () => {
    const data = rows({ period: '2023', numerator: 170, denominator: 200 }, { metric: 'b', period: '2023', numerator: 49, denominator: 50 });
    expect(evaluateTarget(compound, data).clauses.map((c) => c.status)).toEqual(['exceeded', 'exceeded']);
    expect(evaluateTarget(compound, data).status).toBe('exceeded');
  });

  it('never drops a clause: one with no rows is no data and holds the statement at no data', () => {
    const v = evaluateTarget(compound, rows({ period: '2023', numerator: 170, denominator: 200 }));
    expect(v.clauses.map((c) => c.status)).toEqual(['exceeded', 'no_data']);
    expect(v.status).toBe('no_data');
  });

  it('two main clauses (Chuyển hóa ... 60%; 85% ...) are both judged', () => {
    const text = 'Chuyên hóa thành công 60% địa bàn được xác định là trọng điểm; 85% các địa bàn đã chuyên hóa thành công không tái phức tạp trở lại';
    const v = evaluateTarget(text, rows({ period: '2023', numerator: 3, denominator: 5 }, { metric: 'b', period: '2023', numerator: 2, denominator: 3 }));
    expect(v.clauses.map((c) => [c.part, c.status])).toEqual([
      ['main', 'met'],
      ['main', 'not_met'],
    ]);
  });

  it('parses text with parseTarget and lets a ParseError through', () => {
    expect(() => evaluateTarget('Đạt từ 80% trở', rows())).toThrow(ParseError);
  });

  it('is pure: same input, same verdict; the data is not touched', () => {
    const data = rows({ period: '2022', value: 412 }, { period: '2023', value: 380 });
    const before = JSON.stringify(data);
    const a = evaluateTarget('Giảm 07% so với năm 2022', data);
    const b = evaluateTarget('Giảm 07% so với năm 2022', data);
    expect(a).toEqual(b);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('is plain data: a JSON round trip keeps the verdict whole', () => {
    const v = evaluateTarget(compound, rows({ period: '2023', numerator: 1, denominator: 2 }), { year: 2023 });
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});
