import { describe, expect, it } from 'vitest';
import { chartSvg, tickStep } from './chart-svg.js';
import { STATUS_COLORS } from './palette.js';

const counts = (met: number, exceeded: number, not_met: number, no_data = 0, not_due = 0) => ({ met, exceeded, not_met, no_data, not_due });

function rects(svg: string): { fill: string; width: number; y: number }[] {
  return [...svg.matchAll(/<rect x="[\d.]+" y="(\d+)" width="([\d.]+)" height="22" fill="(#[0-9a-f]+)"\/>/g)].map((m) => ({ y: Number(m[1]), width: Number(m[2]), fill: m[3]! }));
}

describe('tickStep', () => {
  it('keeps to at most ten ticks of 1, 2 or 5 × 10^k', () => {
    expect([1, 10, 11, 25, 60, 1000, 10_700].map(tickStep)).toEqual([1, 1, 2, 5, 10, 100, 2000]);
  });
});

describe('chartSvg', () => {
  const svg = chartSvg(
    [
      { label: 'Công an thành phố', counts: counts(3, 4, 2, 1) },
      { label: 'Phòng Y tế', counts: counts(0, 0, 0, 1) },
    ],
    'vi',
  );
  const bars = rects(svg);

  it('draws one segment per status present, in the order vượt, đạt, không đạt, chưa có dữ liệu', () => {
    const first = bars.filter((b) => b.y === bars[0]!.y);
    expect(first.map((b) => b.fill)).toEqual([STATUS_COLORS.exceeded, STATUS_COLORS.met, STATUS_COLORS.not_met, STATUS_COLORS.no_data]);
    expect(bars.filter((b) => b.y !== bars[0]!.y).map((b) => b.fill)).toEqual([STATUS_COLORS.no_data]);
  });

  it('makes segment lengths proportional to the counts, on one scale for all bars', () => {
    const unit = bars.find((b) => b.fill === STATUS_COLORS.met)!.width / 3;
    expect(bars.find((b) => b.fill === STATUS_COLORS.exceeded)!.width).toBeCloseTo(4 * unit, 0);
    expect(bars.at(-1)!.width).toBeCloseTo(unit, 0);
  });

  it('is standalone SVG with a legend, the counts, and each full unit name as a tooltip', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const label of ['vượt', 'đạt', 'không đạt', 'chưa có dữ liệu', 'chưa đến hạn']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('<title>Công an thành phố: vượt 4</title>');
    expect(svg).toMatch(/<text [^>]*class="t">10<\/text>/); // the bar's total
  });

  it('shortens long unit names on the axis but keeps them whole in the tooltip, escaped', () => {
    const long = 'Công an thành phố, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội <thành phố>';
    const s = chartSvg([{ label: long, counts: counts(1, 0, 0) }], 'vi');
    expect(s).toContain('<title>Công an thành phố, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội &lt;thành phố&gt;</title>');
    expect(s).toContain("</title>Công an thành phố, Ủy ban Mặt trận Tổ quố…</text>"); // 42 characters with the ellipsis
  });
});
