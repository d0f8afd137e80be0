import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { observationRowSchema, observationSetSchema, ROW_FIELDS } from './schema.js';

describe('the JSON Schema generated from the zod schema', () => {
  const doc = z.toJSONSchema(observationSetSchema(), { target: 'draft-2020-12' }) as unknown as {
    required: string[];
    additionalProperties: boolean;
    properties: { observations: { items: { properties: Record<string, unknown>; additionalProperties: boolean; oneOf: { required: string[] }[] } } };
  };
  const row = doc.properties.observations.items;

  it('lists every field the validator knows, and no other', () => {
    // ROW_FIELDS is written out (reading a CSV header must not build the schema): same keys, same order.
    expect(Object.keys(observationRowSchema().shape)).toEqual(ROW_FIELDS);
    expect(Object.keys(row.properties)).toEqual(ROW_FIELDS);
    expect(row.additionalProperties).toBe(false);
    expect(doc.additionalProperties).toBe(false);
    expect(doc.required).toEqual(['observations']);
  });

  it('states the one-measure rule the row check enforces', () => {
    expect(row.oneOf.map((o) => o.required)).toEqual([['value'], ['numerator', 'denominator'], ['assessment'], ['completed']]);
  });

  it('keeps the decimal and period patterns of the validator', () => {
    expect(JSON.stringify(row.properties['value'])).toContain('^\\\\d+(?:[.,]\\\\d+)*$');
    expect(observationRowSchema().safeParse({ period: '2023-H3', value: 1 }).success).toBe(false);
    expect(JSON.stringify(row.properties['period'])).toContain('H([12])');
  });
});
