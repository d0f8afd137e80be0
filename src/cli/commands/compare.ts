import { boundedLines, comparePlans, formatPairComparison, PRINT_LIMIT, readMapping, suggestMapping, visibleText, type Lang, type PlanComparison, type PlanMapping } from '../../index.js';
import { flag, UsageError } from '../args.js';
import { defineCommand, type CommandContext, type CommandIo } from '../command.js';
import { loadPlan } from '../common.js';
import { InputError } from '../errors.js';
import { inputName, oneStdin, readJsonInput } from '../input.js';

const HELP = `chitieu compare KH_CAP_DUOI.chitieu KH_CAP_TREN.chitieu [--mapping GHEP.json] [--suggest] [--json] [--lang en]

So kế hoạch cấp dưới với kế hoạch cấp trên ("đạt và vượt"): từng cặp chỉ tiêu chặt hơn, bằng,
LỎNG HƠN (kèm giá trị phản ví dụ) hay không so được.
Checks that a lower plan is at least as strict as the higher plan it implements, pair by pair.

  --mapping FILE  JSON { "pairs": [{ "lower": "2.3", "higher": "I.3" }, ...] } linking metric ids;
                  without it, only metrics both plans name with the same explicit \`Mã\` are paired;
                  when nothing pairs, compare says so (exit 2) and points to --suggest
  --suggest       print a proposed mapping (by description words) to check and save; compares nothing
  --json          the comparison as JSON (each pair with its message); errors too
Any one of the files may be "-" (stdin).
Exit: 0 nothing looser, 1 a looser pair or a mapping id that names nothing, 2 bad input, usage,
or nothing paired.`;

async function readMappingFile(file: string, io: CommandIo): Promise<PlanMapping> {
  const r = readMapping(await readJsonInput(file, io));
  const name = inputName(file);
  if (!r.success) throw new InputError(r.issues.map((i) => `${name}: ${i.path || '(gốc)'}: ${i.message}`).join('\n'), 'invalid_input', name);
  return r.mapping;
}

/** Nothing compared is not "nothing looser": it says so, and how to pair the targets. */
function nothingPaired(mapping: PlanMapping | undefined): InputError {
  const how = mapping
    ? 'tệp ghép không có cặp nào (the mapping has no pairs)'
    : 'hai kế hoạch không có chỉ tiêu nào cùng `Mã` (the plans share no explicit `Mã`)';
  return new InputError(
    `không ghép được cặp chỉ tiêu nào để so: ${how}; chạy với --suggest để đề xuất tệp ghép, kiểm tra rồi dùng --mapping (nothing to compare: run with --suggest for a proposed mapping, check it, then pass it with --mapping)`,
    'nothing_paired',
  );
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  if (args.positionals.length !== 2) throw new UsageError('cần hai tệp kế hoạch: cấp dưới rồi cấp trên (two plan files: lower, then higher)');
  const [lowerFile, higherFile] = args.positionals as [string, string];
  const mappingFile = flag(args, 'mapping');
  oneStdin([lowerFile, higherFile, mappingFile]);
  const mapping = mappingFile ? await readMappingFile(mappingFile, io) : undefined;
  const lower = await loadPlan(lowerFile, lang, io);
  const higher = await loadPlan(higherFile, lang, io);
  if (args.flags.has('suggest')) {
    const pairs = suggestMapping(lower, higher).map((s) => ({ lower: s.lower, higher: s.higher, note: `${s.score}: ${s.lowerText} ↔ ${s.higherText}` }));
    io.stdout.write(`${JSON.stringify({ lower: lower.header.number ?? lowerFile, higher: higher.header.number ?? higherFile, pairs }, null, 2)}\n`);
    return 0;
  }
  const result = comparePlans(lower, higher, mapping);
  if (result.pairs.length === 0 && result.unknownIds.length === 0) throw nothingPaired(mapping);
  if (args.flags.has('json')) {
    const pairs = result.pairs.map((p) => ({ ...p, message: formatPairComparison(p, lang) }));
    io.stdout.write(`${JSON.stringify({ lower: lowerFile, higher: higherFile, ...result, pairs }, null, 2)}\n`);
  } else {
    writeText(io, result, lang, inputName(lowerFile), inputName(higherFile));
  }
  return result.ok ? 0 : 1;
}

function writeText(io: CommandIo, r: PlanComparison, lang: Lang, lowerFile: string, higherFile: string): void {
  const vi = lang === 'vi';
  // Every list bounded (the first 1,000, then how many more), plan text with its control characters shown.
  const write = (lines: readonly string[]) => {
    for (const l of lines) io.stdout.write(`${visibleText(l)}\n`);
  };
  write(boundedLines(r.pairs, (p) => `${lowerFile}:${p.lower.site.line}:${p.lower.site.column}: ${formatPairComparison(p, lang)}`, { noun: 'findings', lang }));
  write(
    boundedLines(r.unknownIds, (u) => {
      const f = u.side === 'lower' ? lowerFile : higherFile;
      return vi ? `${f}: không có chỉ tiêu mã \`${u.id}\` (trong tệp ghép)` : `${f}: no metric \`${u.id}\` (named in the mapping)`;
    }, { noun: 'errors', lang }),
  );
  if (r.unpairedHigher.length > 0) {
    const ids = boundedLines(r.unpairedHigher, (id) => id, { noun: 'findings', lang, limit: PRINT_LIMIT });
    write([vi ? `Chỉ tiêu cấp trên chưa được ghép: ${ids.join(', ')}` : `Higher metrics no pair covers: ${ids.join(', ')}`]);
  }
  const c = r.counts;
  io.stdout.write(
    vi
      ? `${c.stricter} chặt hơn, ${c.equal} bằng, ${c.looser} lỏng hơn, ${c.not_comparable} không so được\n`
      : `${c.stricter} stricter, ${c.equal} equal, ${c.looser} looser, ${c.not_comparable} not comparable\n`,
  );
}

/** `chitieu compare`: a lower plan against the higher plan it implements; exit 1 when any pair is looser. */
export const compareCommand = defineCommand({ name: 'compare', help: HELP, options: { json: { type: 'boolean' }, suggest: { type: 'boolean' }, mapping: { type: 'string' } }, run });
