/**
 * Which targets of a plan SQL decides, and the constants it decides them with. Each clause's
 * linear forms are the evaluator's own (`numericSpec`, src/evaluate/spec.ts): the SQL only
 * evaluates `α·a + β·b + γ` on the engine's exact decimals and judges its sign as `judge` does.
 * Whatever needs more than a row and its baseline row (per-unit quantifiers, frequencies shorter
 * than a year, average growth, assessments, tasks) is left to the evaluator, on the rows the
 * query hands back.
 */
import type { Clause, Target } from '../ast/types.js';
import type { LinearForm } from '../evaluate/linear.js';
import { numericSpec } from '../evaluate/spec.js';
import { scheduleDeadlines } from '../periods/schedule.js';
import type { Plan, PlanTarget } from '../plan/types.js';
import { listEntries } from '../plan/walk.js';

/**
 * A clause's linear form `α·a + β·b + γ`, as the evaluator builds it (`formFor`,
 * src/evaluate/linear.ts): its sign is the sign of `value − figure`.
 *
 * @example
 * ({ alpha: -100n, beta: 93n, gamma: 0n }) // giảm ≥ 7%: 93·base − 100·current ≥ 0
 */
export interface SqlForm {
  readonly alpha: bigint;
  readonly beta: bigint;
  readonly gamma: bigint;
}

/**
 * A clause's comparator, as the evaluator's `judge` takes it.
 *
 * @example
 * const op: SqlOp = 'gte'
 */
export type SqlOp = 'gte' | 'lte' | 'gt' | 'lt' | 'eq' | 'zero' | 'approx';

/**
 * How a clause turns its row (and its baseline row) into the two facts of its forms.
 *
 * @example
 * const shape: SqlShape = 'change' // current and baseline
 */
export type SqlShape = 'rate' | 'count' | 'change';

/**
 * Where a change's baseline comes from: the row's own `start`, or the same sub-period of another year.
 *
 * @example
 * const baseline: SqlBaseline = 'fixed_year' // so với năm 2022
 */
export type SqlBaseline = 'none' | 'start' | 'fixed_year' | 'previous_year';

/**
 * One distinct clause spec: a row of the `chitieu_spec` table.
 *
 * @example
 * // `giảm ≥ 7% so với năm 2022`:
 * ({ id: 0, shape: 'change', op: 'gte', f: { alpha: -100n, beta: 93n, gamma: 0n }, baseline: 'fixed_year', baseYear: 2022, divides: true, points: false, floorCount: false })
 */
export interface SqlSpec {
  readonly id: number;
  readonly shape: SqlShape;
  readonly op: SqlOp;
  readonly f: SqlForm;
  readonly stretch?: SqlForm;
  readonly lo?: SqlForm;
  readonly hi?: SqlForm;
  readonly baseline: SqlBaseline;
  /** The baseline year: written (`so với năm 2022`), or the year before the plan year; absent: the year before the judged period's. */
  readonly baseYear?: number;
  /** `b` divides (a rate, a relative change, a multiple): `b = 0` is no data. */
  readonly divides: boolean;
  /** A change in points: both figures must be rates (≤ 100). */
  readonly points: boolean;
  /** A count floor not yet reached is not due before `due` (else the end of the year). */
  readonly floorCount: boolean;
  /** The schedule's last deadline as `YYYYMMDD`, when there is one. */
  readonly due?: number;
}

/**
 * A metric id and what it binds to: a row of the `chitieu_bind` table.
 *
 * @example
 * ({ metric: '2.3', entry: 4, clause: 0, spec: 0, clauses: 1 }) // decided in SQL
 * ({ metric: '3.1', entry: 9, clause: 0, spec: -1, clauses: 1 }) // judged by the evaluator
 */
export interface SqlBinding {
  readonly metric: string;
  /** Index of the entry in `listEntries(plan)`. */
  readonly entry: number;
  readonly clause: number;
  /** The clause's spec id, or -1 when the evaluator judges the entry. */
  readonly spec: number;
  /** How many clauses the entry has. */
  readonly clauses: number;
}

/**
 * What SQL decides of a plan.
 *
 * @example
 * planSpecs(plan, { year: 2023 }).bindings.filter((b) => b.spec >= 0).length
 */
export interface PlanSpecs {
  readonly specs: readonly SqlSpec[];
  readonly bindings: readonly SqlBinding[];
  /** Entries SQL decides (indices in `listEntries(plan)`). */
  readonly decided: ReadonlySet<number>;
}

/** Coefficients beyond this stay out of SQL: every engine multiplies them exactly below 10^18. */
const LIMIT = 10n ** 18n;

function small(form: LinearForm | undefined): boolean {
  if (!form) return true;
  return [form.alpha, form.beta, form.gamma].every((x) => (x < 0n ? -x : x) < LIMIT);
}

function baselineOf(c: Clause): SqlBaseline | undefined {
  if (c.kind !== 'change' && c.kind !== 'compare') return 'none';
  switch (c.baseline.kind) {
    case 'period_start':
    case 'current':
      return 'start';
    case 'year':
      return 'fixed_year';
    case 'previous_year':
      return 'previous_year';
    case 'same_period_last_year':
      return 'previous_year';
  }
}

function shapeOf(c: Clause): SqlShape | undefined {
  if (c.each !== undefined) return undefined; // per unit: every unit's rows (the evaluator)
  switch (c.kind) {
    case 'rate':
      return 'rate';
    case 'zero':
      return 'count';
    case 'count':
      // A frequency shorter than a year is checked per sub-period (the evaluator).
      return c.per === undefined || c.per === 'year' ? 'count' : undefined;
    case 'change':
      return c.measure === 'average' ? undefined : 'change';
    case 'compare':
      return 'change';
    default:
      return undefined;
  }
}

function isoInt(date: string): number {
  return Number(date.replaceAll('-', ''));
}

/**
 * The spec of one clause, or `undefined` when SQL does not decide it. `planYear` resolves
 * `so với năm trước`; without it (and without a fixed period) a baseline in another year is
 * left to the evaluator, whose choice of periods then skips the baseline years.
 */
function clauseSpec(c: Clause, target: Target, planYear: number | undefined, period: string | undefined): Omit<SqlSpec, 'id'> | undefined {
  const shape = shapeOf(c);
  const spec = numericSpec(c);
  if (!shape || !spec || spec.years !== undefined) return undefined;
  const { f, stretch, lo, hi } = spec.forms;
  if (![f, stretch, lo, hi].every(small)) return undefined;
  const baseline = baselineOf(c)!;
  let baseYear: number | undefined;
  if ((c.kind === 'change' || c.kind === 'compare') && c.baseline.kind === 'year') baseYear = c.baseline.year;
  // `so với năm trước` is the year before the plan year; without one, before the judged period's year (as `cùng kỳ`).
  if ((c.kind === 'change' || c.kind === 'compare') && c.baseline.kind === 'previous_year' && planYear !== undefined) baseYear = planYear - 1;
  // Without a plan year or a period, which periods are judged depends on the baseline years: the evaluator's choice.
  if (baseline !== 'none' && baseline !== 'start' && planYear === undefined && period === undefined) return undefined;
  const floorCount = c.kind === 'count' && (spec.op === 'gte' || spec.op === 'gt' || spec.op === 'approx');
  const dues = floorCount && target.schedule ? scheduleDeadlines(target.schedule, planYear) : undefined;
  const last = dues?.[dues.length - 1];
  return {
    shape,
    op: spec.op,
    f,
    ...(stretch && { stretch }),
    ...(lo && { lo }),
    ...(hi && { hi }),
    baseline,
    ...(baseYear !== undefined && { baseYear }),
    divides: spec.dividesByB,
    points: c.kind === 'change' && c.measure === 'points',
    floorCount,
    ...(last && { due: isoInt(last.due) }),
  };
}

/** A spec's identity: two clauses with the same key are judged by the same SQL. */
function keyOf(s: Omit<SqlSpec, 'id'>): string {
  return JSON.stringify(s, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * The specs and bindings of a plan: a target is decided in SQL when every clause is (and it
 * has one metric id per clause, none shared with another entry); any other target keeps
 * `spec: -1` and is judged by the evaluator on its rows.
 *
 * @example
 * const { specs, bindings, decided } = planSpecs(plan, { year: 2023 })
 */
export function planSpecs(plan: Plan, options: { readonly year?: number; readonly period?: string }): PlanSpecs {
  const planYear = options.year ?? plan.header.year;
  const specs: SqlSpec[] = [];
  const byKey = new Map<string, number>();
  const perTarget = new WeakMap<Target, readonly number[] | null>();
  const entries = listEntries(plan);
  const owners = new Map<string, number[]>();
  entries.forEach(({ entry }, i) => {
    if (entry.kind !== 'target') return;
    for (const m of entry.metrics) owners.set(m.id, [...(owners.get(m.id) ?? []), i]);
  });
  const bindings: SqlBinding[] = [];
  const decided = new Set<number>();
  entries.forEach(({ entry }, i) => {
    if (entry.kind !== 'target') return;
    const ids = specIds(entry, planYear);
    const shared = entry.metrics.some((m) => owners.get(m.id)!.length > 1);
    const ok = ids !== null && !shared && entry.metrics.length === entry.statement.target.clauses.length && entry.metrics.length > 0;
    if (ok) decided.add(i);
    entry.metrics.forEach((m, c) => {
      // An id bound twice is bound once here, to the evaluator: the streamed check's rule (the last binding wins) applies there.
      if (shared && owners.get(m.id)![0] !== i) return;
      bindings.push({ metric: m.id, entry: ok ? i : -1, clause: c, spec: ok ? ids![c]! : -1, clauses: entry.metrics.length });
    });
  });
  return { specs, bindings, decided };

  function specIds(entry: PlanTarget, planYear: number | undefined): readonly number[] | null {
    const target = entry.statement.target;
    const known = perTarget.get(target);
    if (known !== undefined) return known;
    const built = target.clauses.map((c) => clauseSpec(c, target, planYear, options.period));
    let ids: number[] | null = null;
    if (built.length > 0 && built.every((s) => s !== undefined)) {
      ids = built.map((s) => {
        const key = keyOf(s!);
        let id = byKey.get(key);
        if (id === undefined) {
          id = specs.length;
          byKey.set(key, id);
          specs.push({ id, ...s! });
        }
        return id;
      });
    }
    perTarget.set(target, ids);
    return ids;
  }
}
