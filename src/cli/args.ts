/**
 * The argument reader shared by the commands, on `node:util.parseArgs`: `--flag`, `-h`,
 * `--key value`, `--key=value`, positionals, `--` before a positional that starts with `-`,
 * and `-` (stdin) as a value. Unknown flags and missing values are usage errors, never ignored.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

/** A command's options: name → boolean flag or string value, with an optional one-letter alias. */
export type OptionSpec = Readonly<Record<string, { readonly type: 'boolean' | 'string'; readonly short?: string }>>;

/** The arguments after the command name. */
export interface Args {
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** A value that is itself an option (`--data --json`): the value was forgotten. */
function looksLikeOption(value: string): boolean {
  return value.length > 1 && value.startsWith('-');
}

/**
 * Read `argv` against `options`. parseArgs runs non-strict with tokens so that every mistake is
 * reported here, in both languages, with the option as the user typed it.
 *
 * @example
 * readArgs(['x', '--json', '--data', 'a.json'], { json: { type: 'boolean' }, data: { type: 'string' } })
 * // { positionals: ['x'], flags: Map { json → true, data → 'a.json' } }
 */
export function readArgs(argv: readonly string[], options: OptionSpec): Args {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) {
      const hint = /^-\d/.test(token.rawName) ? '; một chỉ tiêu bắt đầu bằng `-` thì đặt sau `--` (put a statement that starts with `-` after `--`)' : '';
      throw new UsageError(`không có tuỳ chọn ${token.rawName} (unknown option)${hint}`);
    }
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`${token.rawName} không nhận giá trị (takes no value)`);
      flags.set(token.name, true);
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && looksLikeOption(value))) throw new UsageError(`${token.rawName} cần một giá trị (needs a value)`);
    flags.set(token.name, value);
  }
  return { positionals, flags };
}

/**
 * The value of a string flag, or undefined.
 *
 * @example
 * flag(readArgs(['--data', 'a.json'], { data: { type: 'string' } }), 'data') // 'a.json'
 */
export function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** Usage errors are thrown from here too (the commands and their tests import them from args). */
export { UsageError } from './errors.js';
