/**
 * What several commands do the same way: reading a plan (its errors thrown as a `PlanError`,
 * printed as file:line:col with a caret), a statement, and printing a statement's warnings.
 */
import { safeParsePlan, safeParseTarget, type Diagnostic, type Lang, type Plan, type Target } from '../index.js';
import type { Args } from './args.js';
import type { CommandIo } from './command.js';
import { renderDiagnostics, UsageError } from './errors.js';
import { inputName, readInput } from './input.js';

/**
 * Read and parse a plan file (`-`: stdin); a plan with errors throws its `PlanError`, every
 * error in it (exit 2).
 *
 * @example
 * const plan = await loadPlan('plan.chitieu', 'vi', io)
 */
export async function loadPlan(file: string, lang: Lang, io: CommandIo): Promise<Plan> {
  const parsed = safeParsePlan(await readInput(file, io), { file: inputName(file), lang });
  if (!parsed.success) throw parsed.error;
  return parsed.plan;
}

/**
 * The one plan file a command takes (its only positional), read and parsed.
 *
 * @example
 * const plan = await loadOnePlan(args, lang, io)
 */
export async function loadOnePlan(args: Args, lang: Lang, io: CommandIo): Promise<Plan> {
  if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp kế hoạch, hoặc `-` (exactly one plan file, or `-` for stdin)');
  return loadPlan(args.positionals[0]!, lang, io);
}

/**
 * The one statement a command takes (its only positional), parsed; its warnings are printed
 * on stderr, its errors thrown as a `ParseError` (exit 2).
 *
 * @example
 * const { target } = parseOneStatement(args, lang, io)
 */
export function parseOneStatement(args: Args, lang: Lang, io: CommandIo): { source: string; target: Target } {
  if (args.positionals.length !== 1) throw new UsageError('cần đúng một chỉ tiêu (exactly one statement)');
  const source = args.positionals[0]!;
  const parsed = safeParseTarget(source, { lang });
  if (!parsed.success) throw parsed.error;
  printDiagnostics(io, source, parsed.warnings, lang);
  return { source, target: parsed.target };
}

/**
 * Print a statement's errors or warnings on stderr, each with its position, code and a caret.
 *
 * @example
 * printDiagnostics(io, source, parsed.warnings, 'vi')
 */
export function printDiagnostics(io: CommandIo, source: string, diagnostics: readonly Diagnostic[], lang: Lang, file = '<chỉ tiêu>'): void {
  if (diagnostics.length > 0) io.stderr.write(`${renderDiagnostics(source, diagnostics, lang, file)}\n`);
}
