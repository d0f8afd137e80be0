/**
 * `renderReport`: a plan report as text, Markdown, JSON or HTML.
 */
import { formatDataWarning } from '../../data/messages.js';
import type { Lang } from '../../diagnostics/types.js';
import type { PlanReport } from '../types.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

/**
 * The formats `renderReport` writes.
 *
 * @example
 * const format: ReportFormat = 'html'
 */
export type ReportFormat = 'text' | 'md' | 'json' | 'html';

/**
 * Options of `renderReport`.
 *
 * @example
 * renderReport(report, 'text', { color: true, lang: 'en' })
 */
export interface RenderOptions {
  /** ANSI colour in the text format (the CLI asks for it on a TTY unless NO_COLOR is set). Default false. */
  readonly color?: boolean;
  /** Language of labels and headings; default the report's own (`report.lang`, Vietnamese unless asked). */
  readonly lang?: Lang;
}

/**
 * Render a plan report. `text`: tables for a terminal (colour only with `color: true`);
 * `md`: Markdown with GitHub tables; `json`: the report data itself, indented; `html`: one
 * self-contained page (inline CSS, an inline SVG chart of the results per lead unit) to open
 * and print. Labels are Vietnamese by default; figures print the reader's way (`66,67%`).
 *
 * @example
 * const report = evaluatePlan(plan, data, { asOf: '2023-12-31' })
 * renderReport(report, 'text')               // "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n..."
 * renderReport(report, 'md', { lang: 'en' }) // "# Plan check report\n..."
 * writeFileSync('report.html', renderReport(report, 'html'))
 */
export function renderReport(report: PlanReport, format: ReportFormat, options: RenderOptions = {}): string {
  const lang = options.lang ?? report.lang;
  const warning = (i: number) => formatDataWarning(report.warnings[i]!, lang);
  switch (format) {
    case 'text':
      return renderText(report, { lang, color: options.color ?? false }, warning);
    case 'md':
      return renderMarkdown(report, lang, warning);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'html':
      return renderHtml(report, lang, warning);
  }
}
