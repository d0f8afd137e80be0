/**
 * The report as text for a terminal: the header, one table per section, the key tasks, the
 * summary per lead unit and the totals.
 */
import type { Lang } from '../../diagnostics/types.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { metShare, STATUS_ORDER, totalOf } from '../counts.js';
import type { EntryReport, PlanReport, StatusCounts } from '../types.js';
import { detailText, groupHeading, headerLines, leadText, reportTitle, splitGroups, unitName, warningItems } from './cells.js';
import { evidenceText, figureLines } from './figure-cells.js';
import { bold, paintStatus } from './color.js';
import { capitalize, figure, words } from './labels.js';
import { displayWidth, textTable, widestLine, type TextCell } from './text-table.js';
import { visibleText } from '../../text/visible.js';

/**
 * Options of the text renderer.
 *
 * @example
 * ({ lang: 'vi', color: process.stdout.isTTY })
 */
export interface TextOptions {
  readonly lang: Lang;
  readonly color: boolean;
}

function statusCell(status: VerdictStatus, label: string, o: TextOptions): TextCell {
  return o.color ? { text: label, paint: (s) => paintStatus(status, s) } : label;
}

function entryRows(entries: readonly EntryReport[], o: TextOptions): TextCell[][] {
  const w = words(o.lang);
  return entries.map((e) => [
    e.kind === 'task' ? e.id : e.stt,
    e.kind === 'task' ? e.description : e.statement,
    leadText(e, w),
    ...(e.kind === 'task' ? [e.timing] : []),
    statusCell(e.status, w.status[e.status], o),
    [...(e.kind === 'target' ? figureLines(e, o.lang) : []), detailText(e, w), e.kind === 'target' ? evidenceText(e, o.lang) : ''].filter((x) => x !== '').join('\n'),
  ]);
}

function targetTables(report: PlanReport, o: TextOptions): string[] {
  const w = words(o.lang);
  const { targets } = splitGroups(report.groups);
  const all = targets.flatMap((g) => entryRows(g.entries, o));
  // Every section's table as wide as the widest: they line up one under another.
  const columns = [
    { title: w.stt, max: 10 },
    { title: w.statement, max: 34 },
    { title: w.lead, max: 22 },
    { title: w.result, max: 11 },
    { title: w.detail, max: 46 },
  ].map((c, i) => ({ ...c, min: Math.min(c.max, all.reduce((m, r) => Math.max(m, longestLine(r[i])), displayWidth(c.title))) }));
  return targets.map((g) => {
    const heading = visibleText(groupHeading(g));
    return `${heading ? `${o.color ? bold(heading) : heading}\n` : ''}${textTable(columns, entryRows(g.entries, o))}`;
  });
}

function longestLine(cell: TextCell | undefined): number {
  return widestLine(visibleText(cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text));
}

function taskTable(report: PlanReport, o: TextOptions): string[] {
  const w = words(o.lang);
  const entries = splitGroups(report.groups).tasks.flatMap((g) => g.entries);
  if (entries.length === 0) return [];
  const columns = [
    { title: w.stt, max: 10 },
    { title: w.task, max: 30 },
    { title: w.lead, max: 20 },
    { title: w.timing, max: 12 },
    { title: w.result, max: 11 },
    { title: w.detail, max: 40 },
  ];
  return [`${o.color ? bold(w.tasksHeading) : w.tasksHeading}\n${textTable(columns, entryRows(entries, o))}`];
}

function countCells(c: StatusCounts, lang: Lang): string[] {
  const share = metShare(c);
  return [...STATUS_ORDER.map((s) => String(c[s])), String(totalOf(c)), share === undefined ? '–' : `${figure(share, lang)}%`];
}

function unitTable(report: PlanReport, o: TextOptions): string {
  const w = words(o.lang);
  const columns = [
    { title: w.lead, max: 34 },
    ...STATUS_ORDER.map((s) => ({ title: capitalize(w.status[s]), max: 9, align: 'right' as const })),
    { title: w.total, max: 6, align: 'right' as const },
    { title: w.metShare, max: 8, align: 'right' as const },
    { title: w.tasksOnTime, max: 10, align: 'right' as const },
  ];
  const rows = report.units.map((u) => [
    unitName(u.unit, w),
    ...countCells(u.targets, o.lang),
    totalOf(u.tasks) === 0 ? '–' : `${u.tasks.met + u.tasks.exceeded}/${totalOf(u.tasks)}`,
  ]);
  const t = report.totals;
  rows.push([w.total, ...countCells(t.targets, o.lang), totalOf(t.tasks) === 0 ? '–' : `${t.tasks.met + t.tasks.exceeded}/${totalOf(t.tasks)}`]);
  return `${o.color ? bold(w.unitsHeading) : w.unitsHeading}\n${textTable(columns, rows)}`;
}

function totalsLines(report: PlanReport, o: TextOptions): string {
  const w = words(o.lang);
  const line = (label: string, c: StatusCounts) =>
    `${label}: ${totalOf(c)} — ${STATUS_ORDER.map((s) => {
      const text = `${w.status[s]} ${c[s]}`;
      return o.color && c[s] > 0 ? paintStatus(s, text) : text;
    }).join(', ')}`;
  const lines = [line(w.targetsWord, report.totals.targets), line(w.tasksWord, report.totals.tasks)];
  if (report.totals.evaluations) lines.push(line(w.evaluationsWord, report.totals.evaluations));
  return `${o.color ? bold(w.totalsHeading) : w.totalsHeading}\n${lines.join('\n')}`;
}

function warningLines(report: PlanReport, o: TextOptions, format: (i: number) => string): string[] {
  if (report.warnings.length === 0) return [];
  const w = words(o.lang);
  return [`${w.warningsHeading}\n${warningItems(report, o.lang, format).map((l) => `- ${visibleText(l)}`).join('\n')}`];
}

/**
 * Render a report as text tables for a terminal; colour (ANSI) only when `color` is true.
 *
 * @example
 * renderText(report, { lang: 'vi', color: false }, (i) => formatDataWarning(report.warnings[i]!))
 */
export function renderText(report: PlanReport, o: TextOptions, warning: (i: number) => string): string {
  const w = words(o.lang);
  const heading = reportTitle(report, o.lang).toUpperCase();
  const title = o.color ? bold(heading) : heading;
  const blocks = [
    // Plan and data text is shown, never run: control characters made visible (text/visible.ts).
    [title, ...headerLines(report, o.lang).map(visibleText)].join('\n'),
    ...targetTables(report, o),
    ...taskTable(report, o),
    unitTable(report, o),
    totalsLines(report, o),
    ...warningLines(report, o, warning),
  ];
  return `${blocks.join('\n\n')}\n`;
}
