import { boundedLines, formatFinding, lintPlan, visibleText, type Finding, type Lang } from '../../index.js';
import { flag } from '../args.js';
import { defineCommand, type CommandContext } from '../command.js';
import { loadOnePlan } from '../common.js';
import { inputName, oneStdin, readUnits } from '../input.js';

const HELP = `chitieu lint <KẾ_HOẠCH.chitieu | -> [--units DON_VI.json] [--json] [--lang en]

Kiểm tra tính nhất quán của một kế hoạch: chỉ tiêu không thể đạt, mâu thuẫn, trùng lặp, thừa,
chỉ tiêu định tính / giao cho cơ quan khác, chỉ tiêu cho từng đơn vị chưa có danh sách đơn vị.
Checks a plan on its own: impossible, contradictory, duplicate and redundant targets, targets no
machine can check, and per-unit targets with no list of units. "-" reads the plan from stdin.

  --units FILE  JSON: { "<loại đơn vị>": ["<tên đơn vị>", ...] }, e.g. { "đơn vị trường học": [...] }
  --json        findings as JSON (each with its message); errors too
Exit: 0 no error, 1 an error-level finding, 2 bad input or usage.`;

const SEVERITY: Record<Lang, Record<Finding['severity'], string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};

function summary(findings: readonly Finding[], lang: Lang): string {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return lang === 'vi'
    ? `${n('error')} lỗi, ${n('warning')} cảnh báo, ${n('info')} ghi chú`
    : [`${n('error')} error`, `${n('warning')} warning`, `${n('info')} note`].map((t) => (t.startsWith('1 ') ? t : `${t}s`)).join(', ');
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  const unitsFile = flag(args, 'units');
  oneStdin([...args.positionals, unitsFile]);
  // The units first: a broken units file is reported before the plan is read.
  const units = unitsFile === undefined ? undefined : await readUnits(unitsFile, io);
  const plan = await loadOnePlan(args, lang, io);
  const file = inputName(args.positionals[0]!);
  const result = lintPlan(plan, units ? { units } : {});
  if (args.flags.has('json')) {
    const findings = result.findings.map((f) => ({ ...f, message: formatFinding(f, lang) }));
    io.stdout.write(`${JSON.stringify({ file, ok: result.ok, findings }, null, 2)}\n`);
  } else {
    // The first 1,000, then how many more: a plan of 100,000 bad targets prints a page, not 100,000 lines.
    const lines = boundedLines(result.findings, (f) => {
      const at = f.sites[0];
      return `${visibleText(file)}:${at.line}:${at.column}: ${SEVERITY[lang][f.severity]} [${f.code}] ${visibleText(formatFinding(f, lang))}`;
    }, { noun: 'findings', lang });
    for (const l of lines) io.stdout.write(`${l}\n`);
    io.stdout.write(`${summary(result.findings, lang)}\n`);
  }
  return result.ok ? 0 : 1;
}

/** `chitieu lint`: a plan's own consistency findings; exit 1 on any error-level finding. */
export const lintCommand = defineCommand({ name: 'lint', help: HELP, options: { json: { type: 'boolean' }, units: { type: 'string' } }, run });
