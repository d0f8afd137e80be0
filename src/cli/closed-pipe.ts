/**
 * A closed pipe (`chitieu check … | head -1`) is a reader that has read enough, not an error:
 * the rest of the output is dropped and the command ends with its own exit status.
 */

/** The errors a write gets once its reader is gone: the pipe's, then the destroyed stream's. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * Keep `stream` from crashing the process with an `EPIPE` stack trace when its reader closes.
 * Any other write error still surfaces, as before.
 *
 * @example
 * quietOnClosedPipe(process.stdout)
 */
export function quietOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== undefined && CLOSED.has(error.code)) return;
    throw error;
  });
}
