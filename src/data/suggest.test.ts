import { describe, expect, it } from 'vitest';
import { parseObservations } from './parse-observations.js';
import { suggestDate, suggestId, suggestPeriod } from './suggest.js';
import { unusedMetricWarnings } from './unused.js';

describe('suggestions for a refused cell', () => {
  it.each([
    ['6 tháng 2020', '2020-H1'],
    ['6 tháng đầu năm 2023', '2023-H1'],
    ['6 THÁNG CUỐI NĂM 2023', '2023-H2'],
    ['Quý II/2023', '2023-Q2'],
    ['quý 3 năm 2023', '2023-Q3'],
    ['tháng 6/2023', '2023-06'],
    ['06/2023', '2023-06'],
    ['2023H1', '2023-H1'],
    ['năm 2023', '2023'],
    ['2023-06-01', '2023-06'],
  ])('period %s → %s', (text, period) => expect(suggestPeriod(text)).toBe(period));

  it('suggests nothing when nothing is likely', () => {
    expect([suggestPeriod('cả năm'), suggestPeriod('13/2023'), suggestDate('31/13/2023'), suggestId('3.2', ['3.1'])]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('suggests the ISO date of a Vietnamese one, and the id a data row probably meant', () => {
    expect(suggestDate('30/06/2023')).toBe('2023-06-30');
    expect(suggestId('3.1.B', ['3.1', '3.1.b'])).toBe('3.1.b');
    expect(suggestId('3,4', ['3.4'])).toBe('3.4');
  });

  it('puts them on the issues and warnings', () => {
    expect(() => parseObservations({ observations: [{ metric: '1', period: '6 tháng 2020', value: 1 }] })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ suggestion: '2020-H1' })] }));
    const set = parseObservations({ observations: [{ metric: '3.1.B', period: '2023', value: 1 }] });
    expect(unusedMetricWarnings(set, ['3.1.b'])).toMatchObject([{ code: 'unused_metric', found: '3.1.B', suggestion: '3.1.b' }]);
  });
});
