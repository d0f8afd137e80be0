/**
 * Running prose for the extractTargets benchmark: the Hải Dương 2023 plan
 * (bench/fixtures/hai-duong-2023.txt) repeated to a given size.
 */
import { readFileSync } from 'node:fs';

const PLAN = readFileSync(new URL('../fixtures/hai-duong-2023.txt', import.meta.url), 'utf8');

/** Bytes of UTF-8 (the size a user's file has on disk). */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The plan repeated and cut at the last line break that keeps the text within `bytes` of
 * UTF-8, so no statement is cut in half.
 *
 * @example
 * const oneMegabyte = prose(1_000_000); // utf8Bytes(oneMegabyte) ≤ 1_000_000, close to it
 */
export function prose(bytes: number): string {
  const copies = Math.ceil(bytes / utf8Bytes(PLAN)) + 1;
  const long = Buffer.from(`${PLAN}\n`.repeat(copies), 'utf8').subarray(0, bytes);
  const text = long.toString('utf8');
  return text.slice(0, text.lastIndexOf('\n') + 1);
}
