/**
 * Consistency checker speed (`npm run bench`, or `npx tsx bench/consistency.bench.ts`): `lintPlan`
 * and `comparePlans` on a generated 1,000-target plan (and a 1,000-target higher plan linked one
 * to one), next to two baselines measured in the same process: the floor, the same checks
 * written the naive way with JS floats on pre-extracted bounds (not exact, no open/closed ends,
 * domains, zero bases, messages or counterexamples); and `parsePlan` of the same plan's text,
 * the cost every user of the checker pays first. Then the worst case for `lintPlan`: 1,000
 * clauses all on one metric (499,500 pairs). Goal (issue 5): the checker on a 1,000-target plan
 * in under 1 s.
 */
import { comparePlans } from '../src/consistency/compare-plans.js';
import { lintPlan } from '../src/consistency/lint.js';
import type { PlanMapping } from '../src/consistency/mapping.js';
import { parsePlan } from '../src/plan/parse-plan.js';
import type { Plan } from '../src/plan/types.js';
import { fmt, goal, median, timeRuns } from './lib/timing.js';
import { rng } from './lib/rng.js';


/** Statement shapes as the seeds write them; `n` is a figure drawn per target. */
const SHAPES: readonly ((n: number) => string)[] = [
  (n) => `Đạt trên ${50 + (n % 50)}%`,
  (n) => `Đạt tỷ lệ từ ${50 + (n % 50)}% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ ${60 + (n % 40)}% trở lên`,
  (n) => `Giảm ${1 + (n % 20)}% so với năm 2022`,
  (n) => `${100 + n} hồ sơ`,
  () => 'Không để xảy ra',
  () => 'nhiều hơn năm 2022',
  (n) => `Mỗi xã tổ chức tuyên truyền ${1 + (n % 4)} lần/năm`,
  () => 'Kịp thời phát hiện triệt xóa các tụ điểm',
  (n) => `Chuyển hóa thành công ${40 + (n % 60)}% địa bàn trọng điểm`,
  (n) => `Đạt dưới ${n % 30}%`,
];

/**
 * A plan of `count` targets. Targets come in groups of `groupSize` sharing a description (so the
 * checker pairs them as one metric, as it would a plan that repeats a target); within a group
 * the shape is the same and the figures differ, so groups hold contradictions, duplicates and
 * redundancy alike.
 */
function planText(count: number, groupSize: number, seed: number): string {
  const r = rng(seed);
  const lines = ['Số: BENCH/KH', 'Năm: 2023', '', 'I. CHỈ TIÊU', ''];
  for (let i = 0; i < count; i++) {
    const group = Math.floor(i / groupSize);
    const shape = SHAPES[group % SHAPES.length]!;
    lines.push(`Chỉ tiêu ${i + 1}: Danh mục nhóm ${group}`, `  Chỉ tiêu thực hiện: ${shape(Math.floor(r() * 1000))}`, '');
  }
  return lines.join('\n');
}

const lowerText = planText(1000, 4, 1);
const lower = parsePlan(lowerText);
const higher = parsePlan(planText(1000, 4, 2));
const mapping: PlanMapping = { pairs: lowerIds(lower).map((id) => ({ lower: id, higher: id })) };

function lowerIds(plan: Plan): string[] {
  const ids: string[] = [];
  const walk = (nodes: Plan['body']) => {
    for (const n of nodes) {
      if (n.kind === 'section') walk(n.children);
      else if (n.kind === 'target') ids.push(...n.metrics.map((m) => m.id));
    }
  };
  walk(plan.body);
  return ids;
}

// ── the naive float baseline, on bounds extracted beforehand ────────────────
interface FloatBound {
  readonly id: string;
  readonly group: string;
  readonly kind: string;
  readonly lo: number;
  readonly hi: number;
}

function floatBounds(plan: Plan): FloatBound[] {
  const out: FloatBound[] = [];
  const walk = (nodes: Plan['body']) => {
    for (const n of nodes) {
      if (n.kind === 'section') walk(n.children);
      else if (n.kind === 'target') {
        for (const m of n.metrics) {
          const c = m.clause;
          const v = 'bound' in c ? Number.parseFloat(c.bound.value) : 0;
          const op = 'bound' in c ? c.bound.op : c.kind === 'zero' ? 'eq' : 'gte';
          const lo = op === 'gte' || op === 'gt' || op === 'eq' || op === 'approx' ? v : -Infinity;
          const hi = op === 'lte' || op === 'lt' || op === 'eq' ? v : Infinity;
          out.push({ id: m.id, group: `${n.description}|${c.part}|${c.subject.before} ${c.subject.after}`, kind: c.kind, lo, hi });
        }
      }
    }
  };
  walk(plan.body);
  return out;
}

/** Impossible above 100, pairwise disjoint / nested per group, then pairwise against the higher plan. */
function naiveCheck(lowerBounds: readonly FloatBound[], higherBounds: ReadonlyMap<string, FloatBound>): number {
  let findings = 0;
  const groups = new Map<string, FloatBound[]>();
  for (const b of lowerBounds) {
    if (b.kind === 'rate' && b.lo > 100) findings++;
    const g = groups.get(b.group);
    if (g) g.push(b);
    else groups.set(b.group, [b]);
  }
  for (const g of groups.values()) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i]!;
        const b = g[j]!;
        if (a.kind !== b.kind) continue;
        if (a.lo > b.hi || b.lo > a.hi) findings++;
        else if (a.lo >= b.lo && a.hi <= b.hi) findings++;
      }
    }
  }
  for (const b of lowerBounds) {
    const h = higherBounds.get(b.id);
    if (h && h.kind === b.kind && (b.lo < h.lo || b.hi > h.hi)) findings++;
  }
  return findings;
}

const lowerFloats = floatBounds(lower);
const higherFloats = new Map(floatBounds(higher).map((b) => [b.id, b]));

let sink = 0;
const lint = lintPlan(lower);
const comparison = comparePlans(lower, higher, mapping);
console.log(
  `plan: 1,000 targets, ${lowerIds(lower).length} clauses; lintPlan: ${lint.findings.length} findings ` +
    `(${lint.findings.filter((f) => f.severity === 'error').length} errors); comparePlans: ${comparison.pairs.length} pairs ` +
    `(${comparison.counts.stricter} stricter, ${comparison.counts.equal} equal, ${comparison.counts.looser} looser, ${comparison.counts.not_comparable} not comparable)`,
);

const opts = { minRuns: 20, minMs: 2000 };
const lintMs = median(timeRuns(() => (sink += lintPlan(lower).findings.length), opts));
const compareMs = median(timeRuns(() => (sink += comparePlans(lower, higher, mapping).pairs.length), opts));
const checkerMs = lintMs + compareMs;
const baselineMs = median(timeRuns(() => (sink += naiveCheck(lowerFloats, higherFloats)), { minRuns: 200, minMs: 2000 }));
const parseMs = median(timeRuns(() => (sink += parsePlan(lowerText).body.length), opts));

console.log(`lintPlan (1,000 targets):               ${fmt(lintMs, 2).padStart(9)} ms (median)`);
console.log(`comparePlans (1,000 linked pairs):      ${fmt(compareMs, 2).padStart(9)} ms (median)`);
console.log(`baseline (floats, pre-extracted bounds):${fmt(baselineMs, 3).padStart(9)} ms (median)`);
console.log(`parsePlan of the same plan (baseline 2):${fmt(parseMs, 2).padStart(9)} ms (median)`);
console.log(`ratio checker/float baseline: ${fmt(checkerMs / baselineMs, 0)}×; checker/parsePlan: ${fmt(checkerMs / parseMs, 2)}×`);
console.log(goal('checker on a 1,000-target plan', `${fmt(checkerMs, 1)} ms`, '< 1,000 ms', checkerMs < 1000));

// ── worst case: every clause on one metric ──────────────────────────────────
const oneMetric = parsePlan(planText(1000, 1000, 3));
const worstMs = median(timeRuns(() => (sink += lintPlan(oneMetric).findings.length), { minRuns: 3, minMs: 1000 }));
console.log(`worst case, 1,000 clauses on one metric (499,500 pairs): lintPlan ${fmt(worstMs, 0)} ms (median)`);
if (sink === -1) console.log(''); // never true: reads the sink
