import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../api/index.js';
import { readFigureVi, type FigureKind } from '../text/numbers.js';
import { FigureColumns } from './figure-columns.js';

/** Figures as people type them: plain, decimal comma or point, grouped by dots, with leading zeros. */
const figure = fc.oneof(
  fc.nat({ max: 10 ** 7 }).map(String),
  fc.tuple(fc.nat({ max: 999_999 }), fc.stringMatching(/^\d{1,4}$/), fc.constantFrom(',', '.')).map(([i, f, mark]) => `${i}${mark}${f}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.stringMatching(/^\d{3}$/), { minLength: 1, maxLength: 3 }), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined })).map(
    ([head, groups, frac]) => `${head}.${groups.join('.')}${frac === undefined ? '' : `,${frac}`}`,
  ),
  fc.stringMatching(/^0\d{1,2}$/),
);

describe('one figure rule for the plan and the data', () => {
  it('reads a figure in a data cell as the plan reader reads it in a statement', () => {
    const kinds = new Set<FigureKind>();
    fc.assert(
      fc.property(figure, (text) => {
        const reading = readFigureVi(text);
        if (reading === undefined) return;
        kinds.add(reading.kind);
        const clause = parseTarget(`đạt ${text} hồ sơ`).clauses[0]!;
        expect(clause.kind).toBe('count');
        const planValue = clause.kind === 'count' ? clause.bound.value : undefined;
        // A cell read alone (no other cell in its column to make it ambiguous).
        const cell = new FigureColumns().read('value', text, ['observations', 0, 'value']);
        expect(cell).toBe(planValue);
        expect(cell).toBe(reading.value);
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: every way of writing a figure was generated and compared.
    expect([...kinds].sort()).toEqual(['comma_decimal', 'comma_group', 'dot_decimal', 'dot_group', 'grouped', 'plain']);
  });
});

describe('FigureColumns', () => {
  const read = (cells: string[]) => {
    const columns = new FigureColumns();
    const values = cells.map((c, i) => columns.read('value', c, ['observations', i, 'value'], { line: i + 2, column: 'Giá trị' }));
    return { values, issues: columns.finish() };
  };

  it('reads 44.200 as forty-four thousand two hundred in a column without an English cell', () => {
    expect(read(['44.200', '12.500', '7,5', '1.000.000']).issues).toEqual([]);
    expect(read(['44.200', '12.500', '7,5']).values).toEqual(['44200', '12500', '7.5']);
  });

  it('refuses each 1.250 and 1,250 of a column that writes 7.5, naming that cell', () => {
    const { issues } = read(['7.5', '1.250', '3', '1,250']);
    expect(issues.map((i) => [i.found, i.line, i.evidence?.found, i.evidence?.line])).toEqual([
      ['1.250', 3, '7.5', 2],
      ['1,250', 5, '7.5', 2],
    ]);
  });

  it('refuses a column with both 1.250 and 1,250 and nothing only a Vietnamese writer writes, and not with 7,5 beside', () => {
    expect(read(['1.250', '1,250']).issues.map((i) => i.found)).toEqual(['1.250', '1,250']);
    expect(read(['1.250', '1,250', '7,5']).issues).toEqual([]);
  });

  it('refuses English grouping with the Vietnamese spelling suggested', () => {
    expect(read(['1,250.75']).values[0]).toMatchObject({ code: 'invalid_value', suggestion: '1.250,75', line: 2, column: 'Giá trị' });
    expect(read(['1,000,000']).values[0]).toMatchObject({ suggestion: '1.000.000' });
  });
});
