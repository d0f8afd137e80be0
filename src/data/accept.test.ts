import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { evaluatePlan } from '../report/evaluate-plan.js';
import { checkMetBy } from '../vitest/assertions.js';
import { compileTarget } from '../evaluate/compile.js';
import { evaluateTarget } from '../evaluate/evaluate.js';
import { parseTarget } from '../api/index.js';
import { observationSetOf } from './accept.js';
import { DataError } from './data-error.js';
import { parseObservations } from './parse-observations.js';

const RATE = 'Đạt tỷ lệ từ 80% trở lên';
const plain = { observations: [{ metric: '2.6', period: '2023', numerator: 157, denominator: 200 }] };
const PLAN = 'Số: 1/KH-UBND\nNăm: 2023\n\n1. Mục tiêu\n\nChỉ tiêu 2.6: Điều tra\n  Chỉ tiêu thực hiện: Đạt tỷ lệ từ 80% trở lên\n';

function dataError(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('no DataError');
}

describe('plain rows, as a JavaScript caller writes them', () => {
  it('evaluateTarget judges them as parseObservations reads them (was a silent no_data)', () => {
    const v = evaluateTarget(RATE, plain, { metric: '2.6' });
    expect(v).toEqual(evaluateTarget(RATE, parseObservations(plain), { metric: '2.6' }));
    expect(v.status).toBe('not_met');
  });

  it('compileTarget(...).evaluate judges them the same', () => {
    expect(compileTarget(parseTarget(RATE)).evaluate(plain, { metric: '2.6' }).status).toBe('not_met');
  });

  it('evaluatePlan judges them (was a TypeError)', () => {
    const report = evaluatePlan(parsePlan(PLAN), plain, { asOf: '2023-12-31' });
    expect(report.totals.targets.not_met).toBe(1);
  });

  it('a bad plain row is a DataError with its path, in evaluateTarget, evaluatePlan and checkMetBy alike', () => {
    const bad = { observations: [{ metric: '2.6', period: '2023', value: '-5' }] };
    for (const f of [() => evaluateTarget(RATE, bad, { metric: '2.6' }), () => evaluatePlan(parsePlan(PLAN), bad), () => checkMetBy(RATE, bad, { metric: '2.6' })]) {
      const e = dataError(f);
      expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_value', 'observations.0.value']]);
    }
  });

  it('not data at all (null, an array, a number) is a DataError, never a TypeError', () => {
    for (const bad of [null, undefined, [], 7, 'x', { rows: [] }, { observations: 'x' }]) {
      expect(() => evaluateTarget(RATE, bad as never)).toThrow(DataError);
      expect(() => evaluatePlan(parsePlan(PLAN), bad as never)).toThrow(DataError);
    }
  });
});

describe('a set built by hand', () => {
  const handBuilt = (row: object) => ({ observations: [{ row: 0, metric: '2.3', period: '2023', ...row }], warnings: [] });

  it('is validated: a value of "-5" is refused, not judged (was `-5 trường hợp`, not met)', () => {
    for (const f of [
      () => evaluateTarget('Không để xảy ra', handBuilt({ kind: 'value', value: '-5' }) as never, { metric: '2.3' }),
      () => checkMetBy('Không để xảy ra', handBuilt({ kind: 'value', value: '-5' }), { metric: '2.3' }),
    ]) {
      expect(dataError(f).issues[0]).toMatchObject({ code: 'invalid_value', path: ['observations', 0, 'value'] });
    }
  });

  it('a valid one is judged as its rows say', () => {
    const set = handBuilt({ kind: 'value', value: '0' });
    expect(evaluateTarget('Không để xảy ra', set as never, { metric: '2.3' }).status).toBe('met');
  });

  it("a kind its fields do not make is refused, with every other issue of the set", () => {
    const set = { observations: [{ kind: 'rate', row: 0, period: '2023', value: '5' }, { kind: 'count', row: 1, period: '2023', value: 'x' }], warnings: [] };
    const e = dataError(() => observationSetOf(set));
    expect(e.issues.map((i) => [i.code, i.path.join('.'), i.expected])).toEqual([
      ['conflicting_fields', 'observations.0.kind', 'observation_kind'],
      ['invalid_value', 'observations.1.value', 'decimal'],
      ['invalid_value', 'observations.1.kind', 'observation_kind'],
    ]);
    expect(e.format('en')).toContain('a kind of value, rate, assessment or completion');
  });
});

describe('observationSetOf', () => {
  it("returns parseObservations' own set as is, and validates any other input once", () => {
    const set = parseObservations(plain);
    expect(observationSetOf(set)).toBe(set);
    expect(observationSetOf(plain)).toBe(observationSetOf(plain));
    expect(observationSetOf(plain)).toEqual(set);
  });

  it('a root key other than observations, $schema, _note (or a hand-built set\'s warnings) is an unknown field', () => {
    expect(dataError(() => observationSetOf({ ...plain, extra: 1 })).issues[0]).toMatchObject({ code: 'unknown_field', path: ['extra'] });
    expect(dataError(() => observationSetOf({ ...plain, warnings: 'none' })).issues[0]).toMatchObject({ code: 'unknown_field', path: ['warnings'] });
  });
});
