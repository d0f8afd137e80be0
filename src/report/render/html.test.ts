import { describe, expect, it } from 'vitest';
import { parseObservations } from '../../data/parse-observations.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { evaluatePlan } from '../evaluate-plan.js';
import { miniData, miniPlan } from '../../../test/report/mini.fixture.js';
import { renderReport } from './index.js';

describe('renderReport html', () => {
  const html = renderReport(evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31' }), 'html');

  it('is one self-contained page: inline CSS and SVG, no script, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=|\shref=/i);
    // The only URL is the SVG namespace, which is a name, not a fetch.
    expect([...html.matchAll(/https?:\/\/[^\s"']+/g)].map((m) => m[0])).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('has the chart, the unit table, a table per section and the tasks', () => {
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html.match(/<table>/g)).toHaveLength(1 + 3 + 1);
    expect(html).toContain('<span class="badge s-not_met">không đạt</span>');
    expect(html).toContain('<td class="n">64,29%</td>'); // 9 of 14 targets met or exceeded
    expect(html).toContain('@media print');
  });

  it('escapes the plan’s own text', () => {
    const plan = parsePlan('Năm: 2023\nChỉ tiêu 1: Tỷ lệ <b>giải quyết</b> & "xử lý"\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Phòng <A>\n');
    const out = renderReport(evaluatePlan(plan, parseObservations({ observations: [] })), 'html');
    expect(out).toContain('Tỷ lệ &lt;b&gt;giải quyết&lt;/b&gt; &amp; &quot;xử lý&quot;');
    expect(out).not.toContain('<b>giải quyết</b>');
    expect(out).not.toContain('<A>');
  });

  it('speaks English when asked', () => {
    const en = renderReport(evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31', lang: 'en' }), 'html', { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Summary by lead unit');
    expect(en).toContain('<td class="n">64.29%</td>');
  });
});
