/**
 * What every command does the same way: `--help` and `--lang`, reading a plan file (its
 * errors printed as file:line:col with a caret), and printing a statement's diagnostics.
 */
import { readFile } from 'node:fs/promises';
import { codeFrame, formatDiagnostic } from '../diagnostics/index.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { safeParseTarget } from '../api/index.js';
import type { Target } from '../ast/types.js';
import { safeParsePlan } from '../plan/parse-plan.js';
import type { Plan } from '../plan/types.js';
import { flag, readArgs, UsageError, type Args } from './args.js';
import type { CommandIo } from './command.js';

/** Flags every command takes besides its own. */
const COMMON = { booleans: ['help'], values: ['lang'] } as const;

/**
 * Read a command's arguments. Returns the exit status when `--help` answered the call.
 *
 * @example
 * const start = begin(argv, io, { booleans: ['json'] }, HELP);
 * if (typeof start === 'number') return start;
 */
export function begin(
  argv: readonly string[],
  io: CommandIo,
  spec: { booleans?: readonly string[]; values?: readonly string[] },
  help: string,
): { args: Args; lang: Lang } | number {
  const args = readArgs(argv, {
    booleans: [...COMMON.booleans, ...(spec.booleans ?? [])],
    values: [...COMMON.values, ...(spec.values ?? [])],
  });
  if (args.flags.has('help')) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  return { args, lang: flag(args, 'lang') === 'en' ? 'en' : 'vi' };
}

/**
 * Read and parse a plan file; on errors print them all (file:line:col, the line, a caret)
 * and return undefined (the caller exits 2).
 */
export async function loadPlan(file: string, lang: Lang, io: CommandIo): Promise<Plan | undefined> {
  const parsed = safeParsePlan(await readFile(file, 'utf8'), { file, lang });
  if (parsed.success) return parsed.plan;
  io.stderr.write(`${parsed.error.format(lang)}\n`);
  return undefined;
}

/**
 * The one plan file a command takes (its only positional), read and parsed; undefined after
 * printing its errors (exit 2).
 */
export async function loadOnePlan(args: Args, lang: Lang, io: CommandIo, help: string): Promise<Plan | undefined> {
  if (args.positionals.length !== 1) throw new UsageError(`cần đúng một tệp kế hoạch (exactly one plan file)\n${help}`);
  return loadPlan(args.positionals[0]!, lang, io);
}

/**
 * The one statement a command takes (its only positional), parsed; its warnings are printed,
 * and on errors they are printed and undefined comes back (exit 2).
 */
export function parseOneStatement(args: Args, lang: Lang, io: CommandIo, help: string): { source: string; target: Target } | undefined {
  if (args.positionals.length !== 1) throw new UsageError(`cần đúng một chỉ tiêu (exactly one statement)\n${help}`);
  const source = args.positionals[0]!;
  const parsed = safeParseTarget(source, { lang });
  printDiagnostics(io, source, parsed.success ? parsed.warnings : parsed.error.diagnostics, lang);
  return parsed.success ? { source, target: parsed.target } : undefined;
}

/** Print a statement's errors or warnings, each with its position, code and a caret. */
export function printDiagnostics(io: CommandIo, source: string, diagnostics: readonly Diagnostic[], lang: Lang, file = '<chỉ tiêu>'): void {
  for (const d of diagnostics) {
    const kind = d.severity === 'error' ? (lang === 'en' ? 'error' : 'lỗi') : lang === 'en' ? 'warning' : 'cảnh báo';
    io.stderr.write(`${file}:${d.range.line}:${d.range.column}: ${kind} [${d.code}] ${formatDiagnostic(d, lang)}\n${codeFrame(source, d)}\n`);
  }
}
