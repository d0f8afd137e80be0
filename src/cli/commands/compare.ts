import { readFile } from 'node:fs/promises';
import { formatPairComparison } from '../../consistency/compare-messages.js';
import { comparePlans, type PlanComparison } from '../../consistency/compare-plans.js';
import { readMapping, type PlanMapping } from '../../consistency/mapping.js';
import { suggestMapping } from '../../consistency/suggest.js';
import type { Lang } from '../../diagnostics/types.js';
import { flag, UsageError } from '../args.js';
import { begin, loadPlan } from '../common.js';
import type { Command, CommandIo } from '../command.js';

const HELP = `chitieu compare KH_CAP_DUOI.chitieu KH_CAP_TREN.chitieu [--mapping GHEP.json] [--suggest] [--json] [--lang en]

So kế hoạch cấp dưới với kế hoạch cấp trên ("đạt và vượt"): từng cặp chỉ tiêu chặt hơn, bằng,
LỎNG HƠN (kèm giá trị phản ví dụ) hay không so được.
Checks that a lower plan is at least as strict as the higher plan it implements, pair by pair.

  --mapping FILE  JSON { "pairs": [{ "lower": "2.3", "higher": "I.3" }, ...] } linking metric ids;
                  without it, only metrics both plans name with the same explicit \`Mã\` are paired
  --suggest       print a proposed mapping (by description words) to check and save; compares nothing
  --json          the comparison as JSON (each pair with its message)
Exit: 0 nothing looser, 1 a looser pair or a mapping id that names nothing, 2 bad input or usage.`;

async function readMappingFile(file: string): Promise<PlanMapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(`${file}: JSON không hợp lệ (invalid JSON): ${error.message}`);
    throw error;
  }
  const r = readMapping(json);
  if (!r.success) throw new UsageError(r.issues.map((i) => `${file}: ${i.path || '(gốc)'}: ${i.message}`).join('\n'));
  return r.mapping;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const start = begin(argv, io, { booleans: ['json', 'suggest'], values: ['mapping'] }, HELP);
  if (typeof start === 'number') return start;
  const { args, lang } = start;
  if (args.positionals.length !== 2) throw new UsageError(`cần hai tệp kế hoạch: cấp dưới rồi cấp trên (two plan files: lower, then higher)\n${HELP}`);
  const [lowerFile, higherFile] = args.positionals as [string, string];
  const mappingFile = flag(args, 'mapping');
  const mapping = mappingFile ? await readMappingFile(mappingFile) : undefined;
  const lower = await loadPlan(lowerFile, lang, io);
  const higher = await loadPlan(higherFile, lang, io);
  if (!lower || !higher) return 2;
  if (args.flags.has('suggest')) {
    const pairs = suggestMapping(lower, higher).map((s) => ({ lower: s.lower, higher: s.higher, note: `${s.score}: ${s.lowerText} ↔ ${s.higherText}` }));
    io.stdout.write(`${JSON.stringify({ lower: lower.header.number ?? lowerFile, higher: higher.header.number ?? higherFile, pairs }, null, 2)}\n`);
    return 0;
  }
  const result = comparePlans(lower, higher, mapping);
  if (args.flags.has('json')) {
    const pairs = result.pairs.map((p) => ({ ...p, message: formatPairComparison(p, lang) }));
    io.stdout.write(`${JSON.stringify({ lower: lowerFile, higher: higherFile, ...result, pairs }, null, 2)}\n`);
  } else {
    writeText(io, result, lang, lowerFile, higherFile);
  }
  return result.ok ? 0 : 1;
}

function writeText(io: CommandIo, r: PlanComparison, lang: Lang, lowerFile: string, higherFile: string): void {
  const vi = lang === 'vi';
  for (const p of r.pairs) io.stdout.write(`${lowerFile}:${p.lower.site.line}:${p.lower.site.column}: ${formatPairComparison(p, lang)}\n`);
  for (const u of r.unknownIds) {
    const f = u.side === 'lower' ? lowerFile : higherFile;
    io.stdout.write(vi ? `${f}: không có chỉ tiêu mã \`${u.id}\` (trong tệp ghép)\n` : `${f}: no metric \`${u.id}\` (named in the mapping)\n`);
  }
  if (r.unpairedHigher.length > 0) {
    io.stdout.write(vi ? `Chỉ tiêu cấp trên chưa được ghép: ${r.unpairedHigher.join(', ')}\n` : `Higher metrics no pair covers: ${r.unpairedHigher.join(', ')}\n`);
  }
  const c = r.counts;
  io.stdout.write(
    vi
      ? `${c.stricter} chặt hơn, ${c.equal} bằng, ${c.looser} lỏng hơn, ${c.not_comparable} không so được\n`
      : `${c.stricter} stricter, ${c.equal} equal, ${c.looser} looser, ${c.not_comparable} not comparable\n`,
  );
}

/** `chitieu compare`: a lower plan against the higher plan it implements; exit 1 when any pair is looser. */
export const compareCommand: Command = { name: 'compare', summary: 'so kế hoạch cấp dưới với cấp trên / lower plan vs higher plan', run };
