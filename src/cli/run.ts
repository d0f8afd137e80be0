/**
 * The `chitieu` command line without the process: which command a call names, `--version`,
 * `--help` and `help <command>`. Each command lives in its own file under `commands/`, loaded
 * only when called (keeps `chitieu parse` start-up small).
 */
import type { Command, CommandIo } from './command.js';

interface Entry {
  /** One line for the command list. */
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

const COMMANDS: Readonly<Record<string, Entry>> = {
  check: { summary: 'đánh giá kế hoạch theo số liệu / check a plan against data', load: async () => (await import('./commands/check.js')).checkCommand },
  eval: { summary: 'đánh giá một chỉ tiêu theo số liệu / evaluate one target against data', load: async () => (await import('./commands/eval.js')).evalCommand },
  parse: { summary: 'đọc một chỉ tiêu, in dạng chuẩn / parse a target, print its canonical form', load: async () => (await import('./commands/parse.js')).parseCommand },
  lint: { summary: 'kiểm tra tính nhất quán của kế hoạch / check a plan on its own', load: async () => (await import('./commands/lint.js')).lintCommand },
  compare: { summary: 'so kế hoạch cấp dưới với cấp trên / a lower plan against the higher one', load: async () => (await import('./commands/compare.js')).compareCommand },
  metrics: { summary: 'liệt kê mã số liệu của kế hoạch / list the ids data rows use', load: async () => (await import('./commands/metrics.js')).metricsCommand },
  template: { summary: 'tạo bảng Excel để điền số liệu / the .xlsx sheet to fill for a check', load: async () => (await import('./commands/template.js')).templateCommand },
  sql: { summary: 'in câu lệnh SQL đánh giá kế hoạch trong cơ sở dữ liệu / the plan as SQL', load: async () => (await import('./commands/sql.js')).sqlCommand },
  import: { summary: 'đọc bảng của tệp Word (.docx) hoặc bảng dán thành kế hoạch / a Word plan or a pasted table → a plan', load: async () => (await import('./commands/import.js')).importCommand },
};

const WIDTH = Math.max(...Object.keys(COMMANDS).map((n) => n.length));

/**
 * The top-level help: every command with its one-line description.
 *
 * @example
 * usage() // "chitieu <lệnh> [tuỳ chọn]\n\nLệnh / commands:\n  check    đánh giá ..."
 */
export function usage(): string {
  const list = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(WIDTH)}  ${c.summary}`);
  return `chitieu <lệnh> [tuỳ chọn]   (chitieu <command> [options])

Lệnh / commands:
${list.join('\n')}

  chitieu <lệnh> --help, chitieu help <lệnh>   chi tiết một lệnh / one command in detail
  chitieu --version                           phiên bản / version
Exit: 0 ok, 1 một kiểm tra không đạt / a check failed, 2 dữ liệu vào sai / bad input or usage.`;
}

/** An unknown command name: said, with the list. */
function unknown(name: string, io: CommandIo): number {
  io.stderr.write(`chitieu: không có lệnh \`${name}\` (unknown command)\n\n${usage()}\n`);
  return 2;
}

/**
 * Run one call of the CLI and return its exit status.
 *
 * @example
 * await runCli(['check', 'plan.chitieu', '--data', 'obs.json'], io, { version: '0.1.0' }) // 0, 1 or 2
 * await runCli(['help', 'check'], io, { version: '0.1.0' }) // 0, check's help on stdout
 */
export async function runCli(argv: readonly string[], io: CommandIo, about: { readonly version: string }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(`${usage()}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h') {
    io.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    io.stdout.write(`${about.version}\n`);
    return 0;
  }
  try {
    if (name === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.stdout.write(`${usage()}\n`);
      else if (COMMANDS[topic]) io.stdout.write(`${(await COMMANDS[topic].load()).help}\n`);
      else return unknown(topic, io);
      return 0;
    }
    const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!entry) return unknown(name, io);
    return await (await entry.load()).run(rest, io);
  } catch (error) {
    // Commands print their own errors; this is only for a failure around them (a bug). Loaded
    // here, not up front: errors.ts imports the library, which `--version` does not need.
    const { printError } = await import('./errors.js');
    return printError(error, io, { command: name, lang: 'vi', json: false });
  }
}
