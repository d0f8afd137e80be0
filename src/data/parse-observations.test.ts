import { describe, expect, it } from 'vitest';
import { DataError, type DataIssue } from './data-error.js';
import { parseObservations, parseObservationsJson } from './parse-observations.js';

function issuesOf(json: unknown): readonly DataIssue[] {
  try {
    parseObservations(json);
  } catch (e) {
    if (e instanceof DataError) return e.issues;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('parseObservations', () => {
  it('reads every row kind of the issue example', () => {
    const set = parseObservations({
      observations: [
        { metric: '2.3', period: '2022', value: 412 },
        { metric: '2.6', period: '2023', numerator: 170, denominator: 200 },
        { metric: '1.3', period: '2023', unit: 'THCS Cẩm Phả', value: 2 },
        { metric: '1.6', period: '2023', assessment: 'met', evidence: 'Biên bản' },
        { task: 'II.1', completed: '2023-03-20' },
      ],
    });
    expect(set.observations.map((o) => o.kind)).toEqual(['value', 'rate', 'value', 'assessment', 'completion']);
    expect(set.observations[1]).toEqual({ kind: 'rate', row: 1, metric: '2.6', period: '2023', numerator: '170', denominator: '200' });
    expect(set.observations[4]).toEqual({ kind: 'completion', row: 4, task: 'II.1', completed: '2023-03-20' });
    expect(set.warnings).toEqual([]);
  });

  it('keeps decimal strings exact and canonical', () => {
    const set = parseObservations({ observations: [{ period: '2023', value: '0412.50' }, { period: '2024', value: 0.1 }] });
    expect(set.observations.map((o) => (o.kind === 'value' ? o.value : ''))).toEqual(['412.5', '0.1']);
  });

  it('lists every bad row in one error, each with its path and expectation', () => {
    const issues = issuesOf({
      observations: [
        { metric: '2.3', period: '2023-13', value: 1 },
        { metric: '2.3', period: '2023', value: true },
        { metric: '2.6', period: '2023', numerator: 3 },
        { metric: '2.6', period: '2022', value: 1, numerator: 1, denominator: 2 },
        { metric: '2.3', period: '2023', value: '1,5%' },
        { metric: '2.3', period: '2024', valeu: 3 },
        { task: 'II.1', completed: '2023-02-29' },
        { metric: '2.6', period: '2023', numerator: 9, denominator: 4 },
        { metric: '2.3', value: 5 },
        'not a row',
      ],
    });
    const summary = issues.map((i) => [i.path.join('.'), i.code, i.expected]);
    expect(summary).toEqual([
      ['observations.0.period', 'invalid_value', 'period'],
      ['observations.1.value', 'wrong_type', 'decimal'],
      ['observations.2.denominator', 'missing_field', 'denominator'],
      ['observations.3', 'conflicting_fields', 'one_measure'],
      ['observations.4.value', 'invalid_value', 'decimal'],
      ['observations.5.valeu', 'unknown_field', 'known_field'],
      ['observations.6.completed', 'invalid_value', 'iso_date'],
      ['observations.7.numerator', 'invalid_value', 'numerator_within_denominator'],
      ['observations.8.period', 'missing_field', 'period_on_metric_row'],
      ['observations.9', 'wrong_type', 'row_object'],
    ]);
    expect(issues[1]?.found).toBe('true');
    expect(issues[3]?.found).toBe('value, numerator+denominator');
  });

  it('never reads a missing figure as 0: a row with no measure is an error', () => {
    expect(issuesOf({ observations: [{ metric: '2.3', period: '2023' }] })).toEqual([
      { code: 'missing_field', path: ['observations', 0], expected: 'one_measure' },
    ]);
  });

  it('rejects negative figures and integers JSON has already rounded', () => {
    const issues = issuesOf({ observations: [{ period: '2023', value: -1 }, { period: '2024', value: 2 ** 60 }] });
    expect(issues.map((i) => [i.path.join('.'), i.expected])).toEqual([
      ['observations.0.value', 'decimal'],
      ['observations.1.value', 'exact_decimal'],
    ]);
  });

  it('reports a second row for the same metric, period and unit, pointing at the first', () => {
    const issues = issuesOf({
      observations: [
        { metric: 'a', period: '2023', unit: 'X', value: 1 },
        { metric: 'a', period: '2023', unit: 'Y', value: 1 },
        { metric: 'a', period: '2023', unit: 'X', value: 2 },
      ],
    });
    expect(issues).toEqual([{ code: 'duplicate_row', path: ['observations', 2], expected: 'unique_row', found: 'observations[0]' }]);
  });

  it('treats __proto__ as data: an unknown key, and an ordinary metric id', () => {
    const json = JSON.parse('{"observations":[{"period":"2023","value":1,"__proto__":{"polluted":true}}]}');
    expect(issuesOf(json)).toEqual([
      { code: 'unknown_field', path: ['observations', 0, '__proto__'], expected: 'known_field', found: '__proto__' },
    ]);
    const set = parseObservations({ observations: [{ metric: '__proto__', period: '2023', value: 1 }, { metric: 'constructor', period: '2023', value: 2 }] });
    expect(set.observations.map((o) => (o.kind === 'value' ? o.metric : ''))).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('checks the document shape', () => {
    expect(issuesOf([])[0]).toMatchObject({ code: 'wrong_type', expected: 'observation_set' });
    expect(issuesOf({})[0]).toMatchObject({ code: 'missing_field', expected: 'observations_array' });
    expect(issuesOf({ observations: {}, extra: 1 }).map((i) => i.code)).toEqual(['unknown_field', 'wrong_type']);
    expect(parseObservations({ $schema: './schema.json', observations: [] }).observations).toEqual([]);
    expect(parseObservations({ _note: 'SAMPLE DATA', observations: [] }).observations).toEqual([]);
    expect(() => parseObservations({ _notes: 'typo', observations: [] })).toThrow(/_notes/);
  });

  it('reads text figures by the plan\'s rule: 44.200 is forty-four thousand two hundred, 7,5 is seven and a half', () => {
    const set = parseObservations({
      observations: [
        { metric: '1.1', period: '2023', value: '44.200' },
        { metric: '1.2', period: '2023', value: '7,5' },
        { metric: '1.3', period: '2023', value: '12.500,75' },
        { metric: '1.4', period: '2023', numerator: '1.250', denominator: '1.300' },
      ],
    });
    expect(set.observations.map((o) => (o.kind === 'value' ? o.value : o.kind === 'rate' ? `${o.numerator}/${o.denominator}` : ''))).toEqual(['44200', '7.5', '12500.75', '1250/1300']);
  });

  it('refuses a figure that is ambiguous in its field, naming the row that makes it so', () => {
    const issues = issuesOf({ observations: [{ metric: '1.1', period: '2023', value: '7.5' }, { metric: '1.2', period: '2023', value: '1.250' }, { metric: '1.3', period: '2023', value: '1.25' }] });
    expect(issues).toEqual([
      { code: 'ambiguous_figure', path: ['observations', 1, 'value'], expected: 'unambiguous_figure', found: '1.250', evidence: { found: '7.5', path: ['observations', 0, 'value'] } },
    ]);
    // Another field is another column: a `7.5` in `value` says nothing of `numerator`.
    expect(parseObservations({ observations: [{ metric: '1', period: '2023', value: '7.5' }, { metric: '2', period: '2023', numerator: '1.250', denominator: '2.000' }] }).observations).toHaveLength(2);
  });

  it('warns about metrics no target uses', () => {
    const set = parseObservations(
      {
        observations: [
          { metric: '3.3', period: '2023', value: '1.000' },
          { metric: '9.9', period: '2023', value: 1 },
          { metric: '9.9', period: '2022', value: 1 },
          { period: '2023', value: 1 },
        ],
      },
      { metrics: ['3.3'] },
    );
    expect(set.warnings.map((w) => [w.code, w.found, w.rows])).toEqual([
      ['unused_metric', '9.9', [1, 2]],
      ['unused_metric', '', [3]],
    ]);
  });

  it('turns unreadable JSON text into a DataError with code invalid_json', () => {
    expect(() => parseObservationsJson('{"observations": [')).toThrow(DataError);
    expect(() => parseObservationsJson('{oops')).toThrow(expect.objectContaining({ code: 'invalid_json' }));
    expect(parseObservationsJson('{"observations":[{"period":"2023","value":3}]}').observations).toHaveLength(1);
  });

  it('reads a JSON file that starts with a UTF-8 byte order mark, as plans, CSV and NDJSON are read', () => {
    const set = parseObservationsJson('\uFEFF{"observations":[{"period":"2023","value":3}]}');
    expect(set.observations).toMatchObject([{ period: '2023', value: '3' }]);
    // Only at the start: a mark inside is no white space of JSON.
    expect(() => parseObservationsJson('{"observations":\uFEFF[]}')).toThrow(expect.objectContaining({ code: 'invalid_json' }));
  });

  it('gives the error a Vietnamese message naming the first row and how many more', () => {
    expect(() => parseObservations({ observations: [{ period: 'x', value: 1 }, { period: '2023' }] })).toThrow(
      expect.objectContaining({
        code: 'invalid_data',
        message: expect.stringMatching(/^observations\[0\]\.period: giá trị không hợp lệ `"x"`; cần một kỳ .* \(và 1 lỗi khác\)$/),
      }),
    );
  });
});
