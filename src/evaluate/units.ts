import { foldName } from '../consistency/quantity.js';
import type { UnitLists } from './options.js';

/**
 * The units listed for a kind of unit (`xã`, `đơn vị trường học`), the kind matched whatever its
 * case, Unicode form or spacing (as `lintPlan` matches it); every list of that kind, in order.
 *
 * @example
 * listedUnits({ 'Xã': ['Cẩm Hải', 'Dương Huy'] }, 'xã') // ['Cẩm Hải', 'Dương Huy']
 */
export function listedUnits(units: UnitLists | undefined, each: string): string[] {
  if (!units) return [];
  const kind = foldName(each);
  return Object.entries(units).flatMap(([k, list]) => (foldName(k) === kind ? list : []));
}
