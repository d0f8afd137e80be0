import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../evaluate/evaluate.js';
import { parsePlan } from '../plan/parse-plan.js';
import { createPlanChecker } from '../report/stream/plan-checker.js';
import { DataError } from './data-error.js';
import { parseJsonExact } from './exact-json.js';
import { parseObservationsJson } from './parse-observations.js';

const one = (figure: string) => parseObservationsJson(`{"observations": [{"period": "2023", "value": ${figure}}]}`);
const valueOf = (figure: string) => (one(figure).observations[0] as { value: string }).value;

describe('JSON numbers read as written', () => {
  it('80.000000000000001 meets trên 80% as a number, as it does as a string (it was rounded to 80)', () => {
    expect(valueOf('80.000000000000001')).toBe('80.000000000000001');
    expect(evaluateTarget('Đạt trên 80%', one('80.000000000000001')).status).toBe('met');
    expect(evaluateTarget('Đạt trên 80%', one('"80.000000000000001"')).status).toBe('met');
  });

  it('1e-400 is not 0; long integers keep their digits; exponents are written out', () => {
    expect(valueOf('1e-400')).toBe(`0.${'0'.repeat(399)}1`);
    expect(evaluateTarget('Không để xảy ra', one('1e-400')).status).toBe('not_met');
    expect(valueOf('12345678901234567891')).toBe('12345678901234567891');
    expect(valueOf('8.0000000000000001e1')).toBe('80.000000000000001');
    expect(valueOf('1.5e2')).toBe('150');
  });

  it('a number too long to write out, or negative, is refused with its text, never rounded', () => {
    for (const [figure, found] of [['1e-5000', '"1e-5000"'], ['-0.10000000000000000001', '"-0.10000000000000000001"'], ['1e400', `"1${'0'.repeat(400)}"`]] as const) {
      try {
        one(figure);
        if (figure !== '1e400') expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DataError);
        expect((e as DataError).issues[0]).toMatchObject({ code: 'invalid_value', path: ['observations', 0, 'value'], found });
      }
    }
    expect(valueOf('1e400')).toBe(`1${'0'.repeat(400)}`);
  });

  it('leaves the numbers a double holds as numbers, and strings alone', () => {
    expect(parseJsonExact('{"a": 7.5, "b": "80.000000000000001", "c": [0.1, 1e-7, 2e21], "d": "\\" 1.00000000000000000001"}')).toEqual({ a: 7.5, b: '80.000000000000001', c: [0.1, 1e-7, 2e21], d: '" 1.00000000000000000001' });
    expect(() => parseJsonExact('{oops')).toThrow(SyntaxError);
  });

  it('a figure written as a JSON number reads as its exact decimal, for any decimal (property)', () => {
    let long = 0;
    const decimal = fc.tuple(fc.stringMatching(/^[1-9]\d{0,24}$/), fc.stringMatching(/^\d{0,24}$/)).map(([i, f]) => (f ? `${i}.${f}` : i));
    fc.assert(
      fc.property(decimal, (d) => {
        if (d.replace('.', '').length > 15) long++;
        expect(valueOf(d)).toBe(new Decimal(d).toFixed());
      }),
      { numRuns: 1000 },
    );
    expect(long).toBeGreaterThan(100); // not vacuous: many need more digits than a double holds
  });

  it('the streamed check reads NDJSON numbers the same way', () => {
    const plan = parsePlan('Năm: 2023\nChỉ tiêu 1: x\n  Chỉ tiêu thực hiện: Đạt trên 80%\n');
    for (const feed of ['line', 'bytes'] as const) {
      const c = createPlanChecker(plan, { asOf: '2023-12-31' });
      const line = '{"metric": "1", "period": "2023", "value": 80.000000000000001}';
      if (feed === 'line') c.add(line);
      else c.addChunk(new TextEncoder().encode(`${line}\n`));
      expect(c.finish().totals.targets.met).toBe(1);
    }
  });
});
