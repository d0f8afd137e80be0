import { describe, expect, it } from 'vitest';
import { ChitieuError, DataError, ParseError, PlanError, parseObservations, parsePlan, parseTarget } from '../index.js';
import { assertConsistent, assertMetBy, ChitieuAssertionError } from '../vitest/assertions.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** One of each error chitieu throws, from the public functions that throw it. */
const errors = {
  ParseError: thrown(() => parseTarget('Đạt từ 80% trở')),
  PlanError: thrown(() => parsePlan('Chu tri: Công an\n', { file: 'x.chitieu' })),
  DataError: thrown(() => parseObservations({ observations: [{ period: '2023', value: true }] })),
  ChitieuAssertionError: thrown(() => assertConsistent('Đạt trên 100%')),
};

describe('ChitieuError: one family for every error chitieu throws', () => {
  it.each(Object.entries(errors))('%s extends ChitieuError and Error, its name intact', (name, e) => {
    expect(e).toBeInstanceOf(ChitieuError);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).name).toBe(name);
    const error = e as ChitieuError;
    expect(error.code).toMatch(/^[a-z_]+$/);
    // Vietnamese by default, English on request, and never the same text.
    expect(error.format()).toBe(error.format('vi'));
    expect(error.format('en')).not.toBe(error.format('vi'));
    expect(error.format('en').length).toBeGreaterThan(0);
  });

  it('gives each class its stable code and keeps its own data', () => {
    const parse = errors.ParseError as ParseError;
    expect([parse.code, parse.diagnostics[0]!.code]).toEqual(['missing_closer', 'missing_closer']);
    expect(parse.format('en')).toMatch(/^1:12: A range is not closed/);
    const plan = errors.PlanError as PlanError;
    expect(plan.code).toBe(plan.errors[0]!.code);
    expect(plan.format('en')).toContain('x.chitieu:1:1: error:');
    const data = errors.DataError as DataError;
    expect([data.code, data.issues[0]!.code]).toEqual(['invalid_data', 'wrong_type']);
    expect(data.format('en')).toMatch(/^observations\[0\]\.value: wrong type `true`/);
    const assertion = errors.ChitieuAssertionError as ChitieuAssertionError;
    expect([assertion.code, assertion.outcome.pass]).toEqual(['not_consistent', false]);
  });

  it('words a failed assertion in either language, whichever it was asked in', () => {
    const data = { observations: [{ period: '2022', value: 100 }, { period: '2023', value: 95 }] };
    const e = thrown(() => assertMetBy('Giảm 10% so với năm 2022', data, { lang: 'en' })) as ChitieuAssertionError;
    expect(e.code).toBe('not_met');
    expect(e.message).toContain('is not met');
    expect(e.format('en')).toBe(e.message);
    expect(e.format()).toContain('chưa đạt');
  });

  it('formats every problem, not only the first', () => {
    const e = thrown(() => parseObservations({ observations: [{ period: '2023', value: true }, { period: 'x', value: 1 }] })) as DataError;
    expect(e.format().split('\n')).toHaveLength(e.issues.length);
    expect(e.issues.length).toBeGreaterThanOrEqual(2);
  });
});
