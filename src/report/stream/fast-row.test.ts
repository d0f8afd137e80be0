import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimalString } from '../../data/decimal.js';
import { FigureColumns } from '../../data/figure-columns.js';
import { parsePeriod } from '../../periods/period.js';
import { fastRowSlots, readFastRow, scanFastRow } from './fast-row.js';
import { byteRowSlots, scanRowBytes } from './row-bytes.js';
import { scanRowText } from './row-text.js';
import { readSlowRow } from './slow-row.js';

describe('readFastRow', () => {
  it('reads a value row and a fraction row given as numbers', () => {
    expect(readFastRow({ metric: '2.3', period: '2023', value: 380 })).toEqual({ metric: '2.3', period: '2023', unit: undefined, facts: { kind: 'value', value: 380 } });
    expect(readFastRow({ metric: '2.8', period: '2023', value: 11, start: 24 })?.facts).toEqual({ kind: 'value', value: 11, start: 24 });
    expect(readFastRow({ metric: '2.2', period: '2023-H1', unit: 'X', numerator: 1, denominator: 2, evidence: '' })?.facts).toEqual({ kind: 'rate', numerator: 1, denominator: 2 });
  });

  it('leaves every other shape to the full validation', () => {
    for (const row of [
      { metric: '2.3', period: '2023', value: '380' }, // a string figure
      { metric: '2.3', period: '2023', value: 1, numerator: 1, denominator: 2 }, // two measures
      { metric: '2.3', period: '2023', numerator: 3, denominator: 2 }, // numerator above denominator
      { metric: '2.3', period: '2023', numerator: 1, denominator: 2, start: 1 },
      { metric: '2.3', period: '2023', value: -1 },
      { metric: '2.3', period: '2023', value: 2 ** 60 },
      { metric: '2.3', value: 1 },
      { metric: '', period: '2023', value: 1 },
      { metric: '3.1', period: '2023', assessment: 'met' },
      { task: 'II.1', completed: '2023-03-20' },
      { metric: '2.3', period: '2023', value: 1, extra: true },
      JSON.parse('{"metric": "2.3", "period": "2023", "value": 1, "__proto__": {}}'),
      [1, 2],
      null,
      'text',
    ]) {
      expect(readFastRow(row)).toBeUndefined();
    }
  });

  it('never accepts a row the full validation rejects, and reads the same figures (10,000 rows)', () => {
    const figure = fc.oneof(fc.nat(100), fc.double({ min: -1, max: 100, noNaN: true }), fc.constantFrom(2 ** 53, 2 ** 60, 0.1, 1e-7), fc.constant('7.5'));
    const row = fc.record(
      {
        metric: fc.constantFrom('2.3', '', 'x'),
        period: fc.constantFrom('2023', '2023-H1', '2023-13', '2023-06', 'năm'),
        unit: fc.constantFrom('A', ''),
        value: figure,
        numerator: figure,
        denominator: figure,
        start: figure,
        evidence: fc.constantFrom('', 'ok'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(row, (r) => {
        const fast = readFastRow(r);
        if (!fast || !parsePeriod(fast.period)) return;
        const slow = readSlowRow(r, 0, undefined, new FigureColumns());
        expect('observation' in slow).toBe(true);
        if (!('observation' in slow)) return;
        const o = slow.observation;
        expect(o.kind === 'completion' ? undefined : [o.metric, o.period, o.unit]).toEqual([fast.metric, fast.period, fast.unit]);
        const f = fast.facts;
        if (f.kind === 'value' && o.kind === 'value') {
          expect(o.value).toBe(toDecimalString(f.value));
          expect(o.start).toBe(f.start === undefined ? undefined : toDecimalString(f.start));
        } else if (f.kind === 'rate' && o.kind === 'rate') {
          expect([o.numerator, o.denominator]).toEqual([toDecimalString(f.numerator), toDecimalString(f.denominator)]);
        } else expect.unreachable(`${f.kind} vs ${o.kind}`);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('readSlowRow', () => {
  it('gives the data module’s issues with the row’s path and line', () => {
    expect(readSlowRow({ metric: '2.2', period: '2023-13', value: 1 }, 4, 5, new FigureColumns())).toEqual({
      issues: [{ code: 'invalid_value', path: ['observations', 4, 'period'], expected: 'period', found: '"2023-13"', line: 5 }],
    });
    expect(readSlowRow([1], 0, undefined, new FigureColumns())).toEqual({ issues: [{ code: 'wrong_type', path: ['observations', 0], expected: 'row_object', found: '[1]' }] });
  });

  it('reads a text figure by the plan\'s rule, and leaves its column\'s verdict to the shared reader', () => {
    const columns = new FigureColumns();
    const r = readSlowRow({ metric: '3.3', period: '2023', value: '1.000' }, 2, 3, columns);
    expect('observation' in r && r.observation).toMatchObject({ value: '1000' });
    readSlowRow({ metric: '3.4', period: '2023', value: '7.5' }, 3, 4, columns);
    expect(columns.finish()).toMatchObject([{ code: 'ambiguous_figure', path: ['observations', 2, 'value'], found: '1.000', line: 3, evidence: { found: '7.5', line: 4 } }]);
  });
});

/** Both text readers on one line: the string one, and the byte one on its UTF-8 bytes. */
function readBoth(line: string) {
  const text = fastRowSlots();
  const okText = scanRowText(line, 0, line.length, text);
  const bytes = new TextEncoder().encode(line);
  const slots = byteRowSlots();
  const end = scanRowBytes(bytes, 0, bytes.length, slots);
  const span = (s: number, e: number) => (s < 0 ? undefined : new TextDecoder().decode(bytes.subarray(s, e)));
  const fromBytes =
    end < 0
      ? undefined
      : {
          metric: span(slots.metricStart, slots.metricEnd),
          period: span(slots.periodStart, slots.periodEnd),
          unit: span(slots.unitStart, slots.unitEnd),
          value: slots.value,
          numerator: slots.numerator,
          denominator: slots.denominator,
          start: slots.start,
        };
  const { valueDigits: _d, valueScale: _s, ...values } = text;
  return { okText, text: okText ? values : undefined, end, bytesLength: bytes.length, fromBytes, slots, textSlots: text };
}

/** What JSON.parse + scanFastRow read from the line, or undefined. */
function readParsed(line: string) {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  const out = fastRowSlots();
  if (!scanFastRow(json, out)) return undefined;
  const { valueDigits: _d, valueScale: _s, ...values } = out;
  return values;
}

describe('scanRowText and scanRowBytes', () => {
  it('read the common shapes in place, as JSON.parse + scanFastRow read them', () => {
    for (const line of [
      '{"metric":"X00001.1","period":"2023-01","numerator":45,"denominator":200}',
      '{ "metric" : "2.2", "period": "2023", "value": 93.5 }',
      '\t{"metric": "2.8", "period": "2023-H1", "value": 11, "start": 24, "evidence": "Báo cáo số 5"}\r',
      '{"metric": "1", "period": "2023", "unit": "Xã Cẩm Thạch", "value": 0}',
      '{"period": "2023", "metric": "1", "value": 0.05}',
    ]) {
      const both = readBoth(line);
      expect(both.okText, line).toBe(true);
      expect(both.text, line).toEqual(readParsed(line));
      expect(both.end, line).toBe(both.bytesLength);
      expect(both.fromBytes, line).toEqual(readParsed(line));
    }
  });

  it('give a decimal’s digits and scale, and stop the byte reader at the line’s end', () => {
    const { slots, textSlots } = readBoth('{"metric": "2.2", "period": "2023", "value": 93.50}');
    expect([slots.value, slots.valueDigits, slots.valueScale]).toEqual([93.5, 9350, 2]);
    expect([textSlots.value, textSlots.valueDigits, textSlots.valueScale]).toEqual([93.5, 9350, 2]);
    const two = '{"metric": "1", "period": "2023", "value": 7} \n{"metric": "2"';
    const bytes = new TextEncoder().encode(two);
    expect(scanRowBytes(bytes, 0, bytes.length, byteRowSlots())).toBe(two.indexOf('\n'));
  });

  it('leave every other line to JSON.parse', () => {
    for (const line of [
      '{"metric": "2\\u002e2", "period": "2023", "value": 1}', // an escape
      '{"metric": "2.2", "metric": "2.3", "period": "2023", "value": 1}', // a repeated key
      '{"metric": "2.2", "period": "2023", "value": 1e2}', // an exponent
      '{"metric": "2.2", "period": "2023", "value": -0}', // a sign
      '{"metric": "2.2", "period": "2023", "value": 01}', // a leading zero (not JSON)
      '{"metric": "2.2", "period": "2023", "value": 1.}', // no decimals (not JSON)
      '{"metric": "2.2", "period": "2023", "value": 1234567890123456}', // 16 digits
      '{"metric": "2.2", "period": "2023", "value": 0.1234567890123456}',
      '{"metric": "2.2", "period": "2023", "value": 1} x', // garbage after the object
      '{"metric": "2.2", "period": "2023", "value": 1,}', // a trailing comma
      '{"metric": "2.2", "period": "2023", "value": 1', // cut
      '{"metric": "2.2", "period": "2023", "valu": 1}', // an unknown key
      '{"metric": "2.2", "period": "2023", "values": 1}',
      '{"metric": "2.2", "period": "2023", "value": 1, "__proto__": {}}',
      '{"metric": "2.2", "period": "2023", "value": "93.5"}', // a string figure: the schema's
      '{"metric": "2.2", "period": "2023", "value": true}',
      '{"metric": "2.2", "period": "2023", "value": null}',
      '{"metric": "", "period": "2023", "value": 1}', // an empty id
      '{"metric": "2.2", "period": "2023", "unit": "", "value": 1}',
      '{"metric": "2.2", "value": 1}', // no period
      '{"metric": "2.2", "period": "2023", "numerator": 3, "denominator": 2}',
      '{"metric": "2.2", "period": "2023", "numerator": 3}',
      '{"metric": "2.2", "period": "2023", "value": 1, "numerator": 1, "denominator": 2}',
      '{"metric": "2.2", "period": "2023", "numerator": 1, "denominator": 2, "start": 1}',
      '{"metric": "2.2", "period": "20\t23", "value": 1}', // a control character in a string
      '{"metric": 2.2, "period": "2023", "value": 1}',
      '{"task": "II.1", "completed": "2023-03-20"}',
      '{}',
      '[1, 2]',
      '',
      '\uFEFF{"metric": "2.2", "period": "2023", "value": 1}',
    ]) {
      const both = readBoth(line);
      expect([line, both.okText, both.end]).toEqual([line, false, -1]);
    }
  });

  it('never read a line otherwise than JSON.parse + scanFastRow, and read the usual lines (20,000 lines)', () => {
    const key = fc.constantFrom('metric', 'period', 'unit', 'evidence', 'value', 'numerator', 'denominator', 'start', 'metrik', 'valu', '__proto__', 'vàlue');
    const str = fc.oneof(fc.constantFrom('2.2', '2023', '2023-05', 'X00001.1', '', 'Xã Cẩm Thạch', 'a"b', 'a\\b', 'tab\there', '\u{1F600}', '\uD800'), fc.string({ maxLength: 6 }));
    const num = fc.oneof(
      fc.nat(1000),
      fc.constantFrom(0.5, 93.5, 0.05, 100, 100.5, 1e21, 2 ** 53, 123456789012345, 1234567890123456, -0, -1, 0.1 + 0.2),
      fc.double({ min: 0, max: 1000, noNaN: true }),
      fc.integer({ min: 0, max: 99999 }).chain((n) => fc.nat(5).map((k) => n / 10 ** k)),
    );
    // A number spelled as JSON.stringify does, or in another valid (or invalid) spelling.
    const numText = fc.tuple(num, fc.constantFrom('', 'trailing0', 'exp', 'lead0', 'plus')).map(([n, how]) => {
      const s = JSON.stringify(n);
      if (how === 'trailing0') return s.includes('.') ? `${s}0` : `${s}.0`;
      if (how === 'exp') return `${s}e0`;
      if (how === 'lead0') return `0${s}`;
      if (how === 'plus') return `+${s}`;
      return s;
    });
    const value = fc.oneof(numText, str.map((s) => JSON.stringify(s)), fc.constantFrom('true', 'null', '{}', '[]', '"7.5"'));
    const space = fc.constantFrom('', '', ' ', '  ', '\t', '\r', '\u00a0', '\n');
    const field = fc.tuple(key, value, space, space).map(([k, v, s1, s2]) => `${JSON.stringify(k)}${s1}:${s2}${v}`);
    const line = fc.tuple(fc.array(field, { maxLength: 6 }), space, space, fc.constantFrom('', '', ',', 'x', '}')).map(([fields, s1, s2, tail]) => `${s1}{${fields.join(`,${s2}`)}}${tail}${s2}`);
    // Lines as JSON.stringify writes rows: the readers must take these.
    const usual = fc
      .record({
        metric: fc.constantFrom('2.2', 'X00001.12', 'Xã 1'),
        period: fc.constantFrom('2023', '2023-05'),
        unit: fc.constantFrom(undefined, 'Trường A'),
        figures: fc.oneof(
          fc.integer({ min: 0, max: 10 ** 9 }).map((value) => ({ value })),
          fc.integer({ min: 0, max: 9999 }).map((v) => ({ value: v / 10 })),
          fc.tuple(fc.nat(500), fc.nat(500)).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) })),
          fc.tuple(fc.nat(500), fc.nat(500)).map(([value, start]) => ({ value, start })),
        ),
      })
      .map(({ metric, period, unit, figures }) => JSON.stringify({ metric, period, ...(unit && { unit }), ...figures }));
    fc.assert(
      fc.property(fc.oneof(line, usual), (text) => {
        const parsed = readParsed(text);
        const both = readBoth(text);
        if (both.okText) expect(both.text).toEqual(parsed);
        // No \n in the line: the byte reader reads it whole or not at all.
        if (!text.includes('\n') && both.end >= 0) {
          expect(both.end).toBe(both.bytesLength);
          expect(both.fromBytes).toEqual(parsed);
        }
        for (const s of [both.slots, both.textSlots]) if (s.valueScale > 0) expect(s.valueDigits / 10 ** s.valueScale).toBe(s.value);
        if (both.okText || both.end >= 0) expect(parsed).toBeDefined();
      }),
      { numRuns: 15_000 },
    );
    fc.assert(
      fc.property(usual, (text) => {
        const both = readBoth(text);
        expect([both.okText, both.end]).toEqual([true, both.bytesLength]);
      }),
      { numRuns: 5_000 },
    );
  });
});
