import { listPlanIds, visibleText, type Lang, type PlanIdRow } from '../../index.js';
import { defineCommand, type CommandContext } from '../command.js';
import { loadOnePlan } from '../common.js';

const HELP = `chitieu metrics <kế-hoạch.chitieu | -> [--json] [--lang en]

Liệt kê mọi mã số liệu của kế hoạch: mỗi vế chỉ tiêu (metric) và mỗi nhiệm vụ (task), kèm dạng chuẩn.
Lists every id data rows use: each target clause (metric) and each key task (task), in canonical form.
"-" đọc kế hoạch từ stdin / "-" reads the plan from stdin.

  --json   các dòng dạng JSON; lỗi cũng là JSON / the rows as JSON; errors too
Exit: 0 ok, 2 when the plan does not parse or on bad usage.`;

const KIND: Record<Lang, Record<PlanIdRow['kind'], string>> = {
  vi: { metric: 'chỉ tiêu', task: 'nhiệm vụ' },
  en: { metric: 'metric', task: 'task' },
};

/** The ids as aligned columns: id, kind/clause, canonical form. */
export function idTable(rows: readonly PlanIdRow[], lang: Lang): string {
  const kindOf = (r: PlanIdRow): string => (r.kind === 'metric' ? `${KIND[lang].metric}/${r.clause}` : KIND[lang].task);
  // Loops, not Math.max(...rows): a spread of every row overflows the stack at ~125,000 ids.
  // Ids and clauses are plan text: control characters shown, never sent to the terminal.
  const ids = rows.map((r) => visibleText(r.id));
  const idWidth = ids.reduce((w, id) => Math.max(w, id.length), 2);
  const kindWidth = rows.reduce((w, r) => Math.max(w, kindOf(r).length), 0);
  return rows.map((r, i) => `${ids[i]!.padEnd(idWidth)}  ${kindOf(r).padEnd(kindWidth)}  ${visibleText(r.canonical)}`).join('\n');
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  const rows = listPlanIds(await loadOnePlan(args, lang, io));
  io.stdout.write(args.flags.has('json') ? `${JSON.stringify(rows, null, 2)}\n` : `${idTable(rows, lang)}\n`);
  return 0;
}

/** `chitieu metrics`: every metric and task id of a plan, with its clause in canonical form. */
export const metricsCommand = defineCommand({ name: 'metrics', help: HELP, options: { json: { type: 'boolean' } }, run });
