import { describe, expect, it } from 'vitest';
import type { Schedule } from '../ast/types.js';
import { scheduleDeadlines } from './schedule.js';

const dues = (s: Schedule, year?: number) => scheduleDeadlines(s, year)?.map((d) => d.due);

describe('scheduleDeadlines', () => {
  it('Quý I: the last day of Q1 of the plan year', () => {
    expect(dues({ kind: 'by', period: { unit: 'quarter', index: 1 } }, 2023)).toEqual(['2023-03-31']);
  });

  it('Hoàn thành trong Quý II/2023 keeps its own year whatever the plan year', () => {
    expect(dues({ kind: 'by', period: { unit: 'quarter', index: 2, year: 2023 } }, 2030)).toEqual(['2023-06-30']);
  });

  it('trước ngày 15/03/2023: the 14th is the last allowed day', () => {
    expect(dues({ kind: 'before', date: '2023-03-15' })).toEqual(['2023-03-14']);
  });

  it('Quý I và cả năm 2023: two deliveries, earliest first', () => {
    const s: Schedule = {
      kind: 'all',
      parts: [
        { kind: 'throughout', period: { unit: 'year', year: 2023 } },
        { kind: 'by', period: { unit: 'quarter', index: 1 } },
      ],
    };
    expect(dues(s, 2023)).toEqual(['2023-03-31', '2023-12-31']);
  });

  it('Tháng 1 và tháng 6', () => {
    const s: Schedule = { kind: 'all', parts: [{ kind: 'by', period: { unit: 'month', index: 1 } }, { kind: 'by', period: { unit: 'month', index: 6 } }] };
    expect(dues(s, 2023)).toEqual(['2023-01-31', '2023-06-30']);
  });

  it('Định kỳ (6 tháng, 1 năm): a half-year and a year report, the year one labelled as such', () => {
    const out = scheduleDeadlines({ kind: 'recurring', every: ['half', 'year'] }, 2023)!;
    expect(out.map((d) => d.due)).toEqual(['2023-06-30', '2023-12-31']);
    expect(out[1]?.period?.unit).toBe('year');
    expect(dues({ kind: 'recurring', every: ['quarter'] }, 2023)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  });

  it('is undefined when a part has no year to sit in', () => {
    expect(scheduleDeadlines({ kind: 'by', period: { unit: 'quarter', index: 1 } }, undefined)).toBeUndefined();
    expect(scheduleDeadlines({ kind: 'recurring', every: ['year'] }, undefined)).toBeUndefined();
    expect(dues({ kind: 'before', date: '2023-03-15' }, undefined)).toEqual(['2023-03-14']);
  });
});
