import type { Target } from '../ast/types.js';
import { parseTarget } from '../api/index.js';
import type { ObservationsInput } from '../data/types.js';
import { compileTarget, type CompiledTarget } from './compile.js';
import type { EvaluateOptions } from './options.js';
import type { Verdict } from './verdict.js';

// A Target is immutable data: compile each one once, however often it is evaluated.
const compiled = new WeakMap<Target, CompiledTarget>();

/**
 * Judge a target statement against observed data: pure and synchronous. A string is parsed
 * with `parseTarget` first (a `ParseError` is thrown for bad text). The verdict gives the
 * status (đạt, vượt, không đạt, chưa có dữ liệu, chưa đến hạn) per clause and for the
 * statement (the worst clause), the figures used, the gap in the target's unit, the smallest
 * change that flips it, and an explanation in Vietnamese (`lang: 'en'` for English). No float
 * decides anything: comparisons are exact integer cross-multiplications. `data` is a set from
 * `parseObservations`, or plain rows `{ observations: [...] }` validated the same way first (a
 * `DataError` for a bad row).
 *
 * @example
 * const data = parseObservations({ observations: [
 *   { metric: '2.3', period: '2022', value: 412 },
 *   { metric: '2.3', period: '2023', value: 380 },
 * ] })
 * const v = evaluateTarget('Giảm 07% so với năm 2022', data, { metric: '2.3' })
 * v.status      // "exceeded"
 * v.explanation // "Vượt: từ 412 (năm 2022) xuống 380 (năm 2023): giảm ≈ 7,77%, mức giảm ≥ 7% so với năm 2022: dư ≈ 0,77 điểm phần trăm"
 */
export function evaluateTarget(target: Target | string, data: ObservationsInput, options: EvaluateOptions = {}): Verdict {
  const ast = typeof target === 'string' ? parseTarget(target, options.lang ? { lang: options.lang } : {}) : target;
  let c = compiled.get(ast);
  if (!c) {
    c = compileTarget(ast);
    compiled.set(ast, c);
  }
  return c.evaluate(data, options);
}
