/**
 * The report as Markdown (GitHub tables): readable in a repository, a wiki or an issue, and a
 * stable text to keep as a snapshot.
 */
import type { Lang } from '../../diagnostics/types.js';
import { metShare, STATUS_ORDER, totalOf } from '../counts.js';
import type { EntryReport, PlanReport, StatusCounts } from '../types.js';
import { detailText, groupHeading, headerLines, leadText, reportTitle, splitGroups, unitName, warningItems } from './cells.js';
import { evidenceText, figureRows, type FigureRow } from './figure-cells.js';
import { capitalize, figure, words } from './labels.js';

/**
 * Text from a plan or data as Markdown that shows it and does nothing else: the characters
 * that open HTML (`<script>`, `<img onerror>`), autolinks (`<javascript:…>`), links
 * (`[x](javascript:…)`), emphasis and code (`*`, `_`, `` ` ``, `~`) and cells (`|`) are
 * backslash-escaped (CommonMark reads them literally then), so no plan text turns into markup
 * in a viewer and the raw text stays readable (`mức \< năm 2022`). Line breaks become `<br>`.
 *
 * @example
 * mdText('[x](javascript:alert(1)) <script>') // "\\[x\\](javascript:alert(1)) \\<script>"
 */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_~[\]|<]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '<br>')
    .trim();
}

/**
 * A table cell from plan or data text (see `mdText`): it stays in its cell and is shown as written.
 *
 * @example
 * mdCell('a | b\nc') // "a \\| b<br>c"
 */
export function mdCell(text: string): string {
  return mdText(text);
}

/** A cell of our own Markdown (`**Không đạt**`), passed through as it is. */
interface Markup {
  readonly md: string;
}
type Cell = string | Markup;

const cellText = (c: Cell): string => (typeof c === 'string' ? mdCell(c) : c.md);

function mdTable(head: readonly string[], rows: readonly (readonly Cell[])[], right: readonly number[] = []): string {
  const line = (cells: readonly Cell[]) => `| ${cells.map(cellText).join(' | ')} |`;
  const rule = `|${head.map((_, i) => (right.includes(i) ? '---:' : '---')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

function result(e: EntryReport, lang: Lang): Cell {
  const label = words(lang).status[e.status];
  return e.status === 'not_met' ? { md: `**${mdText(label)}**` } : label;
}

/** Đánh giá: the status, and each clause's when there are several or one is interim. */
function assessment(e: EntryReport, f: readonly FigureRow[], lang: Lang): Cell {
  const label = words(lang).status[e.status];
  const main = e.status === 'not_met' ? `**${mdText(label)}**` : mdText(label);
  const single = f.length === 1 && f[0]!.assessment !== label ? mdText(f[0]!.assessment).replace(mdText(label), main) : main;
  if (f.length <= 1) return { md: single };
  return { md: [main, ...f.map((r) => mdText(`${r.stt}: ${r.assessment}`))].join('<br>') };
}

function targetSections(report: PlanReport, lang: Lang): string[] {
  const w = words(lang);
  return splitGroups(report.groups).targets.map((g) => {
    const rows = g.entries.map((e) => {
      const f = e.kind === 'target' ? figureRows(e, lang) : [];
      const col = (pick: (r: FigureRow) => string): Cell => ({ md: f.map((r) => mdText(f.length > 1 ? `${r.stt}: ${pick(r)}` : pick(r))).join('<br>') });
      return [e.stt, e.description, e.kind === 'target' ? e.statement : '', leadText(e, w), col((r) => r.plan), col((r) => r.result), col((r) => r.share), col((r) => r.samePeriod), assessment(e, f, lang), [detailText(e, w), e.kind === 'target' ? evidenceText(e, lang) : ''].filter((x) => x !== '').join('\n')];
    });
    const table = mdTable([w.stt, w.target, w.statement, w.lead, w.planFigure, w.achieved, w.shareOfPlan, w.samePeriod, w.assessment, w.detail], rows);
    const heading = groupHeading(g);
    return heading ? `## ${mdText(heading)}\n\n${table}` : table;
  });
}

function taskSection(report: PlanReport, lang: Lang): string[] {
  const w = words(lang);
  const entries = splitGroups(report.groups).tasks.flatMap((g) => g.entries);
  if (entries.length === 0) return [];
  const rows = entries.map((e) => [e.kind === 'task' ? e.id : e.stt, e.description, leadText(e, w), e.kind === 'task' ? e.timing : '', result(e, lang), detailText(e, w)]);
  return [`## ${w.tasksHeading}\n\n${mdTable([w.stt, w.task, w.lead, w.timing, w.result, w.detail], rows)}`];
}

function countCells(c: StatusCounts, lang: Lang): string[] {
  const share = metShare(c);
  return [...STATUS_ORDER.map((s) => String(c[s])), String(totalOf(c)), share === undefined ? '–' : `${figure(share, lang)}%`];
}

function tasksCell(c: StatusCounts): string {
  return totalOf(c) === 0 ? '–' : `${c.met + c.exceeded}/${totalOf(c)}`;
}

function unitSection(report: PlanReport, lang: Lang): string {
  const w = words(lang);
  const head = [w.lead, ...STATUS_ORDER.map((s) => capitalize(w.status[s])), w.total, w.metShare, w.tasksOnTime];
  const rows: Cell[][] = report.units.map((u) => [unitName(u.unit, w), ...countCells(u.targets, lang), tasksCell(u.tasks)]);
  rows.push([{ md: `**${mdText(w.total)}**` }, ...countCells(report.totals.targets, lang), tasksCell(report.totals.tasks)]);
  return `## ${w.unitsHeading}\n\n${mdTable(head, rows, [1, 2, 3, 4, 5, 6, 7, 8])}`;
}

function totalsSection(report: PlanReport, lang: Lang): string {
  const w = words(lang);
  const line = (label: string, c: StatusCounts) =>
    `- ${label}: ${totalOf(c)} (${STATUS_ORDER.map((s) => `${w.status[s]} ${c[s]}`).join(', ')})`;
  const lines = [line(w.targetsWord, report.totals.targets), line(w.tasksWord, report.totals.tasks)];
  if (report.totals.evaluations) lines.push(line(w.evaluationsWord, report.totals.evaluations));
  return `## ${w.totalsHeading}\n\n${lines.join('\n')}`;
}

/**
 * Render a report as Markdown.
 *
 * @example
 * renderMarkdown(report, 'vi', (i) => formatDataWarning(report.warnings[i]!)) // "# Báo cáo kết quả thực hiện chỉ tiêu\n\n..."
 */
export function renderMarkdown(report: PlanReport, lang: Lang, warning: (i: number) => string): string {
  const w = words(lang);
  const header = `# ${mdText(reportTitle(report, lang))}\n\n${headerLines(report, lang).map((l) => mdCell(l)).join('  \n')}`;
  const warnings = report.warnings.length === 0 ? [] : [`## ${w.warningsHeading}\n\n${warningItems(report, lang, warning).map((l) => `- ${mdText(l)}`).join('\n')}`];
  return `${[header, ...targetSections(report, lang), ...taskSection(report, lang), unitSection(report, lang), totalsSection(report, lang), ...warnings].join('\n\n')}\n`;
}
