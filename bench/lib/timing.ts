/** Small timing helpers shared by the benchmarks (wall time, medians, printing). */

/**
 * The median of a non-empty list of numbers.
 *
 * @example
 * median([3, 1, 2]); // → 2
 * median([4, 1, 2, 3]); // → 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Runs `fn` until it has run at least `minRuns` times and for at least `minMs`, and returns
 * every run's wall time in milliseconds. For calls long enough (≥ ~1 ms) to time one by one.
 *
 * @example
 * const times = timeRuns(() => extractTargets(text), { minRuns: 5, minMs: 1000 });
 */
export function timeRuns(fn: () => unknown, { minRuns, minMs }: { minRuns: number; minMs: number }): number[] {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * A number with thousands separators and a fixed number of decimals.
 *
 * @example
 * fmt(151234.5); // → '151,235'
 * fmt(1.23456, 2); // → '1.23'
 */
export const fmt = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * One line comparing a figure with its goal.
 *
 * @example
 * goal('cold start', 31, '≤ 50 ms', 31 <= 50); // → 'goal cold start ≤ 50 ms: met (31)'
 */
export const goal = (name: string, figure: number | string, target: string, met: boolean): string =>
  `goal ${name} ${target}: ${met ? 'met' : 'NOT met'} (${typeof figure === 'number' ? fmt(figure) : figure})`;
