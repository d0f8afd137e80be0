/**
 * The progress indicator of `chitieu check` on stderr: one line rewritten in place on a
 * terminal, or a line every few seconds when forced onto a non-terminal (a CI log).
 */
import type { CommandIo } from '../command.js';

/**
 * A progress line that can be updated and cleared.
 *
 * @example
 * progress.update('đã đọc 120.000 dòng số liệu…'); progress.done()
 */
export interface Progress {
  update(text: string): void;
  done(): void;
}

const SILENT: Progress = { update: () => {}, done: () => {} };

/**
 * A progress line on `io.stderr`, or one that prints nothing when `enabled` is false.
 * Updates are throttled (10 per second on a terminal, one per 2 s otherwise).
 *
 * @example
 * const p = progressLine(io, io.stderr.isTTY === true)
 * p.update('đã đọc 120.000 dòng'); p.done()
 */
export function progressLine(io: CommandIo, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled) return SILENT;
  const tty = io.stderr.isTTY === true;
  const every = tty ? 100 : 2000;
  let last = -Infinity;
  let shown = false;
  return {
    update(text) {
      const t = now();
      if (t - last < every) return;
      last = t;
      shown = true;
      io.stderr.write(tty ? `\r\u001b[K${text}` : `${text}\n`);
    },
    done() {
      if (shown && tty) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
