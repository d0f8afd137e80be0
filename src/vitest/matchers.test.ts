import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import './index.js';

const read = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const camPha = parsePlan(read('cam-pha-102-2023.chitieu'));
const haiDuong = parsePlan(read('hai-duong-2023.chitieu'));
const mapping = JSON.parse(read('cam-pha-vs-hai-duong.mapping.json')) as { pairs: { lower: string; higher: string }[] };

describe('chitieu/vitest matchers', () => {
  it('toBeConsistent, and its failure message', () => {
    expect(camPha).toBeConsistent();
    expect('Giảm 07% so với năm 2022; nhiều hơn năm 2022').not.toBeConsistent();
    expect(() => expect('Đạt trên 100%').toBeConsistent({ lang: 'en' })).toThrow('`> 100%` cannot be met');
    expect(() => expect(camPha).not.toBeConsistent()).toThrow('expected an inconsistency, found none');
  });

  it('toBeAtLeastAsStrictAs, naming the looser pairs and the counterexample', () => {
    expect('Đạt trên 91%').toBeAtLeastAsStrictAs('Đạt trên 90%');
    expect(camPha).not.toBeAtLeastAsStrictAs(haiDuong, { mapping });
    expect(() => expect(camPha).toBeAtLeastAsStrictAs(haiDuong, { mapping })).toThrow('2.10 `≥ 60%` LỎNG HƠN I.3.6 `= 100%`: 60% đạt 2.10 nhưng không đạt I.3.6.');
  });

  it('toBeMetBy through the evaluator', () => {
    const data = { observations: [{ period: '2022', value: 412 }, { period: '2023', value: 380 }] };
    expect('Giảm 07% so với năm 2022').toBeMetBy(data);
    expect('Giảm 10% so với năm 2022').not.toBeMetBy(data);
    expect(() => expect('Giảm 10% so với năm 2022').toBeMetBy(data)).toThrow('chưa đạt');
  });
});
