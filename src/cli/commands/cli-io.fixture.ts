/** A CommandIo that collects what a command writes, for the CLI tests. Only tests import this file. */
import { Writable } from 'node:stream';
import type { CommandIo } from '../command.js';

/**
 * An io whose stdout and stderr are collected; `stdin` is what `-` reads, `now` the clock.
 *
 * @example
 * const { io, out } = collectingIo({ stdin: 'Năm: 2023\n...' })
 */
export function collectingIo(options: { stdin?: string; now?: () => Date | number } = {}): { io: CommandIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString('utf8'));
        done();
      },
    });
  const io: CommandIo = {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    cwd: process.cwd(),
    ...(options.stdin !== undefined && { stdin: [Buffer.from(options.stdin, 'utf8')] }),
    ...(options.now && { now: options.now }),
  };
  return { io, out: () => out, err: () => err };
}
