import type { Baseline } from '../ast/types.js';
import type { Quantity } from './constraint.js';

/**
 * Why two quantities cannot be compared value for value:
 * - `kind`: a rate against a count or a change
 * - `unit`: counts in different units (`hồ sơ` against `vụ`)
 * - `per`: frequencies over different periods (`/năm` against `/quý`)
 * - `baseline`: changes against different baselines (`năm 2022` against `đầu kỳ`)
 * - `measure`: changes measured differently (`giảm 7%` against `giảm 1,5 điểm phần trăm`), or
 *   absolute changes in different units
 * - `each`: per-unit against the whole, or over different kinds of unit
 *
 * @example
 * contradicts(clause('Đạt tỷ lệ từ 80% trở lên'), clause('550 hồ sơ')) // { contradicts: false, mismatch: 'kind' }
 */
export type QuantityMismatch = 'kind' | 'unit' | 'per' | 'baseline' | 'measure' | 'each';

/**
 * Spell a unit or a unit kind the same way whatever its Unicode form, case or spacing.
 *
 * @example
 * foldName(' Hồ  Sơ ') === foldName('hồ sơ') // true
 */
export function foldName(name: string): string {
  let folded = folds.get(name);
  if (folded === undefined) {
    if (folds.size >= FOLD_LIMIT) folds.clear();
    folded = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
    folds.set(name, folded);
  }
  return folded;
}

/** Names folded so far: a plan repeats a few units and subjects many times (bounded, like `exact`). */
const folds = new Map<string, string>();
const FOLD_LIMIT = 10_000;

/**
 * A stable text key for a baseline (`year:2022`, `previous_year`, ...).
 *
 * @example
 * baselineKey({ kind: 'year', year: 2022 }) // "year:2022"
 */
export function baselineKey(b: Baseline): string {
  return b.kind === 'year' ? `year:${b.year}` : b.kind;
}

/**
 * Resolve `so với năm trước` to the year before the plan year, so that a 2023 plan's
 * `so với năm trước` and `so với năm 2022` name the same baseline. Other quantities pass through.
 *
 * @example
 * resolveQuantity({ kind: 'change', baseline: { kind: 'previous_year' } }, 2023) // baseline year 2022
 */
export function resolveQuantity(q: Quantity, planYear: number | undefined): Quantity {
  if (q.kind !== 'change' || q.baseline.kind !== 'previous_year' || planYear === undefined) return q;
  return { ...q, baseline: { kind: 'year', year: planYear - 1 } };
}

/**
 * Whether two quantities are the same, or the first reason they are not. A count with no unit
 * (zero tolerance: `Không để xảy ra`) matches a count in any unit and period: 0 is 0 in all of them.
 *
 * @example
 * quantityMismatch({ kind: 'rate' }, { kind: 'count', unit: 'hồ sơ' }) // "kind"
 */
export function quantityMismatch(a: Quantity, b: Quantity): QuantityMismatch | undefined {
  if (a.kind !== b.kind) return 'kind';
  if ((a.each === undefined) !== (b.each === undefined)) return 'each';
  if (a.each !== undefined && b.each !== undefined && foldName(a.each) !== foldName(b.each)) return 'each';
  if (a.kind === 'count' && b.kind === 'count') {
    if (a.unit === undefined || b.unit === undefined) return undefined;
    if (foldName(a.unit) !== foldName(b.unit)) return 'unit';
    if (a.per !== b.per) return 'per';
  }
  if (a.kind === 'change' && b.kind === 'change') {
    if (baselineKey(a.baseline) !== baselineKey(b.baseline)) return 'baseline';
    if (a.measure !== b.measure || (a.unit !== undefined && b.unit !== undefined && foldName(a.unit) !== foldName(b.unit))) return 'measure';
    if (a.period?.to !== b.period?.to) return 'measure'; // averages to different years
  }
  return undefined;
}
