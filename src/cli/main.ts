#!/usr/bin/env node
/**
 * The `chitieu` command line. Each command lives in its own file under `commands/` and is
 * registered here by name; this is the only layer allowed to touch `node:` modules.
 */
import { UsageError } from './args.js';
import type { Command } from './command.js';

/** A missing or unreadable file is bad input (exit 2), not an internal error. */
function isFileError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  // One line per command: name → lazy import (keeps `chitieu parse` start-up small).
  parse: async () => (await import('./commands/parse.js')).parseCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  metrics: async () => (await import('./commands/metrics.js')).metricsCommand,
  lint: async () => (await import('./commands/lint.js')).lintCommand,
  compare: async () => (await import('./commands/compare.js')).compareCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  eval: async () => (await import('./commands/eval.js')).evalCommand,
};

const USAGE = `chitieu <lệnh> [tuỳ chọn]

Lệnh / commands:
${Object.keys(COMMANDS).map((n) => `  ${n}`).join('\n')}

chitieu <lệnh> --help  xem chi tiết / details`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`chitieu: không có lệnh \`${name}\` (unknown command)\n${USAGE}\n`);
    return 2;
  }
  const command = await load();
  try {
    return await command.run(rest, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
  } catch (error) {
    if (!(error instanceof UsageError) && !isFileError(error)) throw error;
    process.stderr.write(`chitieu ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`chitieu: lỗi nội bộ (internal error): ${String(error)}\n`);
    process.exitCode = 2;
  },
);
