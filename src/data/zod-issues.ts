import type * as z from 'zod/mini';
import type { DataExpectation, DataIssue } from './data-error.js';
import { suggestDate, suggestPeriod } from './suggest.js';

/** What each field expects, for messages: the schema's own wording is not stable. */
const FIELD_EXPECTS: Readonly<Record<string, DataExpectation>> = {
  metric: 'text',
  unit: 'text',
  task: 'text',
  evidence: 'text',
  period: 'period',
  value: 'decimal',
  numerator: 'decimal',
  denominator: 'decimal',
  start: 'decimal',
  assessment: 'assessment',
  completed: 'iso_date',
};

/** A value as written, shortened for a message. */
export function describeFound(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    // Own properties only: a key named `__proto__` is data here, never the prototype.
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Zod's issues for one row as data issues with stable codes and expectations, under `prefix`
 * (the row's path in the document).
 *
 * @example
 * fromZodIssues(result.error.issues, row, ['observations', 3])
 * // [{ code: 'invalid_value', path: ['observations', 3, 'period'], expected: 'period', found: '"2023-13"' }]
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  row: unknown,
  prefix: readonly (string | number)[],
): DataIssue[] {
  return issues.flatMap((issue): DataIssue[] => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ code: 'unknown_field', path: [...prefix, ...path, key], expected: 'known_field', found: key }));
    }
    const field = path[path.length - 1];
    const expected = (typeof field === 'string' && FIELD_EXPECTS[field]) || 'row_object';
    const found = valueAt(row, path);
    const code = issue.code === 'invalid_type' || (issue.code === 'invalid_union' && typeof found !== 'string') ? 'wrong_type' : 'invalid_value';
    const suggestion = typeof found !== 'string' ? undefined : field === 'period' ? suggestPeriod(found) : field === 'completed' ? suggestDate(found) : undefined;
    return [{ code, path: [...prefix, ...path], expected, found: describeFound(found), ...(suggestion !== undefined && { suggestion }) }];
  });
}
