import { describe, expect, it } from 'vitest';
import { parseObservations } from '../data/parse-observations.js';
import { DataError } from '../data/data-error.js';
import type { VerdictStatus } from '../evaluate/verdict.js';
import { parsePlan } from '../plan/parse-plan.js';
import type { Plan, PlanTarget } from '../plan/types.js';
import { evaluatePlan } from './evaluate-plan.js';
import { miniData, miniPlan } from '../../test/report/mini.fixture.js';
import type { EntryReport, PlanReport } from './types.js';

function byId(report: PlanReport): Map<string, EntryReport> {
  return new Map(report.groups.flatMap((g) => g.entries.map((e) => [e.kind === 'task' ? e.id : e.stt, e] as const)));
}

describe('evaluatePlan on the mini plan (test/report/fixtures)', () => {
  const report = evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31' });
  const entries = byId(report);

  it('judges every target and task as its sample rows say', () => {
    // Worked out from mini.data.json: figure against bound, completion against deadline.
    const expected: Record<string, VerdictStatus> = {
      '1.1': 'met', // delegated, assessed met
      '1.3': 'not_met', // THPT Cẩm Phả 1 of 2
      '1.7': 'met', // 3.2 < 4.5
      '2.1': 'met', // 812/812
      '2.2': 'not_met', // 90% is not > 91%
      '2.3': 'exceeded', // −7.77%
      '2.4': 'met', // 0
      '2.6': 'met', // 85% exceeded, 24/25 = 96% met
      '2.7': 'no_data', // no row
      '2.8': 'exceeded', // 20 → 9: −55%
      '2.10': 'exceeded', // 4/6 ≥ 60%, 4/4 ≥ 85%, both beyond
      '3.1': 'not_met', // assessed not met
      '3.3': 'exceeded', // 561 > 550 (id ho-so-cai-nghien)
      '3.4': 'no_data', // no row
      'II.1': 'met',
      'II.3': 'met',
      'II.5': 'not_met', // 05/07, late for Quý II
      'II.7': 'not_due', // Quý IV, 31/12 is its last day
    };
    expect(Object.fromEntries([...entries].map(([id, e]) => [id, e.status]))).toEqual(expected);
  });

  it('binds a target whose author named each clause (Mã: a; b) to those ids', () => {
    const t = entries.get('2.10');
    expect(t?.kind === 'target' && t.metrics).toEqual(['chuyen-hoa', 'khong-tai-phuc-tap']);
    const checks = t?.verdict?.clauses.map((c) => c.checks[0]?.current?.row);
    expect(checks).toEqual([14, 15]); // the rows of the data file, not of a renamed copy
  });

  it('groups entries by their sections, in document order', () => {
    expect(report.groups.map((g) => g.sections.map((s) => s.number).join('/'))).toEqual(['I/1', 'I/2', 'I/3', 'II']);
    expect(report.groups[1]?.entries.map((e) => e.kind === 'target' && e.stt)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.6', '2.7', '2.8', '2.10']);
  });

  it('counts a target for each of its lead units, and once in the totals', () => {
    const unit = (name: string) => report.units.find((u) => u.unit === name);
    // 2.7 (no data) is led by three units.
    for (const name of ['Viện kiểm sát nhân dân thành phố', 'Tòa án nhân dân thành phố']) expect(unit(name)?.targets.no_data).toBe(1);
    expect(unit('Công an thành phố')?.targets).toEqual({ met: 3, exceeded: 4, not_met: 2, no_data: 1, not_due: 0 });
    expect(unit('Công an thành phố')?.tasks).toEqual({ met: 1, exceeded: 0, not_met: 1, no_data: 0, not_due: 1 });
    expect(report.totals.targets).toEqual({ met: 5, exceeded: 4, not_met: 3, no_data: 2, not_due: 0 });
    expect(report.units[0]?.unit).toBe('Phòng Văn hóa và Trung tâm Truyền thông-Văn hóa'); // first in the plan, first here
  });

  it('warns about rows for an id the plan does not have', () => {
    expect(report.warnings).toEqual([{ code: 'unused_metric', path: ['observations', 18], found: '3.5', rows: [18] }]);
  });

  it('keeps the plan header, the options and the mode', () => {
    expect(report.plan).toMatchObject({ number: '102/KH-UBND', year: 2023, implements: ['56/KH-UBND'], file: 'mini.chitieu' });
    expect([report.asOf, report.year, report.mode, report.lang]).toEqual(['2023-12-31', 2023, 'full', 'vi']);
  });

  it('judges an annual count on half-year data as not due before the year ends, not met after', () => {
    const rows = [...miniData().observations, { kind: 'value' as const, row: 23, metric: '3.4', period: '2023-H1', value: '320' }];
    const data = { observations: rows, warnings: [] };
    expect(byId(evaluatePlan(miniPlan(), data, { asOf: '2023-06-30' })).get('3.4')?.status).toBe('not_due');
    expect(byId(evaluatePlan(miniPlan(), data, { asOf: '2024-01-15' })).get('3.4')?.status).toBe('not_met');
    // The completion of 05/07 is not yet known on 30/06, when Quý II ends: not due, not late.
    expect(byId(evaluatePlan(miniPlan(), data, { asOf: '2023-06-30' })).get('II.5')?.status).toBe('not_due');
  });

  it('writes explanations in English when asked', () => {
    const en = evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31', lang: 'en' });
    expect(byId(en).get('2.2')?.verdict?.explanation).toMatch(/^Not met: rate 90% \(450\/500\)/);
    expect(en.lang).toBe('en');
  });

  it('reports each judged entry to onProgress', () => {
    const seen: string[] = [];
    evaluatePlan(miniPlan(), miniData(), { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toHaveLength(18);
    expect(seen.at(-1)).toBe('18/18');
  });

  it('refuses malformed options, every one at once, as a DataError', () => {
    try {
      evaluatePlan(miniPlan(), miniData(), { asOf: '2023-02-30', period: '2023-13', year: 23 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).issues.map((i) => i.path.join('.'))).toEqual(['options.period', 'options.asOf', 'options.year']);
    }
  });
});

describe('evaluatePlan never drops an entry', () => {
  const plan = parsePlan('Năm: 2023\nChỉ tiêu 1: Tỷ lệ\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Công an\n');
  const target = plan.body[0] as PlanTarget;

  it('lists a target with no clause as no data, with the reason', () => {
    const empty: Plan = { ...plan, body: [{ ...target, statement: { ...target.statement, target: { ...target.statement.target, clauses: [] } }, metrics: [] }] };
    const e = evaluatePlan(empty, parseObservations({ observations: [] })).groups[0]?.entries[0];
    expect(e).toMatchObject({ status: 'no_data', problem: { code: 'no_clauses' }, stt: '1' });
  });

  it('lists a target the evaluator refuses, with its message', () => {
    // 27 clauses each with its own id: the evaluator's default ids stop at `.z`.
    const clause = target.statement.target.clauses[0]!;
    const clauses = Array.from({ length: 27 }, () => clause);
    const wide: Plan = {
      ...plan,
      body: [{ ...target, statement: { ...target.statement, target: { ...target.statement.target, clauses } }, metrics: clauses.map((c, i) => ({ id: `m${i}`, clauseIndex: i, clause: c, explicit: true })) }],
    };
    const e = evaluatePlan(wide, parseObservations({ observations: [] })).groups[0]?.entries[0];
    expect(e?.status).toBe('no_data');
    expect(e?.problem).toEqual({ code: 'evaluation_failed', detail: 'clause index 26 out of range 0..25' });
  });
});
