import { compareDecimals } from '../text/numbers.js';
import type { DataIssue } from './data-error.js';
import { toDecimalString } from './decimal.js';
import { FigureColumns } from './figure-columns.js';
import type { ObservationRowInput } from './schema.js';
import type { Observation } from './types.js';

/** Re-exported where the data step has always offered it. */
export { compareDecimals };

type Path = readonly (string | number)[];

/**
 * How a row's text figures are read: the column reader shared by every row of the file, and
 * where the row is in a table (its line, each field's header).
 */
export interface RowContext {
  readonly columns: FigureColumns;
  readonly line?: number;
  readonly headers?: Readonly<Record<string, string>>;
}
type Result = { readonly observation: Observation } | { readonly issues: readonly DataIssue[] };

const MEASURES = ['value', 'numerator+denominator', 'assessment', 'completed'] as const;

function measuresOf(r: ObservationRowInput): string[] {
  const has = [
    r.value !== undefined,
    r.numerator !== undefined || r.denominator !== undefined,
    r.assessment !== undefined,
    r.completed !== undefined,
  ];
  return MEASURES.filter((_, i) => has[i]);
}

/**
 * Exact decimal of a figure field, or an issue: a text figure by the plan's rule, judged in its
 * column (`FigureColumns`); a number as written (JSON integers beyond 2^53 are already rounded).
 */
function figure(r: ObservationRowInput, key: 'value' | 'numerator' | 'denominator' | 'start', at: Path, issues: DataIssue[], ctx: RowContext): string {
  const raw = r[key];
  if (raw === undefined) return '0';
  if (typeof raw === 'string') {
    const column = ctx.headers?.[key];
    const read = ctx.columns.read(key, raw, [...at, key], { ...(ctx.line !== undefined && { line: ctx.line }), ...(column !== undefined && { column }) });
    if (typeof read === 'string') return read;
    issues.push(read);
    return '0';
  }
  const exact = toDecimalString(raw);
  if (exact === undefined) issues.push({ code: 'invalid_value', path: [...at, key], expected: 'exact_decimal', found: String(raw) });
  return exact ?? '0';
}

function completion(r: ObservationRowInput, row: number, at: Path, issues: DataIssue[]): Observation {
  const extra = (['metric', 'period', 'unit', 'start'] as const).filter((k) => r[k] !== undefined);
  if (extra.length > 0) issues.push({ code: 'conflicting_fields', path: at, expected: 'task_row_fields', found: extra.join(', ') });
  return { kind: 'completion', row, completed: r.completed!, ...(r.task !== undefined && { task: r.task }), ...(r.evidence !== undefined && { evidence: r.evidence }) };
}

function metricRow(r: ObservationRowInput, measure: string, row: number, at: Path, issues: DataIssue[], ctx: RowContext): Observation {
  if (r.period === undefined) issues.push({ code: 'missing_field', path: [...at, 'period'], expected: 'period_on_metric_row' });
  if (r.task !== undefined) issues.push({ code: 'conflicting_fields', path: [...at, 'task'], expected: 'task_row_fields', found: 'task' });
  if (r.start !== undefined && measure !== 'value') issues.push({ code: 'conflicting_fields', path: [...at, 'start'], expected: 'start_with_value', found: 'start' });
  const base = {
    row,
    period: r.period ?? '',
    ...(r.metric !== undefined && { metric: r.metric }),
    ...(r.unit !== undefined && { unit: r.unit }),
    ...(r.evidence !== undefined && { evidence: r.evidence }),
  };
  if (measure === 'value') {
    const start = r.start === undefined ? undefined : figure(r, 'start', at, issues, ctx);
    return { ...base, kind: 'value', value: figure(r, 'value', at, issues, ctx), ...(start !== undefined && { start }) };
  }
  if (measure === 'assessment') return { ...base, kind: 'assessment', assessment: r.assessment! };
  return { ...base, kind: 'rate', ...fraction(r, at, issues, ctx) };
}

function fraction(r: ObservationRowInput, at: Path, issues: DataIssue[], ctx: RowContext): { numerator: string; denominator: string } {
  if (r.numerator === undefined) issues.push({ code: 'missing_field', path: [...at, 'numerator'], expected: 'numerator' });
  if (r.denominator === undefined) issues.push({ code: 'missing_field', path: [...at, 'denominator'], expected: 'denominator' });
  const numerator = figure(r, 'numerator', at, issues, ctx);
  const denominator = figure(r, 'denominator', at, issues, ctx);
  if (r.numerator !== undefined && r.denominator !== undefined && compareDecimals(numerator, denominator) > 0) {
    issues.push({ code: 'invalid_value', path: [...at, 'numerator'], expected: 'numerator_within_denominator', found: `${numerator}/${denominator}` });
  }
  return { numerator, denominator };
}

/**
 * Check one schema-valid row as a whole (exactly one measure, fields that go together) and
 * turn it into an `Observation`, or list everything wrong with it. `ctx` carries the column
 * reader of the whole file (a row read alone gets its own).
 *
 * @example
 * normalizeRow({ metric: '2.6', period: '2023', numerator: 170, denominator: 200 }, 0, ['observations', 0])
 * // { observation: { kind: 'rate', row: 0, metric: '2.6', period: '2023', numerator: '170', denominator: '200' } }
 */
export function normalizeRow(r: ObservationRowInput, row: number, at: Path, ctx: RowContext = { columns: new FigureColumns() }): Result {
  const issues: DataIssue[] = [];
  const measures = measuresOf(r);
  if (measures.length !== 1) {
    issues.push({
      code: measures.length === 0 ? 'missing_field' : 'conflicting_fields',
      path: at,
      expected: 'one_measure',
      ...(measures.length > 0 && { found: measures.join(', ') }),
    });
    return { issues };
  }
  const measure = measures[0]!;
  const observation = measure === 'completed' ? completion(r, row, at, issues) : metricRow(r, measure, row, at, issues, ctx);
  return issues.length > 0 ? { issues } : { observation };
}
