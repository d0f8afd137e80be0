import { describe, expect, it } from 'vitest';
import { parseObservations } from '../data/parse-observations.js';
import { evaluateTarget } from '../evaluate/evaluate.js';
import { parseTarget } from '../api/index.js';
import { renamedView, targetBinding } from './bindings.js';

const ids = (...list: string[]) => ({ metrics: list.map((id) => ({ id })) }) as unknown as Parameters<typeof targetBinding>[0];

describe('targetBinding', () => {
  it('uses the base id when the ids follow the default rule', () => {
    expect(targetBinding(ids('2.6', '2.6.b'))).toEqual({ base: '2.6' });
    expect(targetBinding(ids('tpxh', 'tpxh.b', 'tpxh.c'))).toEqual({ base: 'tpxh' });
  });

  it('renames when the author named each clause', () => {
    expect(targetBinding(ids('a', 'b'))).toEqual({ ids: ['a', 'b'] });
    expect(targetBinding(ids('2.6', '2.6.c'))).toEqual({ ids: ['2.6', '2.6.c'] });
  });
});

describe('renamedView', () => {
  const data = parseObservations({
    observations: [
      { metric: 'tong', period: '2023', numerator: 170, denominator: 200 },
      { metric: 'nghiem-trong', period: '2023', numerator: 23, denominator: 25 },
      { metric: 'khac', period: '2023', value: 1 },
    ],
  });

  it('gives the rows the ids an unnamed statement binds, keeping their row numbers', () => {
    const view = renamedView(data, ['tong', 'nghiem-trong']);
    expect(view.observations.map((o) => [o.kind === 'completion' ? o.task : o.metric, o.row])).toEqual([
      [undefined, 0],
      ['b', 1],
    ]);
    const v = evaluateTarget(parseTarget('Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ 96% trở lên'), view, { year: 2023 });
    expect(v.clauses.map((c) => c.status)).toEqual(['exceeded', 'not_met']);
  });
});
