// zod/mini, not `zod`: the classic API's chainable methods keep its whole namespace in the
// bundle (~450 KB, ~50 ms of the cold start); the functional API keeps what is used (~15 KB).
// Same zod 4 core underneath: same parsing, issue codes and JSON Schema.
import * as z from 'zod/mini';
import { PERIOD_PATTERN } from '../periods/period.js';
import { isIsoDate } from '../periods/dates.js';
import { DECIMAL_PATTERN } from './decimal.js';

/**
 * `schema` with `meta` (description, title, ...) recorded for the JSON Schema. Registers in
 * place: the classic `.meta()` clone is not needed, and a `z.meta()` check would run (as a
 * no-op) on every row parsed.
 */
function described<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  z.globalRegistry.add(schema, meta);
  return schema;
}

/** A figure: a JSON number or an exact decimal string (`.` decimal point, no grouping). */
const figure = (description: string) =>
  described(z.union([z.number().check(z.nonnegative()), z.string().check(z.regex(new RegExp(DECIMAL_PATTERN)))]), { description });

const text = (description: string) => described(z.string().check(z.minLength(1)), { description });

/**
 * The fields of one observation row (JSON object or CSV row). Which fields may go together
 * (exactly one measure: `value`, `numerator`+`denominator`, `assessment` or `completed`) is
 * checked row by row after this schema, and stated in the JSON Schema with `oneOf`.
 */
function buildRowSchema() {
  return described(
    z.strictObject({
      metric: z.optional(text('Metric id (STT) the row belongs to: "2.6", "2.6.b" for the second clause. Omit for a single statement.')),
      period: z.optional(
        described(z.string().check(z.regex(new RegExp(PERIOD_PATTERN))), {
          description: 'Period the figure covers: 2023, 2023-H1, 2023-Q2 or 2023-06.',
        }),
      ),
      unit: z.optional(text('For per-unit targets (Mỗi đơn vị ...): which unit the figure is for.')),
      value: z.optional(figure('The figure: a count, an amount, or a rate in percent.')),
      numerator: z.optional(figure('A rate as a fraction: cases that count (e.g. solved).')),
      denominator: z.optional(figure('A rate as a fraction: all cases.')),
      start: z.optional(figure('Stock at the start of the period, the baseline of a target with no written baseline (so với đầu kỳ).')),
      assessment: z.optional(described(z.enum(['met', 'not_met']), { description: 'Judgement of a qualitative or delegated target.' })),
      evidence: z.optional(described(z.string(), { description: 'What the figure or judgement rests on.' })),
      task: z.optional(text('Task id a completion row belongs to. Omit for a single statement.')),
      completed: z.optional(
        described(z.string().check(z.refine(isIsoDate)), { description: 'Date a task was completed (YYYY-MM-DD).', format: 'date' }),
      ),
    }),
    {
      title: 'Observation',
      oneOf: [
        { required: ['value'] },
        { required: ['numerator', 'denominator'] },
        { required: ['assessment'] },
        { required: ['completed'] },
      ],
    },
  );
}

/**
 * The document: `{"observations": [...]}`, with an optional `$schema` for editors and an
 * optional `_note` (a comment: the sample files say they are invented). Any other key is an error.
 */
function buildSetSchema() {
  return described(
    z.strictObject({
      $schema: z.optional(z.string()),
      _note: z.optional(z.string()),
      observations: z.array(observationRowSchema()),
    }),
    {
      title: 'chitieu observations',
      description: 'Observed data to evaluate chitieu targets against (JSON, or CSV with the same columns).',
    },
  );
}

// Built on first use, not at import: constructing zod schemas costs ~2 ms of the cold start
// (first runs of zod's constructors), and most programs that import chitieu never read data.
let rowSchema: ReturnType<typeof buildRowSchema> | undefined;
let setSchema: ReturnType<typeof buildSetSchema> | undefined;

/**
 * The zod schema of one observation row (a zod 4 schema: `safeParse`, `z.toJSONSchema`).
 *
 * @example
 * observationRowSchema().safeParse({ period: '2023-H3', value: 1 }).success // false
 */
export function observationRowSchema(): ReturnType<typeof buildRowSchema> {
  return (rowSchema ??= buildRowSchema());
}

/**
 * The zod schema of an observations document (`{"observations": [...]}`).
 *
 * @example
 * z.toJSONSchema(observationSetSchema(), { target: 'draft-2020-12' }).required // ['observations']
 */
export function observationSetSchema(): ReturnType<typeof buildSetSchema> {
  return (setSchema ??= buildSetSchema());
}

/** A row as the schema accepts it, before row-level checks. */
export type ObservationRowInput = z.infer<ReturnType<typeof buildRowSchema>>;

/**
 * Every field of a row, in CSV column order: the schema's keys, in its order (a test checks),
 * written out so that reading a CSV header does not build the schema.
 */
export const ROW_FIELDS: readonly (keyof ObservationRowInput)[] = [
  'metric',
  'period',
  'unit',
  'value',
  'numerator',
  'denominator',
  'start',
  'assessment',
  'evidence',
  'task',
  'completed',
];
