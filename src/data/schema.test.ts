import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { observationRowSchema, observationSetSchema, ROW_FIELDS } from './schema.js';

describe('the JSON Schema generated from the zod schema', () => {
  const doc = z.toJSONSchema(observationSetSchema, { target: 'draft-2020-12' }) as unknown as {
    required: string[];
    additionalProperties: boolean;
    properties: { observations: { items: { properties: Record<string, unknown>; additionalProperties: boolean; oneOf: { required: string[] }[] } } };
  };
  const row = doc.properties.observations.items;

  it('lists every field the validator knows, and no other', () => {
    expect(Object.keys(row.properties).sort()).toEqual([...ROW_FIELDS].sort());
    expect(row.additionalProperties).toBe(false);
    expect(doc.additionalProperties).toBe(false);
    expect(doc.required).toEqual(['observations']);
  });

  it('states the one-measure rule the row check enforces', () => {
    expect(row.oneOf.map((o) => o.required)).toEqual([['value'], ['numerator', 'denominator'], ['assessment'], ['completed']]);
  });

  it('keeps the decimal and period patterns of the validator', () => {
    expect(JSON.stringify(row.properties['value'])).toContain('^\\\\d+(\\\\.\\\\d+)?$');
    expect(observationRowSchema.safeParse({ period: '2023-H3', value: 1 }).success).toBe(false);
    expect(JSON.stringify(row.properties['period'])).toContain('H([12])');
  });
});
