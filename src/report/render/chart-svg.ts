/**
 * The chart of the HTML report, drawn by hand as inline SVG (no chart library, no external
 * resource): one horizontal bar per lead unit, its length the number of targets the unit
 * leads, stacked by result, with a legend, a scale and the counts written in the segments.
 */
import type { Lang } from '../../diagnostics/types.js';
import { STATUS_ORDER, totalOf } from '../counts.js';
import type { StatusCounts } from '../types.js';
import { escapeHtml } from './escape.js';
import { figure, words } from './labels.js';
import { STATUS_COLORS, STATUS_INK } from './palette.js';

/**
 * One bar: a label and its counts.
 *
 * @example
 * ({ label: 'Công an thành phố', counts: { met: 3, exceeded: 4, not_met: 2, no_data: 1, not_due: 0 } })
 */
export interface ChartBar {
  readonly label: string;
  readonly counts: StatusCounts;
}

const WIDTH = 900;
const LABEL_W = 330;
const BAR_H = 22;
const GAP = 10;
const TOP = 44;
const RIGHT = 48;
const AXIS_H = 26;

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A tick step of 1, 2 or 5 × 10^k giving at most 10 ticks up to `max`.
 *
 * @example
 * tickStep(17) // 2
 * tickStep(10_700) // 2000
 */
export function tickStep(max: number): number {
  for (let k = 1; ; k *= 10) for (const m of [1, 2, 5]) if (max / (m * k) <= 10) return m * k;
}

function px(x: number): string {
  return String(Math.round(x * 10) / 10);
}

function legend(lang: Lang): string {
  const w = words(lang);
  let x = LABEL_W;
  return STATUS_ORDER.map((s) => {
    const label = w.status[s];
    const item = `<rect x="${px(x)}" y="10" width="14" height="14" rx="2" fill="${STATUS_COLORS[s]}"/><text x="${px(x + 20)}" y="22" class="lg">${escapeHtml(label)}</text>`;
    x += 28 + label.length * 7.2;
    return item;
  }).join('');
}

function bar(b: ChartBar, i: number, scale: number, lang: Lang): string {
  const w = words(lang);
  const y = TOP + i * (BAR_H + GAP);
  let x = LABEL_W;
  const segments = STATUS_ORDER.filter((s) => b.counts[s] > 0).map((s) => {
    const n = b.counts[s];
    const width = n * scale;
    const title = `${b.label}: ${w.status[s]} ${figure(String(n), lang)}`;
    const text =
      width >= 18
        ? `<text x="${px(x + width / 2)}" y="${px(y + BAR_H / 2 + 4)}" text-anchor="middle" fill="${STATUS_INK[s]}" class="n">${figure(String(n), lang)}</text>`
        : '';
    const seg = `<g><title>${escapeHtml(title)}</title><rect x="${px(x)}" y="${y}" width="${px(width)}" height="${BAR_H}" fill="${STATUS_COLORS[s]}"/>${text}</g>`;
    x += width;
    return seg;
  });
  const total = totalOf(b.counts);
  return (
    `<g class="bar"><text x="${LABEL_W - 8}" y="${px(y + BAR_H / 2 + 4)}" text-anchor="end" class="u"><title>${escapeHtml(b.label)}</title>${escapeHtml(truncate(b.label, 42))}</text>` +
    `${segments.join('')}<text x="${px(x + 6)}" y="${px(y + BAR_H / 2 + 4)}" class="t">${figure(String(total), lang)}</text></g>`
  );
}

function axis(max: number, scale: number, bottom: number, lang: Lang): string {
  const step = tickStep(Math.max(1, max));
  const ticks: string[] = [];
  for (let v = 0; v <= max; v += step) {
    const x = LABEL_W + v * scale;
    ticks.push(
      `<line x1="${px(x)}" y1="${TOP - 4}" x2="${px(x)}" y2="${bottom}" class="grid"/><text x="${px(x)}" y="${bottom + 16}" text-anchor="middle" class="ax">${figure(String(v), lang)}</text>`,
    );
  }
  return ticks.join('');
}

/**
 * The stacked bar chart as an `<svg>` element: one bar per lead unit, segments in the order
 * vượt, đạt, không đạt, chưa có dữ liệu, chưa đến hạn; hovering a segment shows its count.
 *
 * @example
 * chartSvg([{ label: 'Công an thành phố', counts: { met: 3, exceeded: 4, not_met: 2, no_data: 1, not_due: 0 } }], 'vi')
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 900 ..." role="img" ...>...</svg>'
 */
export function chartSvg(bars: readonly ChartBar[], lang: Lang): string {
  const max = bars.reduce((m, b) => Math.max(m, totalOf(b.counts)), 1);
  const scale = (WIDTH - LABEL_W - RIGHT) / max;
  const bottom = TOP + bars.length * (BAR_H + GAP) - GAP + 6;
  const height = bottom + AXIS_H;
  const label = words(lang).chartHeading;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(label)}" class="chart">` +
    `<style>.lg,.u,.t,.ax,.n{font:13px system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif}.n{font-weight:600;font-size:12px}.u{fill:#212121}.t,.ax{fill:#555}.ax{font-size:11px}.grid{stroke:#e0e0e0;stroke-width:1}</style>` +
    `${legend(lang)}${axis(max, scale, bottom, lang)}${bars.map((b, i) => bar(b, i, scale, lang)).join('')}</svg>`
  );
}
