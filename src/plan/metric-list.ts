/**
 * Every id a plan's data rows may use, with the clause or task it stands for, in plan order:
 * what `chitieu metrics` prints and what a data-entry template is built from.
 */
import { formatSchedule, formatTarget } from '../api/index.js';
import type { Clause, ClauseKind, Target } from '../ast/types.js';
import { statementFileSpan } from './statement.js';
import type { Plan } from './types.js';
import { listEntries } from './walk.js';

/**
 * One id of a plan: a clause of a target (`metric`) or a key task (`task`).
 *
 * @example
 * ({ kind: 'metric', id: '1.1', stt: '1.1', clauseIndex: 0, clause: 'delegated', canonical: '(Phòng Văn hóa, ... địa phương)', explicit: false, line: 24, column: 23 })
 * ({ kind: 'task', id: 'II.1', stt: '1', canonical: 'quý I', explicit: false, line: 199, column: 24 })
 */
export type PlanIdRow =
  | {
      readonly kind: 'metric';
      readonly id: string;
      /** STT of the target the clause belongs to. */
      readonly stt: string;
      readonly clauseIndex: number;
      readonly clause: ClauseKind;
      /** The clause in canonical form (`tỷ lệ ≥ 80%`). */
      readonly canonical: string;
      readonly explicit: boolean;
      /** Where the clause starts in the plan file (1-based). */
      readonly line: number;
      readonly column: number;
    }
  | {
      readonly kind: 'task';
      readonly id: string;
      readonly stt: string;
      /** The timing in canonical form (`trong quý I`). */
      readonly canonical: string;
      readonly explicit: boolean;
      /** Where the timing starts in the plan file (1-based). */
      readonly line: number;
      readonly column: number;
    };

/**
 * The canonical text of one clause on its own: as a main clause, without the statement's timing.
 *
 * @example
 * formatClause(target, target.clauses[1]) // "các tội phạm rất nghiêm trọng, ... ≥ 96% trong tổng số án khởi tố"
 */
export function formatClause(target: Target, clause: Clause): string {
  return formatTarget({ kind: 'target', clauses: [{ ...clause, part: 'main' }], span: target.span });
}

/**
 * List every metric and task id of a plan, in document order.
 *
 * @example
 * listPlanIds(plan).filter((r) => r.kind === 'metric').map((r) => r.id) // ["1.1", ..., "2.6", "2.6.b", ...]
 */
export function listPlanIds(plan: Plan): PlanIdRow[] {
  return listEntries(plan).flatMap(({ entry }): PlanIdRow[] => {
    if (entry.kind === 'task') {
      const canonical = formatSchedule(entry.schedule);
      const { line, column } = entry.timing.span;
      return [{ kind: 'task', id: entry.id, stt: entry.stt, canonical, explicit: entry.explicitId, line, column }];
    }
    return entry.metrics.map((m) => {
      const { line, column } = statementFileSpan(entry.statement, m.clause.span);
      return {
        kind: 'metric',
        id: m.id,
        stt: entry.stt,
        clauseIndex: m.clauseIndex,
        clause: m.clause.kind,
        canonical: formatClause(entry.statement.target, m.clause),
        explicit: m.explicit,
        line,
        column,
      };
    });
  });
}
