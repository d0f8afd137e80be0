/**
 * Hand-built plans for tests: the Plan AST `parsePlan` produces, without the plan parser.
 * Only tests import this file.
 */
import type { Clause, Span } from '../ast/types.js';
import type { MetricBinding, Plan, PlanTarget } from '../plan/types.js';
import { target } from './clauses.fixture.js';

const SPAN: Span = { start: 0, end: 0, line: 1, column: 1 };

/** One row: STT, description, clauses, and optional explicit ids (one per clause). */
export interface Row {
  readonly stt: string;
  readonly description?: string;
  readonly clauses: readonly Clause[];
  readonly ids?: readonly string[];
  readonly line?: number;
}

/** A target row with default metric ids (`2.6`, `2.6.b`, ...) unless `ids` are given. */
export function planTarget(row: Row): PlanTarget {
  const line = row.line ?? 1;
  const metrics: MetricBinding[] = row.clauses.map((clause, clauseIndex) => ({
    id: row.ids?.[clauseIndex] ?? (clauseIndex === 0 ? row.stt : `${row.stt}.${String.fromCharCode(97 + clauseIndex)}`),
    clauseIndex,
    clause,
    explicit: row.ids !== undefined,
  }));
  return {
    kind: 'target',
    stt: row.stt,
    description: row.description ?? '',
    statement: { text: '', target: target(...row.clauses), span: { ...SPAN, line }, segments: [{ start: 0, offset: 0, line, column: 1 }] },
    lead: [],
    coordinators: [],
    metrics,
    span: { ...SPAN, line },
  };
}

/** A plan of the given rows in one section, with a header year. */
export function plan(rows: readonly Row[], year = 2023, number = 'TEST/KH'): Plan {
  return {
    kind: 'plan',
    header: { number, year, implements: [], span: SPAN },
    body: [{ kind: 'section', number: '1', title: 'Chỉ tiêu', children: rows.map(planTarget), span: SPAN }],
  };
}
