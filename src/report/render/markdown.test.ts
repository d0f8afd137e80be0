import { describe, expect, it } from 'vitest';
import { parseObservations } from '../../data/parse-observations.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { evaluatePlan } from '../evaluate-plan.js';
import { renderReport } from './index.js';
import { mdCell, mdText } from './markdown.js';

describe('mdCell', () => {
  it('keeps pipes, backslashes and line breaks inside the cell', () => {
    expect(mdCell('a | b\\c\nd')).toBe('a \\| b\\\\c<br>d');
  });
});

describe('mdText', () => {
  it('shows plan text and never runs it: no HTML, no link, no emphasis survives', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> [bấm vào](javascript:alert(1)) <javascript:alert(1)> **đậm** _nghiêng_ `mã`';
    const md = mdText(hostile);
    expect(md).not.toMatch(/(?<!\\)[<[*_`]/); // every opener escaped
    expect(md).toBe('\\<script>alert(1)\\</script> \\<img src=x onerror=alert(1)> \\[bấm vào\\](javascript:alert(1)) \\<javascript:alert(1)> \\*\\*đậm\\*\\* \\_nghiêng\\_ \\`mã\\`');
  });

  it('keeps a comparison readable in the raw file', () => {
    expect(mdText('mức < năm 2022, > 91%')).toBe('mức \\< năm 2022, > 91%');
  });
});

describe('renderReport md', () => {
  const plan = parsePlan(
    'Năm: 2023\nI. CHỈ TIÊU\nChỉ tiêu 1: Tỷ lệ A | B\n  Chỉ tiêu thực hiện:\n    - 100% các vụ được điều tra\n    - 100% nạn nhân được hỗ trợ\n  Chủ trì: Công an\n',
  );
  const data = parseObservations({
    observations: [
      { metric: '1', period: '2023', numerator: 9, denominator: 10 },
      { metric: '1.b', period: '2023', numerator: 4, denominator: 4 },
    ],
  });
  const md = renderReport(evaluatePlan(plan, data, { asOf: '2023-12-31' }), 'md');

  it('puts each entry in one table row with as many cells as the header', () => {
    const row = md.split('\n').find((l) => l.startsWith('| 1 |'))!;
    const cells = row.split(/(?<!\\)\|/).length - 2;
    expect(cells).toBe(10);
    expect(row).toContain('Tỷ lệ A \\| B');
    expect(row).toContain('- 100% các vụ được điều tra<br>- 100% nạn nhân được hỗ trợ');
    expect(row).toContain('**không đạt**');
  });

  it('has the unit summary with right-aligned counts and the Vietnamese share', () => {
    expect(md).toContain('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    expect(md).toContain('| Công an | 0 | 0 | 1 | 0 | 0 | 1 | 0% | – |');
    expect(md).toContain('## I. CHỈ TIÊU');
  });
});
