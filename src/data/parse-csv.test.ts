import { describe, expect, it } from 'vitest';
import { DataError } from './data-error.js';
import { parseObservationsCsv } from './parse-csv.js';
import { parseObservations } from './parse-observations.js';

function errorOf(text: string): DataError {
  try {
    parseObservationsCsv(text);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('parseObservationsCsv', () => {
  it('reads the same rows as the JSON format, empty cells being absent fields', () => {
    const csv = [
      'metric,period,unit,value,numerator,denominator,assessment,evidence,task,completed',
      '2.3,2022,,412,,,,,,',
      '2.6,2023,,,170,200,,,,',
      '1.3,2023,THCS Cẩm Phả,2,,,,,,',
      '1.6,2023,,,,,met,"Biên bản, số 3",,',
      ',,,,,,,,II.1,2023-03-20',
    ].join('\r\n');
    const json = parseObservations({
      observations: [
        { metric: '2.3', period: '2022', value: '412' },
        { metric: '2.6', period: '2023', numerator: '170', denominator: '200' },
        { metric: '1.3', period: '2023', unit: 'THCS Cẩm Phả', value: '2' },
        { metric: '1.6', period: '2023', assessment: 'met', evidence: 'Biên bản, số 3' },
        { task: 'II.1', completed: '2023-03-20' },
      ],
    });
    expect(parseObservationsCsv(csv)).toEqual(json);
  });

  it('names unknown columns, including __proto__', () => {
    const e = errorOf('metric,period,__proto__,valeu\n2.3,2022,1,2\n');
    expect(e.issues.map((i) => [i.code, i.found, i.line])).toEqual([
      ['unknown_field', '__proto__', 1],
      ['unknown_field', 'valeu', 1],
    ]);
  });

  it('lists every bad row with its line, never reading an empty cell as 0', () => {
    const e = errorOf('metric,period,value\n2.3,2022,\n2.3,2023,abc\n2.3,2024,1,9\n');
    expect(e.issues.map((i) => [i.line, i.path.join('.'), i.code, i.expected])).toEqual([
      [2, 'observations.0', 'missing_field', 'one_measure'],
      [3, 'observations.1.value', 'invalid_value', 'decimal'],
      [4, 'observations.2', 'invalid_csv', 'csv_column_count'],
    ]);
  });

  it('gives lines of rows after a quoted cell spanning lines', () => {
    const e = errorOf('period,evidence,value\n2023,"a\nb",1\n2023-13,,1\n');
    expect(e.issues[0]).toMatchObject({ line: 4, path: ['observations', 1, 'period'] });
  });
});
