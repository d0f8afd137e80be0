/**
 * How the CLI reports a failure: the one place that turns an error into text on stderr, or
 * into `{"error": {"code", "message", ...}}` on stdout under `--json`, and into the exit
 * status. Bad input of any kind is a user error (exit 2) with a stable code; only a bug is
 * "lỗi nội bộ" (internal error).
 */
import { codeFrame, DataError, formatDataIssue, formatDiagnostic, ParseError, PlanError, type Diagnostic, type Lang } from '../index.js';
import type { CommandIo } from './command.js';

/**
 * The stable codes of CLI errors (`error.code` in `--json`):
 * - `usage`: the command line (unknown option, missing value or file, a malformed flag value)
 * - `file`: a file that cannot be read or written (`errno`: `ENOENT`, `EISDIR`, ...)
 * - `invalid_json`, `invalid_input`: an options file (`--units`, `--mapping`) that is not JSON, or not the expected shape
 * - `invalid_plan`, `invalid_statement`: a plan or a statement that does not parse (`diagnostics`)
 * - `invalid_data`, `invalid_csv`, `invalid_xlsx`: observed data that is refused (`issues`; `invalid_json` too)
 * - `invalid_docx`: `import` was given a file that is neither a Word .docx nor a text table (`reason`: `not_docx`, `legacy_doc`, ...)
 * - `nothing_paired`: `compare` found no pair of targets to compare
 * - `internal`: a bug in chitieu
 */
export type CliErrorCode =
  | 'usage'
  | 'file'
  | 'invalid_json'
  | 'invalid_input'
  | 'invalid_plan'
  | 'invalid_statement'
  | 'invalid_data'
  | 'invalid_csv'
  | 'invalid_xlsx'
  | 'invalid_docx'
  | 'nothing_paired'
  | 'internal';

/** Bad input the user can fix, with its code and the file it is about. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  constructor(
    message: string,
    readonly code: CliErrorCode,
    readonly file?: string,
  ) {
    super(message);
  }
}

/** A wrong command line: a missing argument, an unknown option, a malformed value. */
export class UsageError extends InputError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(message, 'usage');
  }
}

/** A library error about one input file (the data of `check`, `eval`): printed with the file's name. */
export class InFile extends Error {
  override readonly name = 'InFile';
  constructor(
    readonly file: string,
    override readonly cause: DataError,
  ) {
    super(cause.message);
  }
}

/**
 * A statement's errors or warnings as text, each with its position, code and a caret.
 *
 * @example
 * renderDiagnostics('Đạt từ 80% tro le', error.diagnostics, 'vi')
 * // "<chỉ tiêu>:1:12: lỗi [missing_closer] ...\nĐạt từ 80% tro le\n           ^^^^^^"
 */
export function renderDiagnostics(source: string, diagnostics: readonly Diagnostic[], lang: Lang, file = '<chỉ tiêu>'): string {
  return diagnostics
    .map((d) => {
      const kind = d.severity === 'error' ? (lang === 'en' ? 'error' : 'lỗi') : lang === 'en' ? 'warning' : 'cảnh báo';
      return `${file}:${d.range.line}:${d.range.column}: ${kind} [${d.code}] ${formatDiagnostic(d, lang)}\n${codeFrame(source, d)}`;
    })
    .join('\n');
}

/**
 * What is printed for an error: its code, its text (complete: every line says where it is)
 * and the details JSON adds.
 */
interface Described {
  readonly code: CliErrorCode;
  readonly text: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/** A failed read or write of a file (Node's `ENOENT`, `EACCES`, ...). */
function fileFailure(error: unknown): (Error & { code: string; path?: string }) | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code) ? (error as Error & { code: string }) : undefined;
}

function describeData(error: DataError, file: string | undefined, c: ErrorContext): Described {
  const options = error.issues[0]?.path[0] === 'options';
  const message = error.format(c.lang);
  const prefix = file !== undefined && !options ? `${file}: ` : `chitieu ${c.command}: `;
  const issues = error.issues.map((i) => ({ ...i, message: formatDataIssue(i, c.lang) }));
  return { code: error.code, text: message.split('\n').map((l) => `${prefix}${l}`).join('\n'), message, details: { ...(file !== undefined && { file }), issues } };
}

function describe(error: unknown, c: ErrorContext): Described {
  const simple = (code: CliErrorCode, message: string, details?: Record<string, unknown>): Described => ({ code, text: `chitieu ${c.command}: ${message}`, message, ...(details && { details }) });
  if (error instanceof UsageError) {
    const hint = c.lang === 'en' ? `see \`chitieu ${c.command} --help\`` : `xem \`chitieu ${c.command} --help\``;
    return { ...simple('usage', error.message), text: `chitieu ${c.command}: ${error.message}\n(${hint})` };
  }
  if (error instanceof InputError) return simple(error.code, error.message, error.file === undefined ? undefined : { file: error.file });
  if (error instanceof InFile) return describeData(error.cause, error.file, c);
  if (error instanceof DataError) return describeData(error, undefined, c);
  if (error instanceof PlanError) {
    const text = error.format(c.lang);
    return { code: 'invalid_plan', text, message: text, details: { ...(error.file !== undefined && { file: error.file }), diagnostics: error.diagnostics } };
  }
  if (error instanceof ParseError) {
    const diagnostics = error.diagnostics.map((d) => ({ ...d, message: formatDiagnostic(d, c.lang) }));
    return { code: 'invalid_statement', text: renderDiagnostics(error.source, error.diagnostics, c.lang), message: error.format(c.lang), details: { diagnostics } };
  }
  const file = fileFailure(error);
  if (file) {
    const message = c.lang === 'en' ? `cannot read or write \`${file.path ?? '?'}\`: ${file.code}` : `không đọc/ghi được tệp \`${file.path ?? '?'}\`: ${file.code}`;
    return simple('file', message, { ...(file.path !== undefined && { file: file.path }), errno: file.code });
  }
  return simple('internal', `lỗi nội bộ (internal error): ${error instanceof Error ? (error.stack ?? String(error)) : String(error)}`);
}

/** How the failing call wants its errors: the command's name, the language, JSON or text. */
export interface ErrorContext {
  readonly command: string;
  readonly lang: Lang;
  readonly json: boolean;
}

/**
 * Print `error` for the user and return the exit status: 2 for every error (bad input, usage,
 * and internal errors, as the CLI has always exited). Under `--json` the error goes to stdout
 * as `{"error": {"code", "message", ...details}}`, where the output would have been.
 *
 * @example
 * return printError(new UsageError('cần đúng một tệp kế hoạch'), io, { command: 'lint', lang: 'vi', json: false }) // 2
 */
export function printError(error: unknown, io: CommandIo, context: ErrorContext): number {
  const d = describe(error, context);
  if (context.json) io.stdout.write(`${JSON.stringify({ error: { code: d.code, message: d.message, ...d.details } }, null, 2)}\n`);
  else io.stderr.write(`${d.text}\n`);
  return 2;
}
