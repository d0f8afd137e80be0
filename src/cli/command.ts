/** What a command gets: its arguments (after the command name) and where to write. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
}

/**
 * One CLI command. `run` returns the exit status: 0 success (target met), 1 a failed check,
 * 2 bad input or usage.
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}
