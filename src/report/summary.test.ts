import { describe, expect, it } from 'vitest';
import type { PlanSection } from '../plan/types.js';
import { groupBySection, summarizeUnits, totalize } from './summary.js';
import type { EntryReport } from './types.js';

const span = { start: 0, end: 0, line: 1, column: 1 };
const section = (number: string): PlanSection => ({ kind: 'section', number, title: `Mục ${number}`, children: [], span });
const target = (stt: string, status: EntryReport['status'], lead: string[]): EntryReport => ({
  kind: 'target', stt, description: '', statement: '', lead, coordinators: [], metrics: [stt], line: 1, status, label: '',
});
const task = (id: string, status: EntryReport['status'], lead: string[]): EntryReport => ({
  kind: 'task', id, stt: id, description: '', timing: '', lead, coordinators: [], line: 1, status, label: '', deadlines: [],
});

describe('groupBySection', () => {
  it('puts consecutive entries of the same sections together, and starts again when they change', () => {
    const [a, b] = [section('1'), section('2')];
    const groups = groupBySection([
      { report: target('1.1', 'met', []), sections: [a] },
      { report: target('1.2', 'met', []), sections: [a] },
      { report: target('2.1', 'met', []), sections: [b] },
      { report: target('x', 'met', []), sections: [] },
      { report: target('1.3', 'met', []), sections: [a] },
    ]);
    expect(groups.map((g) => [g.sections.map((s) => s.number).join(''), g.entries.length])).toEqual([
      ['1', 2],
      ['2', 1],
      ['', 1],
      ['1', 1],
    ]);
  });
});

describe('summarizeUnits and totalize', () => {
  const entries = [
    target('1', 'met', ['Công an', 'Viện kiểm sát']),
    target('2', 'not_met', ['Công an', 'Công an']), // a unit named twice counts once
    target('3', 'no_data', []),
    task('II.1', 'not_met', ['Công an']),
  ];

  it('counts each target for each of its lead units, in order of first appearance', () => {
    const units = summarizeUnits(entries);
    expect(units.map((u) => u.unit)).toEqual(['Công an', 'Viện kiểm sát', '']);
    expect(units[0]?.targets).toMatchObject({ met: 1, not_met: 1 });
    expect(units[0]?.tasks).toMatchObject({ not_met: 1 });
    expect(units[2]?.targets).toMatchObject({ no_data: 1 });
  });

  it('counts each entry once in the totals', () => {
    expect(totalize(entries)).toEqual({
      targets: { met: 1, exceeded: 0, not_met: 1, no_data: 1, not_due: 0 },
      tasks: { met: 0, exceeded: 0, not_met: 1, no_data: 0, not_due: 0 },
    });
  });
});
