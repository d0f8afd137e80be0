import type { Clause } from '../ast/types.js';
import type { Plan, PlanNode, PlanTarget } from '../plan/types.js';
import { constraintOf, type Constraint, type UncheckableKind } from './constraint.js';
import { resolveQuantity } from './quantity.js';

/**
 * Where a finding points: the metric id data rows use, the target's STT, the clause, and the
 * clause's line and column in the `.chitieu` file.
 *
 * @example
 * ({ metric: '1.3', stt: '1.3', clauseIndex: 0, line: 40, column: 23 })
 */
export interface Site {
  readonly metric: string;
  readonly stt: string;
  readonly clauseIndex: number;
  readonly line: number;
  readonly column: number;
}

/** One clause of a plan's targets with its metric id and its constraint (or why it has none). */
export interface PlanMetric {
  readonly id: string;
  readonly site: Site;
  readonly target: PlanTarget;
  readonly clause: Clause;
  /** The constraint, with `so với năm trước` resolved against the plan year. */
  readonly constraint?: Constraint;
  /** Set when the clause has no figure. */
  readonly uncheckable?: UncheckableKind;
}

function targetsOf(nodes: readonly PlanNode[]): PlanTarget[] {
  return nodes.flatMap((n) => (n.kind === 'section' ? targetsOf(n.children) : n.kind === 'target' ? [n] : []));
}

/**
 * The file position of a clause: its span is relative to the statement text, which the
 * statement's segments map back to the file line by line.
 */
function siteOf(t: PlanTarget, id: string, clauseIndex: number, clause: Clause): Site {
  const offset = clause.span.start;
  const segment = [...t.statement.segments].reverse().find((s) => s.start <= offset) ?? t.statement.segments[0];
  const line = segment?.line ?? t.span.line;
  const column = segment ? segment.column + (offset - segment.start) : t.span.column;
  return { metric: id, stt: t.stt, clauseIndex, line, column };
}

/**
 * Every clause of every target of a plan, in document order, read as constraints.
 *
 * @example
 * planMetrics(camPha).map((m) => m.id) // ["1.1", "1.2", "1.3", "1.4", "1.4.b", ...]
 */
export function planMetrics(plan: Plan): PlanMetric[] {
  return targetsOf(plan.body).flatMap((t) =>
    t.metrics.map((b) => {
      const r = constraintOf(b.clause);
      const base = { id: b.id, site: siteOf(t, b.id, b.clauseIndex, b.clause), target: t, clause: b.clause };
      if (!r.checkable) return { ...base, uncheckable: r.kind };
      const constraint = { ...r.constraint, quantity: resolveQuantity(r.constraint.quantity, plan.header.year) };
      return { ...base, constraint };
    }),
  );
}
