/** A CommandIo that collects what a command writes, for the CLI tests. Only tests import this file. */
import { Writable } from 'node:stream';
import type { CommandIo } from '../command.js';

export function collectingIo(): { io: CommandIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString('utf8'));
        done();
      },
    });
  const io: CommandIo = { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd: process.cwd() };
  return { io, out: () => out, err: () => err };
}
