import { describe, expect, it } from 'vitest';
import { indexObservations } from './lookup.js';
import { parseObservations } from './parse-observations.js';

describe('indexObservations', () => {
  const set = parseObservations({
    observations: [
      { metric: '1.3', period: '2023', unit: 'B', value: 1 },
      { metric: '1.3', period: '2023', unit: 'A', value: 2 },
      { metric: '1.3', period: '2022', value: 5 },
      { metric: '__proto__', period: '2023', value: 7 },
      { task: 'T', completed: '2023-06-01' },
      { task: 'T', completed: '2023-01-15' },
      { completed: '2023-02-01' },
    ],
  });
  const index = indexObservations(set);

  it('finds whole and per-unit rows apart', () => {
    expect(index.get('1.3', '2023')).toBeUndefined();
    expect(index.get('1.3', '2023', 'A')?.row).toBe(1);
    expect(index.units('1.3', '2023').map((o) => o.unit)).toEqual(['B', 'A']);
    expect(index.get('1.3', '2022')?.row).toBe(2);
    expect(index.periods('1.3')).toEqual(['2023', '2022']);
  });

  it('keeps odd ids such as __proto__ as plain keys', () => {
    expect(index.get('__proto__', '2023')?.row).toBe(3);
    expect(index.get('constructor', '2023')).toBeUndefined();
    expect(index.periods('toString')).toEqual([]);
  });

  it('sorts the completions of a task by date, keeping unnamed tasks apart', () => {
    expect(index.completions('T').map((c) => c.completed)).toEqual(['2023-01-15', '2023-06-01']);
    expect(index.completions(undefined).map((c) => c.row)).toEqual([6]);
  });

  it('is built once per set', () => {
    expect(indexObservations(set)).toBe(index);
  });
});
