#!/usr/bin/env node
/**
 * The `chitieu` command line. Each command lives in its own file under `commands/` and is
 * registered here by name; this is the only layer allowed to touch `node:` modules.
 */
import type { Command } from './command.js';

const COMMANDS: Record<string, () => Promise<Command>> = {
  // One line per command: name → lazy import (keeps `chitieu parse` start-up small).
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
  return command.run(rest, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
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
