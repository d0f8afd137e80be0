import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import { readMapping } from '../consistency/mapping.js';
import { assertAtLeastAsStrictAs, assertConsistent, assertMetBy, checkAtLeastAsStrict, checkConsistent, checkMetBy, ChitieuAssertionError } from './assertions.js';

const read = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const camPha = parsePlan(read('cam-pha-102-2023.chitieu'));
const haiDuong = parsePlan(read('hai-duong-2023.chitieu'));
const m = readMapping(JSON.parse(read('cam-pha-vs-hai-duong.mapping.json')) as unknown);
const mapping = m.success ? m.mapping : undefined;

describe('checkConsistent', () => {
  it('passes the example plans and fails a statement that contradicts itself, naming both clauses', () => {
    expect(checkConsistent(camPha).pass).toBe(true);
    const r = checkConsistent('Giảm 07% so với năm 2022; nhiều hơn năm 2022', { lang: 'en' });
    expect(r.pass).toBe(false);
    expect(r.message).toContain('1 error(s)');
    expect(r.message).toContain('`cut ≥ 7% against 2022`');
    expect(r.message).toContain('`> 2022`');
    expect(checkConsistent('Đạt trên 100%').message).toContain('không thể đạt');
  });
});

describe('checkAtLeastAsStrict', () => {
  it('fails Cẩm Phả against Hải Dương, listing the looser pairs with their counterexamples', () => {
    const r = checkAtLeastAsStrict(camPha, haiDuong, { mapping, lang: 'en' });
    expect(r.pass).toBe(false);
    expect(r.message).toContain('2 looser pair(s)');
    expect(r.message).toContain('2.10 `≥ 60%` LOOSER than I.3.6 `= 100%`: 60% meets 2.10 but fails I.3.6.');
    expect(r.message).toContain('2.10.b `≥ 85%` LOOSER than I.3.7 `= 100%`: 85% meets 2.10.b but fails I.3.7.');
    expect(r.message).not.toContain('2.2 ');
  });

  it('passes with only the stricter and equal pairs linked', () => {
    const strictOnly = { pairs: (mapping?.pairs ?? []).filter((p) => !p.lower.startsWith('2.10')) };
    expect(checkAtLeastAsStrict(camPha, haiDuong, { mapping: strictOnly }).pass).toBe(true);
  });

  it('compares statements clause by clause', () => {
    expect(checkAtLeastAsStrict('Đạt trên 91%', 'Đạt trên 90%').pass).toBe(true);
    const r = checkAtLeastAsStrict('Đạt tỷ lệ từ 80% trở lên', 'Đạt trên 85%', { lang: 'en' });
    expect(r.pass).toBe(false);
    expect(r.message).toContain('clause 1: `≥ 80%` LOOSER than `> 85%`: 80% meets the lower but fails the higher');
    expect(checkAtLeastAsStrict('Đạt trên 91%', '550 hồ sơ').pass).toBe(false);
    expect(checkAtLeastAsStrict('Đạt trên 91%; 550 hồ sơ', 'Đạt trên 90%').message).toContain('2 và 1');
  });
});

describe('checkMetBy', () => {
  const data = { observations: [{ period: '2022', value: 412 }, { period: '2023', value: 380 }] };

  it('passes when the evaluator says met or exceeded, from raw JSON', () => {
    const r = checkMetBy('Giảm 07% so với năm 2022', data);
    expect(r.pass).toBe(true);
    expect(r.verdict.status).toBe('exceeded');
  });

  it('fails with the evaluator’s explanation', () => {
    const r = checkMetBy('Giảm 10% so với năm 2022', data, { lang: 'en' });
    expect(r.pass).toBe(false);
    expect(r.message).toContain('is not met (not_met)');
    expect(r.message).toContain(r.verdict.explanation);
  });
});

describe('assert*', () => {
  it('throws ChitieuAssertionError with the message, and nothing when the check passes', () => {
    expect(() => assertConsistent(camPha)).not.toThrow();
    expect(() => assertAtLeastAsStrictAs(camPha, haiDuong, { mapping })).toThrow(ChitieuAssertionError);
    expect(() => assertMetBy('Giảm 10% so với năm 2022', { observations: [{ period: '2022', value: 100 }, { period: '2023', value: 95 }] })).toThrow(/chưa đạt/);
    try {
      assertConsistent('Đạt trên 100%');
    } catch (e) {
      expect(e).toBeInstanceOf(ChitieuAssertionError);
      expect((e as ChitieuAssertionError).outcome.pass).toBe(false);
    }
  });
});
