import { describe, expect, it } from 'vitest';
import { change, rate, year } from './clauses.fixture.js';
import { plan } from './plan.fixture.js';
import { suggestMapping } from './suggest.js';

describe('suggestMapping', () => {
  const lower = plan([
    { stt: '2.2', description: 'Giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố.', clauses: [rate('gt', '91')] },
    { stt: '2.3', description: 'Giảm tội phạm về trật tự xã hội', clauses: [change('decrease', 'gte', '7', year(2022))] },
    { stt: '2.6', description: 'Điều tra, khám phá tội phạm về trật tự xã hội', clauses: [rate('gte', '80')] },
    { stt: '9', description: 'Một việc không ai khác có', clauses: [rate('gte', '50')] },
  ]);
  const higher = plan([
    { stt: 'a', clauses: [change('decrease', 'gte', '5', year(2022), { subject: 'số vụ phạm tội về trật tự xã hội' })] },
    { stt: 'b', clauses: [rate('gt', '75', { subject: 'tỷ lệ điều tra, khám phá các loại tội phạm' })] },
    { stt: 'c', clauses: [rate('gt', '90', { subject: 'tỷ lệ giải quyết tố giác, tin báo về tội phạm' })] },
  ]);

  it('links metrics by their words, only within the same kind of quantity', () => {
    expect(suggestMapping(lower, higher).map((s) => `${s.lower}→${s.higher}`)).toEqual(['2.2→c', '2.3→a', '2.6→b']);
  });

  it('scores between 0 and 1 and shows the words compared', () => {
    for (const s of suggestMapping(lower, higher)) {
      expect(s.score).toBeGreaterThan(0.2);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(suggestMapping(lower, higher)[1]?.higherText).toBe('số vụ phạm tội về trật tự xã hội');
  });
});
