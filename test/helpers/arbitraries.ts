/**
 * fast-check arbitraries of canonical Target ASTs: the ASTs the parser can produce, so that
 * `parseTarget(formatTarget(ast))` must give `ast` back. What "canonical" means was decided
 * against the formatter (src/ast/format.ts) and the reference (grammar/README.md):
 * - a rate floor of 100% is `eq` (so `gte 100` without a stretch is never generated);
 * - a range (`stretch`) is always `gte`;
 * - `zero` and `delegated` clauses have no words before their core, `qualitative`/`task`
 *   clauses keep all their words in `subject.before`; a clause without a figure is a `task`
 *   exactly when the target has a schedule;
 * - `each` comes with a `subject.before` that opens with `mỗi <each> <phải|đều|cần|có>`;
 * - `per` is year, quarter or month (`/năm`, `/quý`, `/tháng`); a `by` schedule is a quarter,
 *   month or half (`năm 2023` alone is not a timing), `throughout` is a year.
 * Subjects are drawn from words that are not keywords, contain no digits and are not units.
 */
import fc from 'fast-check';
import type {
  Baseline,
  Bound,
  Clause,
  ClausePart,
  Comparator,
  PeriodRef,
  PeriodUnit,
  Schedule,
  Span,
  Subject,
  Target,
} from '../../src/ast/types.js';
import { compareDecimals } from '../../src/data/normalize.js';

/** Placeholder span: the formatter ignores spans and the comparison drops them. */
const SPAN: Span = { start: 0, end: 0, line: 1, column: 1 };

/**
 * Plain words of plan prose: no keyword of the language folds to them (`tự` folds to the
 * keyword `từ`, `mới` to `mỗi`, `đất` to `đạt`, so none of those), no digits, no count units.
 */
export const SUBJECT_WORDS = [
  'công tác', 'tuyên truyền', 'phòng ngừa', 'điều tra', 'khám phá', 'truy tố', 'xét xử', 'phạm tội',
  'ma túy', 'an ninh', 'nhân dân', 'pháp luật', 'giáo dục', 'quản lý', 'trọng điểm', 'phức tạp',
  'khởi tố', 'hình sự', 'kiểm sát', 'truy nã', 'bỏ trốn', 'cai nghiện', 'xét nghiệm', 'giải quyết',
  'hòa giải', 'thành công', 'nghiêm trọng', 'mua bán', 'nạn nhân', 'tội phạm', 'kịp thời', 'hiệu quả',
  'phát hiện', 'xử lý', 'kiến nghị', 'tiếp nhận', 'phân loại', 'lựa chọn', 'nghiêm minh', 'làm rõ',
  'tái phạm', 'chấp hành', 'Công an', 'Nhân dân', 'Phòng Văn hóa', 'Viện kiểm sát',
] as const;

/** Kinds of unit a per-unit quantifier ranges over. */
export const EACH_WORDS = ['xã', 'phường', 'đơn vị', 'trường học', 'cơ quan', 'thôn', 'khu dân cư', 'cấp', 'ngành'] as const;

/** Count units, canonically spelt. */
export const UNITS = ['hồ sơ', 'lần', 'mô hình', 'đợt', 'buổi', 'vụ', 'lượt'] as const;

const EACH_STOPS = ['phải', 'đều', 'cần', 'có'] as const;
const OPS: readonly Comparator[] = ['gte', 'gt', 'lte', 'lt', 'eq', 'approx'];

/** One to four subject words, joined by spaces or commas. */
export const words: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...SUBJECT_WORDS), fc.constantFrom(' ', ', ')), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.map(([w, sep], i) => (i === 0 ? w : sep + w)).join(''));

const maybeWords = fc.option(words, { nil: '' });

/** A canonical decimal string (no leading zeros, no trailing fraction zeros). */
function decimal(maxInt: number, fractionDigits: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: maxInt }), fc.nat({ max: 10 ** fractionDigits - 1 }), fc.nat({ max: fractionDigits }))
    .map(([int, frac, digits]) => {
      const f = digits === 0 ? '' : String(frac % 10 ** digits).padStart(digits, '0').replace(/0+$/, '');
      return f ? `${int}.${f}` : String(int);
    });
}


/** A bound on `value`s from `figure`; ranges are `gte` with a larger stretch. */
function boundOf(figure: fc.Arbitrary<string>, rateFloor100IsEq: boolean): fc.Arbitrary<Bound> {
  const single = fc.tuple(fc.constantFrom(...OPS), figure).map(([op, value]): Bound => {
    if (rateFloor100IsEq && op === 'gte' && value === '100') return { op: 'eq', value };
    return { op, value };
  });
  const range = fc
    .tuple(figure, figure)
    .filter(([a, b]) => compareDecimals(a, b) !== 0)
    .map(([a, b]): Bound => (compareDecimals(a, b) < 0 ? { op: 'gte', value: a, stretch: b } : { op: 'gte', value: b, stretch: a }));
  return fc.oneof({ weight: 4, arbitrary: single }, { weight: 1, arbitrary: range });
}

const percent = fc.oneof(decimal(100, 0), decimal(150, 2), fc.constant('100'));
const integer = fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 10_000_000 })).map(String);

/** Every kind of baseline. */
export const baseline: fc.Arbitrary<Baseline> = fc.oneof(
  fc.integer({ min: 1990, max: 2100 }).map((year): Baseline => ({ kind: 'year', year })),
  fc.constantFrom<Baseline>({ kind: 'previous_year' }, { kind: 'same_period_last_year' }, { kind: 'current' }, { kind: 'period_start' }),
);

/** `mỗi <each> <stop> [words]`, and the `each` it sets. */
const quantifier = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...EACH_WORDS), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('mỗi', 'Mỗi'),
    fc.constantFrom(...EACH_STOPS),
    maybeWords,
  )
  .map(([kinds, moi, stop, rest]) => ({ each: kinds.join(', '), before: [moi, kinds.join(', '), stop, rest].filter(Boolean).join(' ') }));

/** Subject before a core, with the `each` it implies (if any). */
const before: fc.Arbitrary<{ before: string; each?: string }> = fc.oneof(
  { weight: 4, arbitrary: maybeWords.map((b) => ({ before: b })) },
  { weight: 1, arbitrary: quantifier },
);

function subjectOf(b: string, after: string): Subject {
  return { before: b, after };
}

type Core = Exclude<Clause, { kind: 'qualitative' | 'task' | 'delegated' }>;

/** A clause with a core (rate, count, change, compare, zero), part `main`. */
export const coreClause: fc.Arbitrary<Core> = fc.oneof(
  fc.tuple(before, boundOf(percent, true), maybeWords).map(([b, bound, after]): Core => ({
    kind: 'rate', part: 'main', bound, subject: subjectOf(b.before, after), ...(b.each ? { each: b.each } : {}), span: SPAN,
  })),
  fc
    .tuple(before, boundOf(integer, false), fc.constantFrom(...UNITS), fc.option(fc.constantFrom<PeriodUnit>('year', 'quarter', 'month'), { nil: undefined }), maybeWords)
    .map(([b, bound, unit, per, after]): Core => ({
      kind: 'count', part: 'main', bound, unit, ...(per ? { per } : {}), subject: subjectOf(b.before, after), ...(b.each ? { each: b.each } : {}), span: SPAN,
    })),
  fc.tuple(before, fc.constantFrom('decrease' as const, 'increase' as const), boundOf(percent, false), baseline, maybeWords).map(([b, direction, bound, base, after]): Core => ({
    kind: 'change', part: 'main', direction, bound, baseline: base, subject: subjectOf(b.before, after), ...(b.each ? { each: b.each } : {}), span: SPAN,
  })),
  fc.tuple(before, fc.constantFrom('gt' as const, 'lt' as const, 'gte' as const, 'lte' as const), baseline, maybeWords).map(([b, op, base, after]): Core => ({
    kind: 'compare', part: 'main', op, baseline: base, subject: subjectOf(b.before, after), ...(b.each ? { each: b.each } : {}), span: SPAN,
  })),
  fc.tuple(fc.constantFrom('occur' as const, 'exist' as const, 'arise' as const), maybeWords).map(([verb, after]): Core => ({
    kind: 'zero', part: 'main', verb, subject: subjectOf('', after), span: SPAN,
  })),
);

/** A period a `by` schedule can name. */
const byPeriod: fc.Arbitrary<PeriodRef> = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((index) => ({ unit: 'quarter' as const, index })),
      fc.integer({ min: 1, max: 12 }).map((index) => ({ unit: 'month' as const, index })),
      fc.integer({ min: 1, max: 2 }).map((index) => ({ unit: 'half' as const, index })),
    ),
    fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: undefined }),
  )
  .map(([p, year]) => (year === undefined ? p : { ...p, year }));

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Every schedule but `all`. */
const simpleSchedule: fc.Arbitrary<Schedule> = fc.oneof(
  byPeriod.map((period): Schedule => ({ kind: 'by', period })),
  isoDate.map((date): Schedule => ({ kind: 'before', date })),
  fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: undefined }).map(
    (year): Schedule => ({ kind: 'throughout', period: year === undefined ? { unit: 'year' } : { unit: 'year', year } }),
  ),
  fc.uniqueArray(fc.constantFrom<PeriodUnit>('year', 'half', 'quarter', 'month'), { minLength: 1, maxLength: 4 }).map(
    (every): Schedule => ({ kind: 'recurring', every }),
  ),
);

/** Every schedule; `all` has two or three flat parts. */
export const schedule: fc.Arbitrary<Schedule> = fc.oneof(
  { weight: 3, arbitrary: simpleSchedule },
  { weight: 1, arbitrary: fc.array(simpleSchedule, { minLength: 2, maxLength: 3 }).map((parts): Schedule => ({ kind: 'all', parts })) },
);

/** A clause with no figure: its words (qualitative, or a task when the target is timed). */
const wordsClause = words.map((b) => ({ kind: 'words' as const, before: b }));

function partOf(i: number, part: ClausePart): ClausePart {
  return i === 0 ? 'main' : part;
}

/** `hằng quý` right after a count with no words after it would be read as the count's `/quý`. */
function countSwallowsSchedule(clauses: readonly Clause[], s: Schedule | undefined): boolean {
  const last = clauses.at(-1);
  const first = s?.kind === 'all' ? s.parts[0] : s;
  const hang = first?.kind === 'recurring' && first.every.length === 1 && first.every[0] !== 'half';
  return hang && last?.kind === 'count' && last.per === undefined && last.subject.after === '';
}

/** A target of one or more clauses (every kind), with or without a schedule. */
export const target: fc.Arbitrary<Target> = fc.oneof(
  { weight: 6, arbitrary: compound() },
  { weight: 1, arbitrary: delegatedTarget() },
  { weight: 1, arbitrary: scheduleOnly() },
);

function compound(): fc.Arbitrary<Target> {
  return fc
    .tuple(
      fc.array(
        fc.tuple(fc.oneof({ weight: 5, arbitrary: coreClause }, { weight: 1, arbitrary: wordsClause }), fc.constantFrom<ClausePart>('main', 'main', 'of_which', 'specifically')),
        { minLength: 1, maxLength: 4 },
      ),
      fc.option(schedule, { nil: undefined }),
    )
    .map(([items, s]): Target => {
      const clauses = items.map(([c, part], i): Clause => {
        if (c.kind !== 'words') return { ...c, part: partOf(i, part) };
        return { kind: s ? 'task' : 'qualitative', part: partOf(i, part), subject: { before: c.before, after: '' }, span: SPAN };
      });
      return { kind: 'target', clauses, ...(s ? { schedule: s } : {}), span: SPAN };
    })
    .filter((t) => !countSwallowsSchedule(t.clauses, t.schedule));
}

function delegatedTarget(): fc.Arbitrary<Target> {
  return fc.tuple(words, maybeWords).map(([by, after]): Target => ({
    kind: 'target',
    clauses: [{ kind: 'delegated', part: 'main', by, subject: { before: '', after }, span: SPAN }],
    span: SPAN,
  }));
}

function scheduleOnly(): fc.Arbitrary<Target> {
  return schedule.map((s): Target => ({
    kind: 'target',
    clauses: [{ kind: 'task', part: 'main', subject: { before: '', after: '' }, span: SPAN }],
    schedule: s,
    span: SPAN,
  }));
}
