/**
 * The text of a data file from its bytes, whatever Excel or Notepad saved it as: UTF-8 with or
 * without a byte order mark, or UTF-16 ("Unicode Text" from Excel, little-endian with a mark).
 * Browser-safe: `TextDecoder`, no `node:` module.
 */
import { DataError } from './data-error.js';

// The library is typed without DOM or Node globals (tsconfig.lib.json): the one global used,
// present in browsers, Node and Deno alike.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

/** Whether bytes look like UTF-16 without a mark: ASCII text has a zero in every other byte. */
function zeroEvery(bytes: Uint8Array, odd: 0 | 1): boolean {
  const n = Math.min(bytes.length, 400) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = odd; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros * 2 >= n * 0.4;
}

/**
 * Decode a data file's bytes: UTF-16 (LE or BE) by its byte order mark or its zero bytes, else
 * UTF-8 (its mark dropped). Bytes that are not valid UTF-8 (a file saved in a legacy code page)
 * are a `DataError`, never text with replacement characters.
 *
 * @example
 * decodeDataText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // 'A'
 * decodeDataText(new TextEncoder().encode('\uFEFFmetric,value')) // 'metric,value'
 */
export function decodeDataText(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  let encoding = 'utf-8';
  if (a === 0xff && b === 0xfe) encoding = 'utf-16le';
  else if (a === 0xfe && b === 0xff) encoding = 'utf-16be';
  else if (zeroEvery(bytes, 1)) encoding = 'utf-16le';
  else if (zeroEvery(bytes, 0)) encoding = 'utf-16be';
  try {
    // `ignoreBOM: false` (the default) drops the mark of the encoding decoded.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DataError([{ code: 'invalid_csv', path: [], expected: 'utf8_text' }]);
  }
}

/**
 * Whether bytes are a zip archive, as an .xlsx workbook is (`PK\x03\x04`): read as text, such a
 * file gives `Unexpected token 'P'`.
 *
 * @example
 * isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // true
 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
