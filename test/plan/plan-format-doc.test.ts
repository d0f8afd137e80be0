/** grammar/plan-format.md stays true: its plan to copy parses, and `chitieu metrics` lists what it shows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPlanIds } from '../../src/plan/metric-list.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

const doc = readFileSync(new URL('../../grammar/plan-format.md', import.meta.url), 'utf8');
const blocks = doc.split('```').filter((_, i) => i % 2 === 1).map((b) => b.replace(/^\w*\n/, ''));

describe('grammar/plan-format.md', () => {
  it('has a plan to copy that parses, and the metrics listing printed under it', () => {
    const plan = parsePlan(blocks[0]!);
    expect(plan.header.number).toBe('102/KH-UBND');
    const listed = blocks[1]!.trim().split('\n').map((l) => l.split(/\s{2,}/));
    expect(listPlanIds(plan).map((r) => [r.id, r.canonical])).toEqual(listed.map(([id, , canonical]) => [id, canonical]));
  });

  it('shows a bullet example that gives the two clauses it says', () => {
    const bullets = blocks.find((b) => b.startsWith('Chỉ tiêu 2.9'))!;
    const plan = parsePlan(`Năm: 2023\n${bullets}`);
    expect(listPlanIds(plan).map((r) => r.id)).toEqual(['2.9', '2.9.b']);
  });
});
