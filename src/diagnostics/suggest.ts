import { foldKey } from '../text/fold.js';

/** Levenshtein distance, small strings only (keywords), early exit past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The keyword (canonically spelt) closest to what was written, compared after folding
 * diacritics and case; `undefined` when none is close (distance ≤ 1 for short words, ≤ 2 else).
 *
 * @example
 * suggestKeyword('tro le', ['trở lên', 'trở xuống']) // 'trở lên'
 * suggestKeyword('so voí', ['so với'])               // 'so với'
 */
export function suggestKeyword(written: string, keywords: readonly string[]): string | undefined {
  const w = foldKey(written);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of keywords) {
    const d = editDistance(w, foldKey(k));
    const limit = foldKey(k).length <= 4 ? 1 : 2;
    // Distance 0 means it was written right: suggesting it again would not help.
    if (d > 0 && d <= limit && d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
