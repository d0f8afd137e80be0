/**
 * Data files at scale (issue 10): a million rows, every one after the first a duplicate. The
 * issues used to be gathered with `push(...all)`, which overflows the stack from ~130,000.
 * The result is asserted, not the time.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from './data-error.js';
import { parseObservationsCsv } from './parse-csv.js';
import { parseObservationsJson } from './parse-observations.js';

const ROWS = 1_000_000;

function caught(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('a million duplicate rows', () => {
  it('JSON: one duplicate_row issue per repeated row, no stack overflow', () => {
    const row = '{"metric":"2.3","period":"2023","value":380}';
    const e = caught(() => parseObservationsJson(`{"observations":[${Array(ROWS).fill(row).join(',')}]}`));
    expect(e.issues).toHaveLength(ROWS - 1);
    expect(e.issues[0]).toMatchObject({ code: 'duplicate_row', path: ['observations', 1], found: 'observations[0]' });
    expect(e.issues.at(-1)).toMatchObject({ code: 'duplicate_row', path: ['observations', ROWS - 1] });
  }, 120_000);

  it('CSV: the same, with each row’s line', () => {
    const e = caught(() => parseObservationsCsv(`metric,period,value\n${'2.3,2023,380\n'.repeat(ROWS)}`));
    expect(e.issues).toHaveLength(ROWS - 1);
    expect(e.issues.at(-1)).toMatchObject({ code: 'duplicate_row', path: ['observations', ROWS - 1], line: ROWS + 1 });
  }, 120_000);
});
