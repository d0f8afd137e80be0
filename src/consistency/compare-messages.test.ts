import { describe, expect, it } from 'vitest';
import { change, qualitative, rate, year } from './clauses.fixture.js';
import { formatPairComparison } from './compare-messages.js';
import { comparePlans } from './compare-plans.js';
import { plan } from './plan.fixture.js';

const lower = plan([
  { stt: '2.3', clauses: [change('decrease', 'gte', '7', year(2022))] },
  { stt: '2.10', clauses: [rate('gte', '60')] },
  { stt: '2.1', clauses: [rate('eq', '100')] },
  { stt: '3.1', clauses: [qualitative()] },
]);
const higher = plan([
  { stt: 'A', clauses: [change('decrease', 'gte', '5', year(2022))] },
  { stt: 'C', clauses: [rate('eq', '100')] },
]);
const links = { pairs: [{ lower: '2.3', higher: 'A' }, { lower: '2.10', higher: 'C' }, { lower: '2.1', higher: 'C' }, { lower: '3.1', higher: 'C' }] };

describe('formatPairComparison', () => {
  const lines = (lang: 'vi' | 'en') => comparePlans(lower, higher, links).pairs.map((p) => formatPairComparison(p, lang));

  it('names the counterexample of a looser pair', () => {
    expect(lines('en')[1]).toBe('2.10 `≥ 60%` LOOSER than C `= 100%`: 60% meets 2.10 but fails C.');
    expect(lines('vi')[1]).toBe('2.10 `≥ 60%` LỎNG HƠN C `= 100%`: 60% đạt 2.10 nhưng không đạt C.');
  });

  it('shows a value only the higher admits for a stricter pair', () => {
    expect(lines('vi')[0]).toBe(
      '2.3 `giảm ≥ 7% so với năm 2022` chặt hơn A `giảm ≥ 5% so với năm 2022`: đạt 2.3 thì đạt A; ngược lại giảm 5% so với năm 2022 đạt A mà chưa đạt 2.3.',
    );
  });

  it('explains equal and not comparable pairs', () => {
    expect(lines('en')[2]).toBe('2.1 `= 100%` equal to C `= 100%`: both admit the same values.');
    expect(lines('en')[3]).toBe('3.1 `qualitative` not comparable with C `= 100%`: 3.1 has no figure to compare.');
  });
});
