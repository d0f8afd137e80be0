#!/usr/bin/env node
/**
 * The `chitieu` executable: the process around `runCli` (run.ts). This layer and the commands
 * are the only code allowed to touch `node:` modules.
 */
import pkg from '../../package.json' with { type: 'json' };
import { quietOnClosedPipe } from './closed-pipe.js';
import { runCli } from './run.js';

// `chitieu check … | head -1`: once the reader is gone, stop writing quietly (no EPIPE trace).
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() }, { version: pkg.version }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`chitieu: lỗi nội bộ (internal error): ${String(error)}\n`);
    process.exitCode = 2;
  },
);
