import { describe, expect, it } from 'vitest';
import { parseTarget } from '../api/index.js';
import { DataError } from '../data/data-error.js';
import { resolveContext } from './context.js';
import { rows } from './rows.fixture.js';

const change = parseTarget('Giảm 07% so với năm 2022');

describe('resolveContext', () => {
  it('defaults to the latest period in the data, never a baseline year', () => {
    const ctx = resolveContext(change, rows({ period: '2022', value: 1 }, { period: '2023-H1', value: 1 }, { period: '2023-Q1', value: 1 }), {});
    expect([ctx.period, ctx.planYear, ctx.asOf]).toEqual([{ year: 2023, unit: 'half', index: 1 }, 2023, '2023-06-30']);
    const onlyBase = resolveContext(change, rows({ period: '2022', value: 1 }), {});
    expect(onlyBase.period).toBeUndefined();
  });

  it('a year narrows the candidates; a period is taken as given', () => {
    const data = rows({ period: '2023', value: 1 }, { period: '2024-Q1', value: 1 });
    expect(resolveContext(change, data, { year: 2023 }).period).toEqual({ year: 2023, unit: 'year', index: 1 });
    expect(resolveContext(change, data, { period: '2024-06', year: 2024 }).period).toEqual({ year: 2024, unit: 'month', index: 6 });
    expect(resolveContext(change, rows(), { year: 2025 }).period).toEqual({ year: 2025, unit: 'year', index: 1 });
  });

  it('falls back to the year of asOf, then to a year written in the schedule', () => {
    expect(resolveContext(parseTarget('Quý I'), rows(), { asOf: '2024-02-01' }).planYear).toBe(2024);
    expect(resolveContext(parseTarget('Hoàn thành trong Quý II/2023'), rows(), {}).planYear).toBe(2023);
    expect(resolveContext(parseTarget('Quý I'), rows(), {}).planYear).toBeUndefined();
  });

  it('rejects bad options as bad input, with the option path', () => {
    expect(() => resolveContext(change, rows(), { period: '2023-13' })).toThrow(DataError);
    expect(() => resolveContext(change, rows(), { asOf: '2023-02-30' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'asOf'] })] }));
    expect(() => resolveContext(change, rows(), { year: 23 })).toThrow(DataError);
  });
});
