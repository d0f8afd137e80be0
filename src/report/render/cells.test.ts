import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';
import { groupHeading, headerLines } from './cells.js';
import { capitalize, figure } from './labels.js';
import type { PlanReport } from '../types.js';

describe('cells', () => {
  it('numbers sections as plans do: Roman and Arabic with a dot, letters with a parenthesis', () => {
    const g = { sections: [{ number: 'II', title: 'NHIỆM VỤ' }, { number: '2', title: 'Phòng ngừa' }, { number: 'a', title: 'Xã hội' }], entries: [] };
    expect(groupHeading(g)).toBe('II. NHIỆM VỤ › 2. Phòng ngừa › a) Xã hội');
  });

  it('says which period was asked for, or that each target took its latest', () => {
    const base = { plan: { implements: [] }, groups: [], units: [] } as unknown as PlanReport;
    expect(headerLines({ ...base, period: '2023-H1', asOf: '2023-06-30' }, 'vi')).toEqual(['Kế hoạch', 'Tính đến ngày 30/06/2023', 'Kỳ đánh giá: 6 tháng đầu năm 2023']);
    expect(headerLines(base, 'en')).toEqual(['Plan', 'Each target is judged on the latest period the data has for it']);
  });

  it('prints figures the reader’s way and escapes markup', () => {
    expect([figure('1234.5', 'vi'), figure('1234.5', 'en')]).toEqual(['1.234,5', '1,234.5']);
    expect(capitalize('đạt')).toBe('Đạt');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
