import { describe, expect, it } from 'vitest';
import { parseTarget } from '../api/index.js';
import { parseObservations } from '../data/parse-observations.js';
import { compileTarget } from './compile.js';
import { evaluateTarget } from './evaluate.js';

/** The sweep: every p in 1..99, every base 100..5,000 step 100, current exactly p% below base. */
function* boundaries(): Generator<{ p: number; base: number; cur: number }> {
  for (let p = 1; p <= 99; p++) {
    for (let base = 100; base <= 5000; base += 100) yield { p, base, cur: (base / 100) * (100 - p) };
  }
}

describe('exactness on every boundary of `giảm p% so với năm 2022`', () => {
  const cases = [...boundaries()];

  it('covers the 4,950 boundaries, each an exact integer p% below its base', () => {
    expect(cases).toHaveLength(4950);
    for (const { p, base, cur } of cases) expect((base - cur) * 100).toBe(p * base);
  });

  it('the naive float formula 1 − cur/base ≥ p/100 gets some of them wrong (so this test can fail)', () => {
    const wrong = cases.filter(({ p, base, cur }) => !(1 - cur / base >= p / 100)).length;
    // IEEE doubles are deterministic in JavaScript: the count, on any machine.
    expect(wrong).toBe(1000);
  });

  it('the full path from observation rows gets 0 wrong: exactly on the bound is met, one more is not', () => {
    const wrong: string[] = [];
    for (let p = 1; p <= 99; p++) {
      const target = parseTarget(`Giảm ${p}% so với năm 2022`);
      for (let base = 100; base <= 5000; base += 100) {
        const cur = (base / 100) * (100 - p);
        const rows = (c: number) =>
          parseObservations({ observations: [{ period: '2022', value: base }, { period: '2023', value: c }] });
        const on = evaluateTarget(target, rows(cur)).status;
        const above = evaluateTarget(target, rows(cur + 1)).status;
        const below = evaluateTarget(target, rows(cur - 1)).status;
        if (on !== 'met' || above !== 'not_met' || below !== 'exceeded') wrong.push(`${p}% of ${base}: ${on}/${above}/${below}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the compiled fast path gets 0 wrong too', () => {
    let wrong = 0;
    for (let p = 1; p <= 99; p++) {
      const decide = compileTarget(parseTarget(`Giảm ${p}% so với năm 2022`)).clauses[0]!.decide!;
      for (let base = 100; base <= 5000; base += 100) {
        const cur = (base / 100) * (100 - p);
        if (decide(cur, base) !== 'met' || decide(cur + 1, base) !== 'not_met' || decide(cur - 1, base) !== 'exceeded') wrong++;
      }
    }
    expect(wrong).toBe(0);
  });
});
