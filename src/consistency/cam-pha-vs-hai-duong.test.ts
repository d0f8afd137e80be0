/**
 * Acceptance (issue 5): Cẩm Phả 102/KH-UBND against the Hải Dương 2023 targets, used as a
 * stand-in higher plan, through the example files and the example mapping.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { comparePlans } from './compare-plans.js';
import { lintPlan } from './lint.js';
import { readMapping } from './mapping.js';
import { meets, observationOf } from './observations.fixture.js';
import { planMetrics } from './plan-metrics.js';
import { suggestMapping } from './suggest.js';

const read = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const camPha = parsePlan(read('cam-pha-102-2023.chitieu'), { file: 'cam-pha-102-2023.chitieu' });
const haiDuong = parsePlan(read('hai-duong-2023.chitieu'), { file: 'hai-duong-2023.chitieu' });
const mapping = readMapping(JSON.parse(read('cam-pha-vs-hai-duong.mapping.json')) as unknown);
if (!mapping.success) throw new Error(JSON.stringify(mapping.issues));
const result = comparePlans(camPha, haiDuong, mapping.mapping);
const line = (p: (typeof result.pairs)[number]) => `${p.lower.id} ${p.strictness} ${p.higher.id}`;

describe('Cẩm Phả against Hải Dương', () => {
  it('finds 7% ≥ 5% (giảm), ≥ 80% vs > 75%, ≥ 96% vs > 90% and > 91% vs > 90% stricter', () => {
    const stricter = result.pairs.filter((p) => p.strictness === 'stricter');
    expect(stricter.map(line)).toEqual(['2.2 stricter I.3.5', '2.3 stricter I.3.1', '2.6 stricter I.3.2', '2.6.b stricter I.3.3']);
    // What was compared is what the seeds write.
    expect(stricter.map((p) => [p.lower.bound?.interval, p.higher.bound?.interval])).toEqual([
      [{ lo: { value: '91', closed: false } }, { lo: { value: '90', closed: false } }],
      [{ lo: { value: '7', closed: true } }, { lo: { value: '5', closed: true } }],
      [{ lo: { value: '80', closed: true } }, { lo: { value: '75', closed: false } }],
      [{ lo: { value: '96', closed: true } }, { lo: { value: '90', closed: false } }],
    ]);
  });

  it('finds 60% vs 100% and 85% vs 100% (chuyển hóa địa bàn) looser, and nothing else', () => {
    const looser = result.pairs.filter((p) => p.strictness === 'looser');
    expect(looser.map(line)).toEqual(['2.10 looser I.3.6', '2.10.b looser I.3.7']);
    expect(looser.map((p) => p.counterexample?.value)).toEqual(['60', '85']);
    expect(result.counts).toEqual({ stricter: 4, equal: 1, looser: 2, not_comparable: 0 });
    expect(result.ok).toBe(false);
  });

  it('gives counterexamples the evaluator agrees with', () => {
    for (const p of result.pairs.filter((q) => q.strictness === 'looser')) {
      const lower = clauseOf(camPha, p.lower.id);
      const higher = clauseOf(haiDuong, p.higher.id);
      const data = observationOf(p.counterexample!);
      expect(meets(lower!, data)).toBe(true);
      expect(meets(higher!, data)).toBe(false);
    }
  });

  it('finds 100% tiếp nhận equal in both, and lists the Hải Dương targets Cẩm Phả is silent on', () => {
    expect(result.pairs.filter((p) => p.strictness === 'equal').map(line)).toEqual(['2.1 equal I.3.4']);
    expect(result.unpairedHigher).toEqual(['I.3.8', 'I.3.9', 'I.3.10', 'II.1.a.1', 'II.1.a.2']);
    expect(result.unknownIds).toEqual([]);
  });

  it('proposes exactly the example mapping from the words of the two plans', () => {
    const proposed = suggestMapping(camPha, haiDuong).map((s) => `${s.lower}→${s.higher}`);
    expect(proposed).toEqual(mapping.mapping.pairs.map((p) => `${p.lower}→${p.higher}`));
  });

  it('finds no error in either plan on its own', () => {
    expect(lintPlan(camPha).ok).toBe(true);
    expect(lintPlan(haiDuong).ok).toBe(true);
    expect(lintPlan(camPha).findings.filter((f) => f.code === 'not_checkable').map((f) => f.sites[0].metric)).toEqual(['1.1', '1.2', '1.6', '3.1']);
  });
});

function clauseOf(plan: typeof camPha, id: string) {
  return planMetrics(plan).find((m) => m.id === id)?.clause;
}
