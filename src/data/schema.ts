import { z } from 'zod';
import { PERIOD_PATTERN } from '../periods/period.js';
import { isIsoDate } from '../periods/dates.js';
import { DECIMAL_PATTERN } from './decimal.js';

/** A figure: a JSON number or an exact decimal string (`.` decimal point, no grouping). */
const figure = (description: string) =>
  z.union([z.number().nonnegative(), z.string().regex(new RegExp(DECIMAL_PATTERN))]).meta({ description });

const text = (description: string) => z.string().min(1).meta({ description });

/**
 * The fields of one observation row (JSON object or CSV row). Which fields may go together
 * (exactly one measure: `value`, `numerator`+`denominator`, `assessment` or `completed`) is
 * checked row by row after this schema, and stated in the JSON Schema with `oneOf`.
 */
export const observationRowSchema = z
  .strictObject({
    metric: text('Metric id (STT) the row belongs to: "2.6", "2.6.b" for the second clause. Omit for a single statement.').optional(),
    period: z
      .string()
      .regex(new RegExp(PERIOD_PATTERN))
      .meta({ description: 'Period the figure covers: 2023, 2023-H1, 2023-Q2 or 2023-06.' })
      .optional(),
    unit: text('For per-unit targets (Mỗi đơn vị ...): which unit the figure is for.').optional(),
    value: figure('The figure: a count, an amount, or a rate in percent.').optional(),
    numerator: figure('A rate as a fraction: cases that count (e.g. solved).').optional(),
    denominator: figure('A rate as a fraction: all cases.').optional(),
    start: figure('Stock at the start of the period, the baseline of a target with no written baseline (so với đầu kỳ).').optional(),
    assessment: z.enum(['met', 'not_met']).meta({ description: 'Judgement of a qualitative or delegated target.' }).optional(),
    evidence: z.string().meta({ description: 'What the figure or judgement rests on.' }).optional(),
    task: text('Task id a completion row belongs to. Omit for a single statement.').optional(),
    completed: z
      .string()
      .refine(isIsoDate)
      .meta({ description: 'Date a task was completed (YYYY-MM-DD).', format: 'date' })
      .optional(),
  })
  .meta({
    title: 'Observation',
    oneOf: [
      { required: ['value'] },
      { required: ['numerator', 'denominator'] },
      { required: ['assessment'] },
      { required: ['completed'] },
    ],
  });

/**
 * The document: `{"observations": [...]}`, with an optional `$schema` for editors and an
 * optional `_note` (a comment: the sample files say they are invented). Any other key is an error.
 */
export const observationSetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    _note: z.string().optional(),
    observations: z.array(observationRowSchema),
  })
  .meta({
    title: 'chitieu observations',
    description: 'Observed data to evaluate chitieu targets against (JSON, or CSV with the same columns).',
  });

/** A row as the schema accepts it, before row-level checks. */
export type ObservationRowInput = z.infer<typeof observationRowSchema>;

/** Every field of a row, in CSV column order. */
export const ROW_FIELDS = Object.keys(observationRowSchema.shape) as (keyof ObservationRowInput)[];
