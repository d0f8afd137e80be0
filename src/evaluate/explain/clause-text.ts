import type { Clause } from '../../ast/types.js';
import type { Lang } from '../../diagnostics/types.js';
import { combineStatuses, type Check, type ClauseVerdict, type VerdictStatus } from '../verdict.js';
import { checkText, periodText } from './check-text.js';
import { reasonText } from './reason-text.js';
import { deadlineText } from './task-text.js';
import { statusWord, W } from './words.js';

type Body = Omit<ClauseVerdict, 'explanation'>;

const OK = new Set(['met', 'exceeded']);

function assessmentText(c: Check, lang: Lang): string {
  const a = c.assessment!;
  const value = lang === 'vi' ? (a.value === 'met' ? 'đạt' : 'không đạt') : a.value === 'met' ? 'met' : 'not met';
  const evidence = a.evidence ? (lang === 'vi' ? ` (căn cứ: ${a.evidence})` : ` (evidence: ${a.evidence})`) : '';
  return `${lang === 'vi' ? 'đánh giá' : 'assessed'}: ${value}${evidence}`;
}

function oneCheck(clause: Clause, c: Check, lang: Lang, asOf: string, metric: string | undefined): string {
  return c.assessment ? assessmentText(c, lang) : checkText(clause, c, lang, asOf, metric);
}

/**
 * Several checks: how many units (or periods) pass, each check that fails or lacks data,
 * and how many are not yet due. A unit passes when all its checks do.
 */
function manyChecks(clause: Clause, v: Body, lang: Lang, asOf: string): string {
  const byUnit = v.checks.some((c) => c.unit !== undefined);
  const groups = new Map<string, VerdictStatus[]>();
  for (const c of v.checks) {
    const key = byUnit ? (c.unit ?? '') : c.period;
    groups.set(key, [...(groups.get(key) ?? []), c.status]);
  }
  const ok = [...groups.values()].filter((s) => OK.has(combineStatuses(s))).length;
  const head = byUnit ? W[lang].unitsOk(ok, groups.size, clause.each ?? W[lang].unitKind) : W[lang].periodsOk(ok, groups.size);
  const manyPeriods = new Set(v.checks.map((c) => c.period)).size > 1;
  const name = (c: Check) => [c.unit, manyPeriods ? periodText(c.period, lang) : undefined].filter(Boolean).join(', ');
  const misses = v.checks.filter((c) => !OK.has(c.status) && c.status !== 'not_due').map((c) => `${name(c)}: ${oneCheck(clause, c, lang, asOf, v.metric)}`);
  const notDue = v.checks.filter((c) => c.status === 'not_due').length;
  return [head, ...misses, ...(notDue > 0 ? [W[lang].notDue(notDue)] : [])].join('; ');
}

/**
 * A clause verdict in words: the status, then the figures behind it.
 *
 * @example
 * clauseText(clause, verdict, 'vi', '2023-12-31')
 * // "Không đạt: tỷ lệ 78,5% (157/200), mức ≥ 80%: còn thiếu 1,5 điểm phần trăm; thêm 3 trường hợp (160/200) thì đạt"
 */
export function clauseText(clause: Clause, v: Body, lang: Lang, asOf: string): string {
  let body: string;
  if (v.deadlines && v.deadlines.length > 0) body = v.deadlines.map((d) => deadlineText(d, lang, asOf)).join('; ');
  else if (v.checks.length > 1) body = manyChecks(clause, v, lang, asOf);
  else if (v.checks.length === 1) body = oneCheck(clause, v.checks[0]!, lang, asOf, v.metric);
  else body = reasonText(clause, { ...(v.reason && { reason: v.reason }) }, lang, asOf, v.metric);
  return `${statusWord(v.status, lang)}: ${body}`;
}
