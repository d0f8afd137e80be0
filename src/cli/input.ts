/**
 * Reading what a command is given: a file, or stdin for `-` (any one input of a command).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CommandIo } from './command.js';
import { InputError, UsageError } from './errors.js';

/**
 * How an input is named in messages: `<stdin>` for `-`.
 *
 * @example
 * inputName('-') // '<stdin>'
 */
export function inputName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/**
 * Refuse a command line that reads stdin twice (`lint - --units -`).
 *
 * @example
 * oneStdin(['-', 'units.json']) // ok
 */
export function oneStdin(paths: readonly (string | undefined)[]): void {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('chỉ một đầu vào được đọc từ stdin `-` (only one input can be `-`)');
}

/**
 * The stdin of the call, for `-`; a call without one is refused, never read as empty.
 *
 * @example
 * for await (const chunk of stdinOf(io)) checker.addChunk(chunk)
 */
export function stdinOf(io: CommandIo): NonNullable<CommandIo['stdin']> {
  if (!io.stdin) throw new UsageError('không có stdin (no stdin to read `-` from)');
  return io.stdin;
}

/** All of stdin as text. */
export async function readStdin(io: CommandIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdinOf(io)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A text input: the file at `path` (relative to the command's directory), or stdin for `-`.
 *
 * @example
 * await readInput('plan.chitieu', io) // the file's text
 * await readInput('-', io)            // stdin
 */
export async function readInput(path: string, io: CommandIo): Promise<string> {
  return path === '-' ? readStdin(io) : readFile(resolve(io.cwd, path), 'utf8');
}

/**
 * A JSON options file (`--units`, `--mapping`): broken JSON is bad input (`invalid_json`),
 * named by file, never an internal error. A UTF-8 BOM is allowed.
 *
 * @example
 * await readJsonInput('units.json', io) // the parsed value
 */
export async function readJsonInput(path: string, io: CommandIo): Promise<unknown> {
  const text = (await readInput(path, io)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(`${inputName(path)}: JSON không hợp lệ (invalid JSON): ${why}`, 'invalid_json', inputName(path));
  }
}

/**
 * A `--units` file: `{ "<loại đơn vị>": ["<tên đơn vị>", ...] }`, or a user error naming the file.
 *
 * @example
 * await readUnits('don-vi.json', io) // { 'đơn vị trường học': ['THCS Cẩm Đông', ...] }
 */
export async function readUnits(file: string, io: CommandIo): Promise<Readonly<Record<string, readonly string[]>>> {
  const json = await readJsonInput(file, io);
  const ok = typeof json === 'object' && json !== null && !Array.isArray(json) && Object.values(json).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
  if (!ok) throw new InputError(`${inputName(file)}: cần { "<loại đơn vị>": ["<tên>", ...] } (expected an object of string lists)`, 'invalid_input', inputName(file));
  return json as Readonly<Record<string, readonly string[]>>;
}
