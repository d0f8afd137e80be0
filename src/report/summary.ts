/**
 * Grouping a report: entries by the sections they sit in, results per lead unit, totals.
 */
import type { PlanSection } from '../plan/types.js';
import { emptyCounts, type MutableCounts } from './counts.js';
import type { EntryReport, ReportGroup, ReportTotals, UnitSummary } from './types.js';

/**
 * An entry's report row with the sections that hold it (outermost first).
 *
 * @example
 * ({ report: { kind: 'target', stt: '2.3', ... }, sections: [sectionI, section2] })
 */
export interface PlacedReport {
  readonly report: EntryReport;
  readonly sections: readonly PlanSection[];
}

function sameTrail(a: readonly PlanSection[], b: readonly PlanSection[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/**
 * Consecutive entries in the same sections form one group, in document order.
 *
 * @example
 * groupBySection(placed).map((g) => g.sections.map((s) => s.number).join('.')) // ["I.1", "I.2", "I.3", "II"]
 */
export function groupBySection(placed: readonly PlacedReport[]): ReportGroup[] {
  const groups: { trail: readonly PlanSection[]; entries: EntryReport[] }[] = [];
  for (const { report, sections } of placed) {
    const last = groups[groups.length - 1];
    if (last && sameTrail(last.trail, sections)) last.entries.push(report);
    else groups.push({ trail: sections, entries: [report] });
  }
  return groups.map((g) => ({ sections: g.trail.map((s) => ({ number: s.number, title: s.title })), entries: g.entries }));
}

/** The lead units an entry counts for: each named once; `''` when none is named. */
function leadsOf(entry: EntryReport): readonly string[] {
  if (entry.lead.length === 0) return NO_LEAD;
  return entry.lead.length === 1 ? entry.lead : [...new Set(entry.lead)];
}

const NO_LEAD: readonly string[] = [''];

/**
 * Per lead unit (in order of first appearance), how many of its targets and tasks have each
 * status. A target led by two units counts for both; the totals count it once.
 *
 * @example
 * summarizeUnits(entries)[0] // { unit: 'Công an thành phố', targets: { met: 9, ... }, tasks: { ... } }
 */
export function summarizeUnits(entries: Iterable<EntryReport>): UnitSummary[] {
  const units = new Map<string, { targets: MutableCounts; tasks: MutableCounts }>();
  for (const entry of entries) {
    for (const unit of leadsOf(entry)) {
      let u = units.get(unit);
      if (!u) units.set(unit, (u = { targets: emptyCounts(), tasks: emptyCounts() }));
      (entry.kind === 'target' ? u.targets : u.tasks)[entry.status] += 1;
    }
  }
  return [...units].map(([unit, c]) => ({ unit, targets: c.targets, tasks: c.tasks }));
}

/**
 * Every target and task once, by status.
 *
 * @example
 * totalize(entries).targets.not_met // 2
 */
export function totalize(entries: Iterable<EntryReport>): ReportTotals {
  const targets = emptyCounts();
  const tasks = emptyCounts();
  for (const e of entries) (e.kind === 'target' ? targets : tasks)[e.status] += 1;
  return { targets, tasks };
}
