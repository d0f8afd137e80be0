import { describe, expect, it } from 'vitest';
import type { ClauseFigures } from '../types.js';
import type { TargetReport } from '../types.js';
import { assessmentText, evidenceText, resultText, samePeriodText, shareText } from './figure-cells.js';

const base: ClauseFigures = { index: 0, metric: 'I.3.5', kind: 'rate', plan: '> 90%', status: 'not_met', label: 'không đạt', progress: false };

describe('the figures of a sơ kết in words', () => {
  it('never prints a bare "đạt 100% kế hoạch" beside a không đạt: a strict bound met exactly is still short', () => {
    const share = { value: '100', exact: true, ofYear: false };
    expect(shareText(share, 'vi', base)).toBe('đạt 100% kế hoạch, chưa đạt mức > 90%');
    expect(shareText(share, 'vi', { ...base, status: 'met' })).toBe('đạt 100% kế hoạch');
    expect(shareText({ value: '47.27', exact: false, ofYear: true }, 'vi', { ...base, status: 'not_due' })).toBe('đạt ≈ 47,27% kế hoạch năm');
    expect(shareText(undefined, 'vi')).toBe('–');
  });

  it('prints a result with its fraction and period, and a full-year figure before the year ends as an estimate', () => {
    const f: ClauseFigures = { ...base, period: '2023', result: { value: '90', exact: true, numerator: '2169', denominator: '2410', unit: '%' } };
    expect(resultText(f, 'vi')).toBe('90% (2.169/2.410), năm 2023');
    expect(resultText({ ...f, early: true }, 'vi')).toBe('90% (2.169/2.410), ước cả năm 2023: kỳ chưa kết thúc');
    expect(resultText({ ...base }, 'vi')).toBe('–');
  });

  it('says a change against the same period in points for a rate, in percent for a count', () => {
    const rate: ClauseFigures = { ...base, result: { value: '76.2', exact: false, unit: '%' }, samePeriod: { period: '2022', value: '76.25', exact: true, row: 3, change: { value: '-0.05', exact: false, unit: 'percentage_point' } } };
    expect(samePeriodText(rate, 'vi')).toBe('76,25%, năm 2022; giảm ≈ 0,05 điểm phần trăm');
    expect(samePeriodText({ ...rate, samePeriod: { ...rate.samePeriod!, change: { value: '0', exact: true, unit: 'percent' } } }, 'en')).toBe('76.25%, 2022; unchanged');
  });

  it('marks an interim assessment, not a not-yet-due one', () => {
    expect(assessmentText({ status: 'not_met', progress: true }, 'vi')).toBe('không đạt (tạm tính)');
    expect(assessmentText({ status: 'not_due', progress: true }, 'vi')).toBe('chưa đến hạn');
    expect(assessmentText({ status: 'met', progress: false, early: true }, 'en')).toBe('met (interim)');
  });

  it('gives the evidence of the rows used, once, unless the explanation already quotes it', () => {
    const f: ClauseFigures = { ...base, result: { value: '1', exact: true }, evidence: ['01 tụ điểm bị Công an tỉnh triệt phá'] };
    const t = { kind: 'target', figures: [f, f], verdict: { explanation: 'Không đạt: 1 trường hợp' } } as unknown as TargetReport;
    expect(evidenceText(t, 'vi')).toBe('Căn cứ: 01 tụ điểm bị Công an tỉnh triệt phá');
    const quoted = { ...t, verdict: { explanation: 'đánh giá: đạt (căn cứ: 01 tụ điểm bị Công an tỉnh triệt phá)' } } as unknown as TargetReport;
    expect(evidenceText(quoted, 'vi')).toBe('');
  });
});
