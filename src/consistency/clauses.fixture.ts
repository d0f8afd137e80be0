/**
 * Hand-built clauses for tests: the AST the parser produces, without the parser.
 * Only tests import this file.
 */
import type {
  Baseline,
  ChangeClause,
  Clause,
  ClausePart,
  CompareClause,
  Comparator,
  CountClause,
  DelegatedClause,
  PeriodUnit,
  QualitativeClause,
  RateClause,
  Span,
  Target,
  ZeroClause,
} from '../ast/types.js';

const SPAN: Span = { start: 0, end: 0, line: 1, column: 1 };

interface Extra {
  readonly each?: string;
  readonly part?: ClausePart;
  readonly stretch?: string;
  readonly subject?: string;
}

function base(extra: Extra) {
  return {
    part: extra.part ?? ('main' as const),
    subject: { before: '', after: extra.subject ?? '' },
    span: SPAN,
    ...(extra.each === undefined ? {} : { each: extra.each }),
  };
}

function bound(op: Comparator, value: string, extra: Extra) {
  return { op, value, ...(extra.stretch === undefined ? {} : { stretch: extra.stretch }) };
}

/** `rate('gte', '80')` is `Đạt tỷ lệ từ 80% trở lên`. */
export function rate(op: Comparator, value: string, extra: Extra = {}): RateClause {
  return { kind: 'rate', bound: bound(op, value, extra), ...base(extra) };
}

/** `count('gte', '550', 'hồ sơ')` is `550 hồ sơ`. */
export function count(op: Comparator, value: string, unit: string, extra: Extra & { per?: PeriodUnit } = {}): CountClause {
  return { kind: 'count', bound: bound(op, value, extra), unit, ...(extra.per ? { per: extra.per } : {}), ...base(extra) };
}

/** The baseline `so với năm <year>`. */
export function year(y: number): Baseline {
  return { kind: 'year', year: y };
}

/** `change('decrease', 'gte', '7', year(2022))` is `Giảm 07% so với năm 2022`. */
export function change(direction: 'decrease' | 'increase', op: Comparator, value: string, baseline: Baseline, extra: Extra = {}): ChangeClause {
  return { kind: 'change', direction, bound: bound(op, value, extra), baseline, ...base(extra) };
}

/** `compare('gt', year(2022))` is `nhiều hơn năm 2022`. */
export function compare(op: CompareClause['op'], baseline: Baseline, extra: Extra = {}): CompareClause {
  return { kind: 'compare', op, baseline, ...base(extra) };
}

/** `Không để xảy ra`. */
export function zero(extra: Extra = {}): ZeroClause {
  return { kind: 'zero', verb: 'occur', ...base(extra) };
}

/** `Kịp thời phát hiện ...`. */
export function qualitative(extra: Extra = {}): QualitativeClause {
  return { kind: 'qualitative', ...base(extra) };
}

/** `(Phòng Văn hóa ... giao chỉ tiêu cụ thể cho ...)`. */
export function delegated(extra: Extra = {}): DelegatedClause {
  return { kind: 'delegated', by: 'Phòng Văn hóa', ...base(extra) };
}

/** A target of the given clauses. */
export function target(...clauses: Clause[]): Target {
  return { kind: 'target', clauses, span: SPAN };
}
