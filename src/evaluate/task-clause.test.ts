import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate.js';
import { rows } from './rows.fixture.js';

const task = (text: string, data: ReturnType<typeof rows>, options: { year?: number; asOf?: string } = {}) =>
  evaluateTarget(text, data, { year: 2023, ...options }).clauses[0]!;

describe('tasks against deadlines', () => {
  it('Quý I: completed by 31 March is met, with the days early', () => {
    const c = task('Quý I', rows({ completed: '2023-03-20' }));
    expect(c.status).toBe('met');
    expect(c.deadlines).toEqual([{ status: 'met', due: '2023-03-31', completed: '2023-03-20', row: 0, daysLate: -11, period: '2023-Q1' }]);
  });

  it('completed after the deadline is not met, late by so many days', () => {
    const c = task('Quý I', rows({ completed: '2023-04-05' }));
    expect([c.status, c.reason, c.deadlines?.[0]?.daysLate]).toEqual(['not_met', 'late', 5]);
  });

  it('not completed: not due before the deadline, overdue after it', () => {
    const before = task('Quý II', rows(), { asOf: '2023-06-10' });
    expect([before.status, before.reason, before.deadlines?.[0]?.daysLeft]).toEqual(['not_due', 'not_yet_due', 20]);
    const after = task('Quý II', rows(), { asOf: '2023-07-10' });
    expect([after.status, after.reason, after.deadlines?.[0]?.daysLate]).toEqual(['not_met', 'overdue', 10]);
  });

  it('a completion after asOf is not yet known at asOf', () => {
    expect(task('Quý II', rows({ completed: '2023-06-20' }), { asOf: '2023-06-10' }).status).toBe('not_due');
  });

  it('trước ngày 15/03/2023 is strict: the 15th is one day late', () => {
    expect(task('trước ngày 15/03/2023', rows({ completed: '2023-03-14' })).status).toBe('met');
    const c = task('trước ngày 15/03/2023', rows({ completed: '2023-03-15' }));
    expect([c.status, c.deadlines?.[0]?.daysLate]).toEqual(['not_met', 1]);
  });

  it('Hoàn thành trong Quý II/2023 keeps its own year', () => {
    expect(evaluateTarget('Hoàn thành trong Quý II/2023', rows({ completed: '2023-06-30' })).status).toBe('met');
  });

  it('Tháng 1 và tháng 6: the k-th completion delivers the k-th deadline', () => {
    const c = task('Tháng 1 và tháng 6', rows({ completed: '2023-06-02' }, { completed: '2023-01-20' }));
    expect(c.deadlines?.map((d) => [d.due, d.completed, d.status])).toEqual([
      ['2023-01-31', '2023-01-20', 'met'],
      ['2023-06-30', '2023-06-02', 'met'],
    ]);
    const one = task('Tháng 1 và tháng 6', rows({ completed: '2023-02-10' }));
    expect(one.deadlines?.map((d) => d.status)).toEqual(['not_met', 'not_met']);
    expect(one.status).toBe('not_met');
  });

  it('Quý I và cả năm 2023: first delivery by Q1, the ongoing part judged at year end', () => {
    const c = task('Quý I và cả năm 2023', rows({ completed: '2023-03-01' }), { asOf: '2023-09-30' });
    expect(c.deadlines?.map((d) => d.status)).toEqual(['met', 'not_due']);
    expect(c.status).toBe('not_due');
  });

  it('Định kỳ (6 tháng, 1 năm): a half-year and a year report', () => {
    const c = task('Định kỳ (6 tháng, 1 năm)', rows({ completed: '2023-06-25' }, { completed: '2023-12-20' }));
    expect(c.deadlines?.map((d) => [d.due, d.status])).toEqual([
      ['2023-06-30', 'met'],
      ['2023-12-31', 'met'],
    ]);
  });

  it('without any year to place Quý I in, there is no deadline to judge', () => {
    const v = evaluateTarget('Quý I', rows({ completed: '2023-03-01' }));
    expect([v.status, v.clauses[0]?.reason]).toEqual(['no_data', 'unknown_period']);
  });

  it('binds completions by task id', () => {
    const data = rows({ task: 'II.1', completed: '2023-03-01' }, { task: 'II.2', completed: '2023-05-01' });
    expect(evaluateTarget('Quý I', data, { year: 2023, metric: 'II.1' }).status).toBe('met');
    expect(evaluateTarget('Quý I', data, { year: 2023, metric: 'II.2' }).status).toBe('not_met');
  });
});
