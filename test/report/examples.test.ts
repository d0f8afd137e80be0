/**
 * Acceptance (issue 4): both example plans parse, are checked against their sample data, and
 * render in every format. The expected status of every target and task below was worked out
 * by hand from the sample rows (the figure, the bound, the deadline) and is written next to
 * each, so a wrong verdict, a dropped entry or a misbound id fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VerdictStatus } from '../../src/evaluate/verdict.js';
import { evaluatePlan } from '../../src/report/evaluate-plan.js';
import { renderReport } from '../../src/report/render/index.js';
import type { PlanReport } from '../../src/report/types.js';
import { EXAMPLE_REPORTS, EXAMPLES_DIR, loadExampleData, loadExamplePlan } from './examples.fixture.js';

type Expected = Readonly<Record<string, VerdictStatus>>;

/** Cẩm Phả 102/KH-UBND, year-end 2023 data, as of 31/12/2023. */
const CAM_PHA_2023: Expected = {
  '1.1': 'no_data', //     delegated, no assessment row
  '1.2': 'met', //         delegated, assessed met
  '1.3': 'not_met', //     each school ≥ 2/năm: 2, 3, 1 → THPT Lê Quý Đôn short
  '1.4': 'met', //         15 > 12 (met: a comparison cannot be beaten) and 18/18 = 100%
  '1.5': 'not_met', //     = 100%: 40/42
  '1.6': 'met', //         qualitative, assessed met
  '1.7': 'met', //         2.9 < 3.2
  '2.1': 'met', //         1250/1250 = 100%
  '2.2': 'met', //         > 91%: 94.4% (strict: met, never exceeded)
  '2.3': 'exceeded', //    412 → 380 is −7.77%, beyond −7%
  '2.4': 'met', //         0 = 0
  '2.5': 'not_met', //     1 ≠ 0
  '2.6': 'not_met', //     85% ≥ 80% but 47/50 = 94% < 96%
  '2.7': 'met', //         0
  '2.8': 'exceeded', //    24 → 11 is −54.17%, beyond −50%
  '2.9': 'met', //         3/3 and 5/5 = 100%
  '2.10': 'met', //        3/5 = 60% exactly (met) and 6/7 = 85.71% ≥ 85% (exceeded)
  '3.1': 'not_met', //     qualitative, assessed not met
  '3.2': 'no_data', //     no row
  '3.3': 'exceeded', //    561 > 550
  '3.4': 'met', //         600 = 600
  '3.5': 'not_met', //     9/20 = 45% < 50%
  '3.6': 'met', //         310/310
  '3.7': 'no_data', //     no row
  '3.8': 'met', //         402/402
  'II.1': 'met', //        Quý I, done 20/03
  'II.2': 'not_met', //    Quý I, done 05/04: late
  'II.3': 'met', //        Quý I và cả năm: 28/03 and 20/12
  'II.4': 'met', //        Tháng 1 và tháng 6: 18/01 and 22/06
  'II.5': 'met', //        Quý II, 15/06
  'II.6': 'met', //        Quý II, 26/06
  'II.7': 'met', //        Quý IV, 28/12
  'II.8': 'met', //        Cả năm, 15/12
  'II.9': 'not_due', //    Cả năm, not done, and 31/12 is still its last day
  'II.10': 'met', //       Cả năm, 29/12
  'II.11': 'met', //       Cả năm, 30/12
  'IV.5.1': 'met', //      Cả năm 2023, 10/02
  'IV.13.1': 'met', //     Cả năm 2023, 30/11
};

/** Cẩm Phả, first-half 2023 data, as of 30/06/2023: annual targets without a 2023 row are not yet due. */
const CAM_PHA_H1: Expected = {
  '1.1': 'no_data', //     delegated: no data, whatever the date
  '1.2': 'no_data',
  '1.3': 'not_due', //     THCS Cẩm Phả 1 of 2 sessions, the year runs to 31/12
  '1.4': 'no_data', //     7 > 5 (H1 2022), but no 1.4.b row for H1, which has ended
  '1.5': 'not_due',
  '1.6': 'not_due', //     qualitative, year not over
  '1.7': 'not_met', //     3.6 is not < 3.5 (H1 2022)
  '2.1': 'met', //         610/610
  '2.2': 'not_met', //     548/610 = 89.84% ≤ 91%
  '2.3': 'exceeded', //    205 → 188 is −8.29%
  '2.4': 'met',
  '2.5': 'met', //         0
  '2.6': 'exceeded', //    80/96 = 83.33% > 80% and 24/24 = 100% > 96%
  '2.7': 'not_due',
  '2.8': 'not_due',
  '2.9': 'not_due',
  '2.10': 'not_due',
  '3.1': 'not_due',
  '3.2': 'not_due',
  '3.3': 'not_due', //     260 of 550 files so far: a count can still grow until 31/12
  '3.4': 'exceeded', //    610 > 600 already
  '3.5': 'not_due',
  '3.6': 'not_due',
  '3.7': 'not_due',
  '3.8': 'not_due',
  'II.1': 'met',
  'II.2': 'not_met', //    late
  'II.3': 'not_due', //    Q1 delivered, the year part still open
  'II.4': 'not_due', //    January delivered, June due today
  'II.5': 'met',
  'II.6': 'not_due', //    due 30/06 = today
  'II.7': 'not_due',
  'II.8': 'not_due',
  'II.9': 'not_due',
  'II.10': 'not_due',
  'II.11': 'not_due',
  'IV.5.1': 'met',
  'IV.13.1': 'not_due',
};

/** Hải Dương 2023, year-end data, as of 31/12/2023. */
const HAI_DUONG_2023: Expected = {
  'I.3.1': 'not_met', //   980 → 940 is −4.08%, short of −5%
  'I.3.2': 'met', //       602/790 = 76.2% > 75%
  'I.3.3': 'met', //       91/100 > 90%
  'I.3.4': 'met', //       2410/2410
  'I.3.5': 'not_met', //   2169/2410 = 90% exactly, the bound is strict
  'I.3.6': 'not_met', //   11/12 < 100%
  'I.3.7': 'met', //       14/14
  'I.3.8': 'met', //       455/500 = 91% > 90%
  'I.3.9': 'no_data', //   no row
  'I.3.10': 'not_met', //  880/1000 = 88% exactly, strict
  'II.1.a.1': 'met', //    every unit ≥ 1 model: 1, 2, 3 (one exactly on the floor)
  'II.1.a.2': 'not_met', // Sở Y tế 1 of 2 inspections
  'II.1.c.1': 'met', //    hằng quý: one completion inside each quarter
  'II.1.c.2': 'not_met', // 6 tháng đầu năm, done 12/07: late
  'II.1.c.3': 'met', //    Quý IV, 26/12
  'II.2.a.1': 'not_met', // hàng tháng: the 11th delivery (05/12) misses 30/11
  'II.2.a.2': 'met', //    Quý II/2023, 28/06
  'III.1.1': 'met', //     trước ngày 15/03/2023: 10/03
  'III.1.2': 'met', //     Định kỳ (6 tháng, 1 năm): 30/06 and 29/12
};

/** Hải Dương, first-half data, as of 30/06/2023. */
const HAI_DUONG_H1: Expected = {
  'I.3.1': 'not_met', //   470 → 452 is −3.83%
  'I.3.2': 'met', //       290/380 = 76.3%
  'I.3.3': 'met', //       45/48 = 93.75%
  'I.3.4': 'met',
  'I.3.5': 'not_met', //   1060/1190 = 89.08%
  'I.3.6': 'not_due',
  'I.3.7': 'not_due',
  'I.3.8': 'not_due',
  'I.3.9': 'not_due',
  'I.3.10': 'not_due',
  'II.1.a.1': 'not_due', // no unit has reported yet, the year runs
  'II.1.a.2': 'not_due', // Công an tỉnh 1 of 2 so far
  'II.1.c.1': 'not_due', // Q1 and Q2 done, Q3 and Q4 ahead
  'II.1.c.2': 'not_due', // due 30/06 = today
  'II.1.c.3': 'not_due',
  'II.2.a.1': 'not_due', // six months delivered, six ahead
  'II.2.a.2': 'met',
  'III.1.1': 'not_met', // 17/03 is after the 14/03 last day
  'III.1.2': 'not_due',
};

const EXPECTED: Readonly<Record<string, Expected>> = {
  'cam-pha-2023.json': CAM_PHA_2023,
  'cam-pha-2023-H1.json': CAM_PHA_H1,
  'hai-duong-2023.json': HAI_DUONG_2023,
  'hai-duong-2023-H1.json': HAI_DUONG_H1,
};

function statuses(report: PlanReport): Record<string, VerdictStatus> {
  const out: Record<string, VerdictStatus> = {};
  for (const g of report.groups) for (const e of g.entries) out[e.kind === 'task' ? e.id : e.stt] = e.status;
  return out;
}

describe.each(EXAMPLE_REPORTS)('examples/$plan against $data', (ex) => {
  const plan = loadExamplePlan(ex.plan);
  const report = evaluatePlan(plan, loadExampleData(ex.data), { asOf: ex.asOf });

  it('gives every target and key task the status worked out from the sample data', () => {
    expect(statuses(report)).toEqual(EXPECTED[ex.data]);
  });

  it('counts the totals from the entries and every lead unit of every target', () => {
    const expected = EXPECTED[ex.data]!;
    const targets = Object.entries(expected).filter(([id]) => report.groups.some((g) => g.entries.some((e) => e.kind === 'target' && e.stt === id)));
    expect(report.totals.targets.not_met).toBe(targets.filter(([, s]) => s === 'not_met').length);
    expect(report.totals.targets.met + report.totals.targets.exceeded).toBe(targets.filter(([, s]) => s === 'met' || s === 'exceeded').length);
    const leads = report.groups.flatMap((g) => g.entries.filter((e) => e.kind === 'target').flatMap((e) => (e.lead.length === 0 ? [''] : [...new Set(e.lead)])));
    const perUnit = report.units.reduce((n, u) => n + u.targets.met + u.targets.exceeded + u.targets.not_met + u.targets.no_data + u.targets.not_due, 0);
    expect(perUnit).toBe(leads.length);
  });

  it('leaves no sample row unused (every id in the data is an id of the plan)', () => {
    expect(report.warnings).toEqual([]);
  });

  it.each(['text', 'md', 'json', 'html'] as const)('renders as %s with every entry in it', (format) => {
    const out = renderReport(report, format);
    for (const g of report.groups) for (const e of g.entries) expect(out).toContain(e.kind === 'task' ? e.id : e.stt);
    if (format === 'json') expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('the Markdown snapshots in examples/', () => {
  it.each(EXAMPLE_REPORTS.filter((ex) => ex.snapshot))('examples/$snapshot is the current report (npm run examples rewrites it)', (ex) => {
    const report = evaluatePlan(loadExamplePlan(ex.plan), loadExampleData(ex.data), { asOf: ex.asOf });
    expect(readFileSync(`${EXAMPLES_DIR}${ex.snapshot}`, 'utf8')).toBe(renderReport(report, 'md'));
  });
});
