/**
 * The report as one self-contained HTML page (inline CSS and SVG, no script, no external
 * resource): opens in any browser, prints on A4, and can be mailed as a single file.
 */
import type { Lang } from '../../diagnostics/types.js';
import type { VerdictStatus } from '../../evaluate/verdict.js';
import { metShare, STATUS_ORDER, totalOf } from '../counts.js';
import type { EntryReport, PlanReport, StatusCounts } from '../types.js';
import { detailText, groupHeading, headerLines, leadText, reportTitle, splitGroups, unitName, warningItems } from './cells.js';
import { evidenceText, figureRows, type FigureRow } from './figure-cells.js';
import { chartSvg } from './chart-svg.js';
import { escapeHtml as e } from './escape.js';
import { capitalize, figure, words } from './labels.js';
import { STATUS_COLORS, STATUS_INK } from './palette.js';

const STATUS_CSS = STATUS_ORDER.map((s) => `.s-${s}{background:${STATUS_COLORS[s]};color:${STATUS_INK[s]}}`).join('');

const CSS = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#212121;margin:0;background:#fafafa}
main{max-width:1180px;margin:0 auto;padding:24px 28px 48px;background:#fff}
h1{font-size:22px;margin:0 0 6px}
h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid #e0e0e0}
.meta{margin:0;color:#444}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0 4px}
.card{flex:1 1 150px;border:1px solid #e0e0e0;border-radius:6px;padding:8px 12px}
.card b{display:block;font-size:22px}
.card span{font-size:12px;color:#555}
.card.s{border-left:6px solid}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}
th,td{border:1px solid #d6d6d6;padding:5px 7px;vertical-align:top;text-align:left}
th{background:#f1f3f4;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.stt{white-space:nowrap}
tr.total td{font-weight:600;background:#fafafa}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
${STATUS_CSS}
.detail{color:#333}
.why{color:#8d6e00}
.chart{max-width:100%;height:auto}
.note{color:#666;font-size:12px;margin:4px 0}
ul.warn{color:#6d4c00}
@media print{
  body{background:#fff}
  main{max-width:none;padding:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  tr,.card,svg{break-inside:avoid}
  h2{break-after:avoid}
}
@page{size:A4 landscape;margin:12mm}
`;

function badge(status: VerdictStatus, lang: Lang): string {
  return `<span class="badge s-${status}">${e(words(lang).status[status])}</span>`;
}

function cards(label: string, c: StatusCounts, lang: Lang): string {
  const w = words(lang);
  const items = STATUS_ORDER.map(
    (s) => `<div class="card s" style="border-left-color:${STATUS_COLORS[s]}"><b>${figure(String(c[s]), lang)}</b><span>${e(w.status[s])}</span></div>`,
  ).join('');
  const share = metShare(c);
  return `<div class="cards"><div class="card"><b>${figure(String(totalOf(c)), lang)}</b><span>${e(label)}${share === undefined ? '' : ` · ${e(w.metShare)} ${figure(share, lang)}%`}</span></div>${items}</div>`;
}

function detailCell(entry: EntryReport, lang: Lang): string {
  const evidence = entry.kind === 'target' ? evidenceText(entry, lang) : '';
  const text = e(detailText(entry, words(lang))) + (evidence ? `<br><span class="note">${e(evidence)}</span>` : '');
  return `<td class="detail${entry.problem ? ' why' : ''}">${text}</td>`;
}

function multiline(text: string): string {
  return e(text).replace(/\n/g, '<br>');
}

/** Plan, result, share of plan, same period and assessment: one line per clause. */
function figureCells(t: EntryReport, lang: Lang): string {
  const f = t.kind === 'target' ? figureRows(t, lang) : [];
  const col = (pick: (r: FigureRow) => string) => `<td>${f.map((r) => e(f.length > 1 ? `${r.stt}: ${pick(r)}` : pick(r))).join('<br>')}</td>`;
  const interim = f.length === 1 && f[0]!.assessment !== words(lang).status[t.status] ? `<br><span class="note">${e(f[0]!.assessment)}</span>` : '';
  const each = f.length > 1 ? `<br><span class="note">${f.map((r) => e(`${r.stt}: ${r.assessment}`)).join('<br>')}</span>` : '';
  return `${col((r) => r.plan)}${col((r) => r.result)}${col((r) => r.share)}${col((r) => r.samePeriod)}<td>${badge(t.status, lang)}${interim}${each}</td>`;
}

function targetTables(report: PlanReport, lang: Lang): string {
  const w = words(lang);
  return splitGroups(report.groups)
    .targets.map((g) => {
      const rows = g.entries
        .map(
          (t) =>
            `<tr><td class="stt">${e(t.stt)}</td><td>${e(t.description)}</td><td>${t.kind === 'target' ? multiline(t.statement) : ''}</td>` +
            `<td>${e(leadText(t, w))}</td>${figureCells(t, lang)}${detailCell(t, lang)}</tr>`,
        )
        .join('');
      const heading = groupHeading(g);
      return (
        `${heading ? `<h2>${e(heading)}</h2>` : ''}<table><thead><tr><th>${e(w.stt)}</th><th>${e(w.target)}</th><th>${e(w.statement)}</th>` +
        `<th>${e(w.lead)}</th><th>${e(w.planFigure)}</th><th>${e(w.achieved)}</th><th>${e(w.shareOfPlan)}</th><th>${e(w.samePeriod)}</th>` +
        `<th>${e(w.assessment)}</th><th>${e(w.detail)}</th></tr></thead><tbody>${rows}</tbody></table>`
      );
    })
    .join('');
}

function taskTable(report: PlanReport, lang: Lang): string {
  const w = words(lang);
  const entries = splitGroups(report.groups).tasks.flatMap((g) => g.entries);
  if (entries.length === 0) return '';
  const rows = entries
    .map(
      (t) =>
        `<tr><td class="stt">${e(t.kind === 'task' ? t.id : t.stt)}</td><td>${e(t.description)}</td><td>${e(leadText(t, w))}</td>` +
        `<td>${t.kind === 'task' ? e(t.timing) : ''}</td><td>${badge(t.status, lang)}</td>${detailCell(t, lang)}</tr>`,
    )
    .join('');
  return (
    `<h2>${e(w.tasksHeading)}</h2><table><thead><tr><th>${e(w.stt)}</th><th>${e(w.task)}</th><th>${e(w.lead)}</th>` +
    `<th>${e(w.timing)}</th><th>${e(w.result)}</th><th>${e(w.detail)}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

function countCells(c: StatusCounts, lang: Lang): string {
  const share = metShare(c);
  return (
    STATUS_ORDER.map((s) => `<td class="n">${figure(String(c[s]), lang)}</td>`).join('') +
    `<td class="n">${figure(String(totalOf(c)), lang)}</td><td class="n">${share === undefined ? '–' : `${figure(share, lang)}%`}</td>`
  );
}

function tasksCell(c: StatusCounts, lang: Lang): string {
  return `<td class="n">${totalOf(c) === 0 ? '–' : `${figure(String(c.met + c.exceeded), lang)}/${figure(String(totalOf(c)), lang)}`}</td>`;
}

function unitSection(report: PlanReport, lang: Lang): string {
  const w = words(lang);
  const head = [w.lead, ...STATUS_ORDER.map((s) => capitalize(w.status[s])), w.total, w.metShare, w.tasksOnTime].map((h) => `<th>${e(h)}</th>`).join('');
  const rows = report.units.map((u) => `<tr><td>${e(unitName(u.unit, w))}</td>${countCells(u.targets, lang)}${tasksCell(u.tasks, lang)}</tr>`).join('');
  const total = `<tr class="total"><td>${e(w.total)}</td>${countCells(report.totals.targets, lang)}${tasksCell(report.totals.tasks, lang)}</tr>`;
  const bars = report.units.filter((u) => totalOf(u.targets) > 0).map((u) => ({ label: unitName(u.unit, w), counts: u.targets }));
  return (
    `<h2>${e(w.chartHeading)}</h2><p class="note">${e(w.chartNote)}</p>${chartSvg(bars, lang)}` +
    `<h2>${e(w.unitsHeading)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows}${total}</tbody></table>`
  );
}

function warningSection(report: PlanReport, lang: Lang, warning: (i: number) => string): string {
  if (report.warnings.length === 0) return '';
  return `<h2>${e(words(lang).warningsHeading)}</h2><ul class="warn">${warningItems(report, lang, warning).map((l) => `<li>${e(l)}</li>`).join('')}</ul>`;
}

/**
 * Render a report as a self-contained HTML page with a per-unit stacked bar chart.
 *
 * @example
 * renderHtml(report, 'vi', (i) => formatDataWarning(report.warnings[i]!)) // "<!doctype html>\n<html lang=\"vi\">..."
 */
export function renderHtml(report: PlanReport, lang: Lang, warning: (i: number) => string): string {
  const w = words(lang);
  const heading = reportTitle(report, lang);
  const title = `${heading}${report.plan.number ? ` — ${report.plan.number}` : ''}`;
  const meta = headerLines(report, lang).map((l) => `<p class="meta">${e(l)}</p>`).join('');
  const evaluations = report.totals.evaluations ? cards(w.evaluationsWord, report.totals.evaluations, lang) : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(heading)}</h1>
${meta}
${cards(w.targetsWord, report.totals.targets, lang)}
${evaluations}
${unitSection(report, lang)}
${targetTables(report, lang)}
${taskTable(report, lang)}
<h2>${e(w.tasksWord)}</h2>
${cards(w.tasksWord, report.totals.tasks, lang)}
${warningSection(report, lang, warning)}
</main>
</body>
</html>
`;
}
