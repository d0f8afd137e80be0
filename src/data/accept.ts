/**
 * Observed data as every judging function takes it: a set `parseObservations` returned is
 * used as is; anything else (plain rows from a JavaScript caller, a set built by hand) is
 * validated exactly as `parseObservations` validates a data file, so a bad row is a
 * `DataError`, never a `TypeError` or a verdict on a figure that was never checked.
 */
import { DataError, type DataIssue } from './data-error.js';
import { parseObservations } from './parse-observations.js';
import { isTrusted } from './trusted.js';
import type { ObservationSet, ObservationsInput } from './types.js';

/** What an unvalidated input became, so one input is validated once however often it is judged. */
const converted = new WeakMap<object, ObservationSet>();

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fields that make a row of each kind (`Observation.kind`). */
const KIND_FIELDS: Readonly<Record<string, readonly string[]>> = {
  value: ['value'],
  rate: ['numerator', 'denominator'],
  assessment: ['assessment'],
  completion: ['completed'],
};

/** A hand-built row's `kind` against its fields: a `rate` with a `value` is not a rate. */
function kindIssue(row: Record<string, unknown>, i: number): DataIssue | undefined {
  const kind = row['kind'];
  const fields = typeof kind === 'string' && Object.hasOwn(KIND_FIELDS, kind) ? KIND_FIELDS[kind]! : undefined;
  if (fields && fields.some((f) => Object.hasOwn(row, f))) return undefined;
  return { code: fields ? 'conflicting_fields' : 'invalid_value', path: ['observations', i, 'kind'], expected: 'observation_kind', found: String(kind) };
}

const FIGURES = ['value', 'numerator', 'denominator', 'start'] as const;
const CANONICAL = /^\d+(\.\d+)?$/;

/**
 * A hand-built row's figures are `DecimalString`s (`'23.07'`, `.` the decimal point), not text
 * written the Vietnamese way, where `'1.000'` is a thousand: each is handed to the reader with
 * the decimal comma (`'23,07'`), which means the same figure there. Anything else is left as
 * it is, for the reader to refuse (`'-5'`).
 */
function canonicalFigures(fields: Record<string, unknown>): Record<string, unknown> {
  const out = { ...fields };
  for (const key of FIGURES) {
    const v = Object.hasOwn(out, key) ? out[key] : undefined;
    if (typeof v === 'string' && CANONICAL.test(v)) out[key] = v.replace('.', ',');
  }
  return out;
}

function validate(data: unknown): ObservationSet {
  if (!isPlainObject(data) || !Array.isArray(data['observations'])) return parseObservations(data);
  // A set built by hand: its `warnings` are recomputed, its rows' `kind` and `row` are ours.
  const { warnings, ...root } = data;
  if (warnings !== undefined && !Array.isArray(warnings)) (root as Record<string, unknown>)['warnings'] = warnings;
  const kinds: DataIssue[] = [];
  const rows = (data['observations'] as unknown[]).map((row, i) => {
    if (!isPlainObject(row) || !Object.hasOwn(row, 'kind')) return row;
    const issue = kindIssue(row, i);
    if (issue) kinds.push(issue);
    const { kind: _kind, row: _row, ...fields } = row;
    return canonicalFigures(fields);
  });
  try {
    const set = parseObservations({ ...root, observations: rows });
    if (kinds.length > 0) throw new DataError(kinds);
    return set;
  } catch (e) {
    if (!(e instanceof DataError) || kinds.length === 0) throw e;
    const at = (x: DataIssue) => (typeof x.path[1] === 'number' ? x.path[1] : -1);
    throw new DataError([...e.issues, ...kinds].sort((a, b) => at(a) - at(b)));
  }
}

/**
 * The validated set of any observed-data input: the input itself when `parseObservations`
 * made it, else the input validated as `parseObservations` does (cached per input object).
 * Throws `DataError` for anything that is not valid observed data.
 *
 * @example
 * observationSetOf({ observations: [{ period: '2023', value: '-5' }] }) // throws DataError: observations[0].value
 */
export function observationSetOf(data: ObservationsInput | unknown): ObservationSet {
  if (typeof data !== 'object' || data === null) return parseObservations(data);
  if (isTrusted(data)) return data as ObservationSet;
  let set = converted.get(data);
  if (!set) {
    set = validate(data);
    converted.set(data, set);
  }
  return set;
}
