import type { Plan } from '../plan/types.js';
import { planMetrics, type PlanMetric } from './plan-metrics.js';
import { quantityMismatch } from './quantity.js';

/**
 * A proposed link for the author to confirm: the two metrics, their words, and how alike they are (0–1).
 *
 * @example
 * suggestMapping(camPha, haiDuong)[1]
 * // { lower: '2.2', higher: 'I.3.5', score: 0.89, lowerText: 'Giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố.', higherText: '...' }
 */
export interface MappingSuggestion {
  readonly lower: string;
  readonly higher: string;
  readonly score: number;
  readonly lowerText: string;
  readonly higherText: string;
}

/** Words that say nothing about which metric is meant. */
const STOP = new Set(['cac', 'cua', 'va', 've', 'trong', 'da', 'duoc', 'dat', 'tu', 'tro', 'len', 'so', 'voi', 'nam', 'nhung', 'do', 'khi', 'de', 'cho', 'o', 'la', 'co', 'tren', 'phai', 'deu', 'bao', 'dam', 'theo', 'quy', 'dinh']);

function fold(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '' && !STOP.has(w));
}

/** Syllables and syllable pairs: Vietnamese words are mostly two syllables, so pairs carry the meaning. */
function features(m: PlanMetric): Set<string> {
  const words = fold(`${m.target.description} ${m.clause.subject.before} ${m.clause.subject.after}`);
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return new Set([...words, ...pairs]);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

function text(m: PlanMetric): string {
  return [m.target.description, m.clause.subject.before, m.clause.subject.after].filter((s) => s !== '').join(' · ');
}

/**
 * Propose links between the metrics of a lower and a higher plan by the words of their
 * descriptions and subjects, for the author to confirm and save as a mapping: never applied
 * on its own. Only metrics bounding the same kind of quantity are proposed, one to one: the
 * most alike pair first, then the most alike of the rest, down to `minScore`.
 *
 * @example
 * suggestMapping(camPha, haiDuong).map((s) => `${s.lower} → ${s.higher}`) // ["2.1 → I.3.4", "2.2 → I.3.5", ...]
 */
export function suggestMapping(lower: Plan, higher: Plan, minScore = 0.3): MappingSuggestion[] {
  const ls = planMetrics(lower).filter((m) => m.constraint);
  const hs = planMetrics(higher).filter((m) => m.constraint);
  const lf = ls.map(features);
  const hf = hs.map(features);
  const candidates: { i: number; j: number; score: number }[] = [];
  ls.forEach((l, i) =>
    hs.forEach((h, j) => {
      if (quantityMismatch(l.constraint!.quantity, h.constraint!.quantity)) return;
      const score = dice(lf[i]!, hf[j]!);
      if (score >= minScore) candidates.push({ i, j, score });
    }),
  );
  // Best first; ties in document order, so the result does not depend on sort stability.
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const usedL = new Set<number>();
  const usedH = new Set<number>();
  const chosen: { i: number; j: number; score: number }[] = [];
  for (const c of candidates) {
    if (usedL.has(c.i) || usedH.has(c.j)) continue;
    usedL.add(c.i);
    usedH.add(c.j);
    chosen.push(c);
  }
  return chosen
    .sort((a, b) => a.i - b.i)
    .map(({ i, j, score }) => ({ lower: ls[i]!.id, higher: hs[j]!.id, score: Math.round(score * 100) / 100, lowerText: text(ls[i]!), higherText: text(hs[j]!) }));
}
