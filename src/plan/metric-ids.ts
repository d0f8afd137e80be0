/**
 * Metric ids: the names data rows use for the clauses of a plan's targets
 * (`{"metric": "2.6.b", "period": "2023", ...}`) and for its key tasks (`{"task": "II.1"}`).
 *
 * The default rule (documented in grammar/plan-format.md): clause 0 of a target takes the
 * target's STT, later clauses take `STT.b`, `STT.c`, ... in clause order. The evaluator applies
 * the same rule to a single statement, so one id means the same clause everywhere.
 */
import type { Clause } from '../ast/types.js';
import { clauseMetricId } from '../evaluate/metric-ids.js';
import type { MetricBinding } from './types.js';

/** The default id of clause `index` (`2.6`, `2.6.b`, ...): the evaluator's rule, shared. */
export { clauseMetricId };

/** The most clauses a target can have with default ids (`.b` to `.z`). */
export const MAX_DEFAULT_CLAUSES = 26;

/**
 * An id data rows can carry: letters, digits, `.`, `-`, `_`, `/`, starting with a letter or digit.
 * Made on first use: creating a `\p{L}` regex costs ~0.2 ms, paid at import otherwise.
 */
let ID: RegExp | undefined;

/**
 * Whether a string is a valid metric or task id.
 *
 * @example
 * isValidId('2.6.b') // true
 * isValidId('toi-pham-tt') // true
 * isValidId('2 6') // false
 */
export function isValidId(id: string): boolean {
  return (ID ??= /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u).test(id);
}

/**
 * Split an author's `Mã:` value into ids: one id, or one per clause separated by `;` or `,`.
 *
 * @example
 * splitIds('2.6; 2.6-nghiem-trong') // ["2.6", "2.6-nghiem-trong"]
 */
export function splitIds(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Bind each clause of a target to its metric id. With no explicit ids, or one explicit id
 * (a new base), the default rule applies; with one id per clause, each clause takes its own.
 * Returns undefined when the explicit ids neither are one nor match the clauses one to one, or
 * when default ids run out (more than 26 clauses: name them one by one).
 *
 * @example
 * bindMetrics('2.6', clauses, []) // [{ id: '2.6', ... }, { id: '2.6.b', ... }]
 * bindMetrics('2.6', clauses, ['tpxh']) // [{ id: 'tpxh', explicit: true }, { id: 'tpxh.b', explicit: true }]
 */
export function bindMetrics(
  stt: string,
  clauses: readonly Clause[],
  explicit: readonly string[],
): MetricBinding[] | undefined {
  if (explicit.length > 1 && explicit.length !== clauses.length) return undefined;
  if (explicit.length <= 1 && clauses.length > MAX_DEFAULT_CLAUSES) return undefined;
  return clauses.map((clause, clauseIndex) => {
    const id = explicit.length > 1 ? explicit[clauseIndex]! : clauseMetricId(explicit[0] ?? stt, clauseIndex);
    return { id, clauseIndex, clause, explicit: explicit.length > 0 };
  });
}

/**
 * The default id of a key task: `<Roman part>.<STT>` when the task sits under a Roman-numbered
 * section (`II. NHIỆM VỤ TRỌNG TÂM` → `II.1`), else its STT.
 *
 * @example
 * defaultTaskId('1', ['II']) // "II.1"
 * defaultTaskId('3', ['IV', '13']) // "IV.3"
 * defaultTaskId('3', []) // "3"
 */
export function defaultTaskId(stt: string, sectionNumbers: readonly string[]): string {
  const roman = [...sectionNumbers].reverse().find((n) => /^[IVXLC]+$/.test(n));
  return roman ? `${roman}.${stt}` : stt;
}
