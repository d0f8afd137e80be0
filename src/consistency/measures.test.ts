/**
 * Changes measured in points, units and multiples (`ChangeMeasure`) in the consistency checker:
 * each is its own quantity, bounded on its own measure, and what the checker claims agrees with
 * the evaluator on rows at the boundary.
 */
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../api/parse.js';
import { parseObservations } from '../data/index.js';
import { evaluateTarget } from '../evaluate/index.js';
import { contradicts, entails } from './relation.js';

const clause = (s: string) => parseTarget(s).clauses[0]!;
const status = (s: string, base: number, current: number) =>
  evaluateTarget(s, parseObservations({ observations: [{ period: '2022', value: base }, { period: '2023', value: current }] }), { period: '2023', year: 2023 }).status;

describe('changes by measure', () => {
  const two = 'Tỷ lệ hộ nghèo giảm 2 điểm phần trăm so với năm 2022';
  const oneAndHalf = 'Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm so với năm 2022';

  it('a larger drop in points entails a smaller one, not the other way', () => {
    expect(entails(clause(two), clause(oneAndHalf))).toBe(true);
    expect(entails(clause(oneAndHalf), clause(two))).toBe(false);
    // The evaluator agrees on the witness 5% → 3,3% (1,7 points): meets the looser only.
    expect(status(oneAndHalf, 5, 3.3)).toBe('exceeded');
    expect(status(two, 5, 3.3)).toBe('not_met');
  });

  it('a change in points and one in % of the same rate are different quantities', () => {
    expect(contradicts(clause('Tỷ lệ hộ nghèo giảm 2 điểm phần trăm so với năm 2022'), clause('Giảm 7% so với năm 2022'))).toEqual({ contradicts: false, mismatch: 'measure' });
    expect(entails(clause(two), clause('Giảm 7% so với năm 2022'))).toBe(false);
  });

  it('absolute changes compare within one unit only', () => {
    expect(entails(clause('Số trường tăng thêm 5 trường so với năm 2022'), clause('Số trường tăng thêm 4 trường so với năm 2022'))).toBe(true);
    expect(contradicts(clause('tăng thêm 5 trường so với năm 2022'), clause('tăng thêm 5 xã so với năm 2022'))).toEqual({ contradicts: false, mismatch: 'measure' });
  });

  it('multiples are bounded as written: at least 3 times contradicts at most 2 times', () => {
    const r = contradicts(clause('Kim ngạch tăng gấp 3 lần so với năm 2022'), clause('Kim ngạch tăng gấp không quá 2 lần so với năm 2022'));
    expect(r.contradicts).toBe(true);
    expect(entails(clause('Kim ngạch tăng gấp 3 lần so với năm 2022'), clause('Kim ngạch tăng gấp 2 lần so với năm 2022'))).toBe(true);
    expect(status('Kim ngạch tăng gấp 2 lần so với năm 2022', 100, 250)).toBe('exceeded');
    expect(status('Kim ngạch tăng gấp 3 lần so với năm 2022', 100, 250)).toBe('not_met');
  });
});
