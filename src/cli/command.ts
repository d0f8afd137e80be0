/**
 * What a command is and how each one starts the same way: its options read with the common
 * ones (`-h`/`--help`, `--lang vi|en`), `--help` answered, and every error it throws printed by
 * `printError` (errors.ts) with exit status 2.
 */
import type { Lang } from '../index.js';
import { readArgs, type Args, type OptionSpec } from './args.js';
import { printError, UsageError } from './errors.js';

/** What a command gets besides its arguments: where to read and write, and the clock. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  /** What `-` reads (the process's stdin in the CLI). */
  readonly stdin?: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  /** The clock behind today's date (`check`'s default `--as-of`); tests set it. */
  readonly now?: () => Date | number;
}

/**
 * One CLI command. `run` returns the exit status: 0 success (target met), 1 a failed check,
 * 2 bad input or usage. It never throws: errors are printed (as JSON under `--json`).
 */
export interface Command {
  readonly name: string;
  /** The full `--help` text. */
  readonly help: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** What a command's own code gets: its arguments read, the language, the io. */
export interface CommandContext {
  readonly args: Args;
  readonly lang: Lang;
  readonly io: CommandIo;
}

const COMMON: OptionSpec = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } };

const COMMON_HELP = `Chung / common:
  -h, --help       trợ giúp này / this help
  --lang vi|en     ngôn ngữ của thông báo và báo cáo (mặc định vi) / language of messages and reports`;

/** `--lang`, validated: anything but vi or en is a usage error, not silently Vietnamese. */
function langOf(args: Args): Lang {
  const lang = args.flags.get('lang') ?? 'vi';
  if (lang === 'vi' || lang === 'en') return lang;
  throw new UsageError(`--lang: cần vi hoặc en (expected vi or en), không phải \`${String(lang)}\``);
}

/**
 * The language and output mode asked for, read before the arguments are (for their own
 * errors): `--json`, or `--format json` (check), where the command has that option.
 */
function earlyMode(argv: readonly string[], options: OptionSpec): { lang: Lang; json: boolean } {
  const given = (name: string, value: string) => argv.some((a, i) => a === `--${name}=${value}` || (a === `--${name}` && argv[i + 1] === value));
  const lang = given('lang', 'en') ? 'en' : 'vi';
  const json = ('json' in options && argv.includes('--json')) || ('format' in options && given('format', 'json'));
  return { lang, json };
}

/**
 * A command from its name, help text, options and body.
 *
 * @example
 * export const metricsCommand = defineCommand({ name: 'metrics', help: HELP, options: { json: { type: 'boolean' } }, run })
 */
export function defineCommand(spec: {
  readonly name: string;
  readonly help: string;
  readonly options: OptionSpec;
  run(context: CommandContext): Promise<number>;
}): Command {
  const help = `${spec.help}\n\n${COMMON_HELP}`;
  return {
    name: spec.name,
    help,
    async run(argv, io) {
      let { lang, json } = earlyMode(argv, spec.options);
      try {
        const args = readArgs(argv, { ...COMMON, ...spec.options });
        if (args.flags.has('help')) {
          io.stdout.write(`${help}\n`);
          return 0;
        }
        lang = langOf(args);
        return await spec.run({ args, lang, io });
      } catch (error) {
        return printError(error, io, { command: spec.name, lang, json });
      }
    },
  };
}
