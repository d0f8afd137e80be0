import { readFile } from 'node:fs/promises';
import { lintPlan, type LintOptions } from '../../consistency/lint.js';
import { formatFinding } from '../../consistency/messages.js';
import type { Finding } from '../../consistency/findings.js';
import type { Lang } from '../../diagnostics/types.js';
import { flag, UsageError } from '../args.js';
import { begin, loadOnePlan } from '../common.js';
import type { Command, CommandIo } from '../command.js';

const HELP = `chitieu lint KẾ_HOẠCH.chitieu [--units DON_VI.json] [--json] [--lang en]

Kiểm tra tính nhất quán của một kế hoạch: chỉ tiêu không thể đạt, mâu thuẫn, trùng lặp, thừa,
chỉ tiêu định tính / giao cho cơ quan khác, chỉ tiêu cho từng đơn vị chưa có danh sách đơn vị.
Checks a plan on its own: impossible, contradictory, duplicate and redundant targets, targets no
machine can check, and per-unit targets with no list of units.

  --units FILE  JSON: { "<loại đơn vị>": ["<tên đơn vị>", ...] }, e.g. { "đơn vị trường học": [...] }
  --json        findings as JSON (each with its message)
Exit: 0 no error, 1 an error-level finding, 2 bad input or usage.`;

const SEVERITY: Record<Lang, Record<Finding['severity'], string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};

async function readUnits(file: string): Promise<LintOptions['units']> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'));
  const ok = typeof json === 'object' && json !== null && !Array.isArray(json) && Object.values(json).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
  if (!ok) throw new UsageError(`${file}: cần { "<loại đơn vị>": ["<tên>", ...] } (expected an object of string lists)`);
  return json as LintOptions['units'];
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const start = begin(argv, io, { booleans: ['json'], values: ['units'] }, HELP);
  if (typeof start === 'number') return start;
  const { args, lang } = start;
  const plan = await loadOnePlan(args, lang, io, HELP);
  if (!plan) return 2;
  const file = args.positionals[0]!;
  const unitsFile = flag(args, 'units');
  const result = lintPlan(plan, unitsFile ? { units: await readUnits(unitsFile) } : {});
  if (args.flags.has('json')) {
    const findings = result.findings.map((f) => ({ ...f, message: formatFinding(f, lang) }));
    io.stdout.write(`${JSON.stringify({ file, ok: result.ok, findings }, null, 2)}\n`);
  } else {
    for (const f of result.findings) {
      const at = f.sites[0];
      io.stdout.write(`${file}:${at.line}:${at.column}: ${SEVERITY[lang][f.severity]} [${f.code}] ${formatFinding(f, lang)}\n`);
    }
    io.stdout.write(`${summary(result.findings, lang)}\n`);
  }
  return result.ok ? 0 : 1;
}

function summary(findings: readonly Finding[], lang: Lang): string {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return lang === 'vi'
    ? `${n('error')} lỗi, ${n('warning')} cảnh báo, ${n('info')} ghi chú`
    : [`${n('error')} error`, `${n('warning')} warning`, `${n('info')} note`].map((t) => (t.startsWith('1 ') ? t : `${t}s`)).join(', ');
}

/** `chitieu lint`: a plan's own consistency findings; exit 1 on any error-level finding. */
export const lintCommand: Command = { name: 'lint', summary: 'kiểm tra tính nhất quán của kế hoạch / check a plan', run };
