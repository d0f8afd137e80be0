import type { Clause, ClauseKind, Target } from '../ast/types.js';
import { observationSetOf } from '../data/accept.js';
import type { ObservationSet, ObservationsInput } from '../data/types.js';
import { formatPeriod } from '../periods/period.js';
import { assessmentClause } from './assessment-clause.js';
import { resolveContext, type Context } from './context.js';
import { clauseText } from './explain/clause-text.js';
import { verdictText } from './explain/verdict-text.js';
import { fastDecider, type FastStatus } from './fast.js';
import { clauseBindingId } from './metric-ids.js';
import { numericClause, type ClauseResult } from './numeric-clause.js';
import type { EvaluateOptions } from './options.js';
import { numericSpec, type NumericSpec } from './spec.js';
import { taskClause } from './task-clause.js';
import { combineStatuses, statusLabel, type ClauseVerdict, type Verdict } from './verdict.js';

/**
 * One clause, compiled.
 *
 * @example
 * const [clause] = compileTarget(parseTarget('Giảm 07% so với năm 2022')).clauses
 * clause // { index: 0, kind: 'change', decide }; clause.decide(380, 412) // 'exceeded'
 */
export interface CompiledClause {
  readonly index: number;
  readonly kind: ClauseKind;
  /**
   * Exact status from two numeric facts, as fast as plain JavaScript: (numerator, denominator)
   * for a rate, (current, baseline) for a change or comparison, (count, any) for a count or
   * zero tolerance. Absent for clauses judged without figures (qualitative, delegated, task).
   * Invalid facts (negative, non-finite, a zero denominator or baseline, a rate above 100%:
   * a numerator above the denominator, or points of a rate above 100) give `no_data`, as
   * `evaluateTarget` does for the same figures.
   */
  readonly decide?: (a: number, b: number) => FastStatus;
}

/**
 * A target compiled once, to evaluate against many observation sets.
 *
 * @example
 * const compiled = compileTarget(parseTarget('Giảm 07% so với năm 2022'))
 * for (const data of districts) compiled.evaluate(data, { metric: '2.3' }).status
 */
export interface CompiledTarget {
  readonly target: Target;
  readonly clauses: readonly CompiledClause[];
  /**
   * The full verdict from observation rows (same result as `evaluateTarget`): a validated set,
   * or plain rows validated first (a `DataError` for bad ones).
   */
  evaluate(data: ObservationsInput, options?: EvaluateOptions): Verdict;
}

interface Prepared {
  readonly clause: Clause;
  readonly spec: NumericSpec | undefined;
}

function resultOf(p: Prepared, target: Target, id: string | undefined, ctx: Context): ClauseResult {
  switch (p.clause.kind) {
    case 'qualitative':
    case 'delegated':
      return assessmentClause(p.clause, id, ctx, target.schedule);
    case 'task':
      return taskClause(target.schedule, id, ctx);
    default:
      return numericClause(p.clause, p.spec!, id, target.schedule, ctx);
  }
}

function clauseVerdict(p: Prepared, i: number, target: Target, ctx: Context): ClauseVerdict {
  const id = clauseBindingId(ctx.metric, i);
  const result = resultOf(p, target, id, ctx);
  const body = {
    index: i,
    ...(id !== undefined && { metric: id }),
    kind: p.clause.kind,
    part: p.clause.part,
    ...result,
    label: statusLabel(result.status, ctx.lang),
  };
  return { ...body, explanation: clauseText(p.clause, body, ctx.lang, ctx.asOf ?? '') };
}

function evaluateWith(target: Target, prepared: readonly Prepared[], data: ObservationSet, options: EvaluateOptions): Verdict {
  const ctx = resolveContext(target, data, options);
  const clauses = prepared.map((p, i) => clauseVerdict(p, i, target, ctx));
  const status = combineStatuses(clauses.map((c) => c.status));
  const verdict = {
    status,
    label: statusLabel(status, ctx.lang),
    ...(ctx.metric !== undefined && { metric: ctx.metric }),
    ...(ctx.period && { period: formatPeriod(ctx.period) }),
    ...(ctx.planYear !== undefined && { year: ctx.planYear }),
    ...(ctx.asOf !== undefined && { asOf: ctx.asOf }),
    progress: clauses.some((c) => c.progress),
    clauses,
  };
  return { ...verdict, explanation: verdictText(verdict, ctx.lang) };
}

/**
 * Compile a target once: each quantitative clause becomes an exact closure over integer
 * linear forms (the fast path), and the full evaluation reuses them. Use it to judge many
 * observation sets (units, periods, scenarios) against one target.
 *
 * @example
 * const compiled = compileTarget(parseTarget('Giảm 07% so với năm 2022'))
 * compiled.clauses[0]?.decide?.(380, 412) // "exceeded"
 * compiled.evaluate(data, { metric: '2.3' }).status
 */
export function compileTarget(target: Target): CompiledTarget {
  const prepared: Prepared[] = target.clauses.map((clause) => ({ clause, spec: numericSpec(clause) }));
  const clauses: CompiledClause[] = prepared.map((p, index) => ({
    index,
    kind: p.clause.kind,
    ...(p.spec && { decide: fastDecider(p.spec) }),
  }));
  return {
    target,
    clauses,
    evaluate: (data, options = {}) => evaluateWith(target, prepared, observationSetOf(data), options),
  };
}
