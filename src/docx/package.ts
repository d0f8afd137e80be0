/**
 * The parts of a .docx package the reader needs, unzipped with fflate (pure JavaScript, runs in
 * browsers): `word/document.xml` and, if present, `word/numbering.xml` (list numbers that
 * Word draws but does not store as text, such as an auto-numbered STT column).
 */
import { unzipSync } from 'fflate';
import { DocxError } from './docx-error.js';

/** The XML parts of a Word package. */
export interface DocxParts {
  readonly document: string;
  readonly numbering?: string;
}

const WANTED = new Set(['word/document.xml', 'word/numbering.xml']);

/** Whether bytes start like a ZIP file (`PK\x03\x04`, or an empty archive's `PK\x05\x06`). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Whether bytes start like an OLE compound file: an old `.doc` (or `.xls`). */
function isOle(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/**
 * Unzip the parts of a Word file the reader uses.
 *
 * @example
 * docxParts(bytes).document.startsWith('<?xml') // true
 */
export function docxParts(bytes: Uint8Array): DocxParts {
  if (isOle(bytes)) throw new DocxError('legacy_doc');
  if (!isZip(bytes)) throw new DocxError('not_docx');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => WANTED.has(f.name) });
  } catch (e) {
    throw new DocxError('not_docx', e instanceof Error ? e.message : String(e));
  }
  const document = files['word/document.xml'];
  if (!document) throw new DocxError('no_document');
  const decoder = new TextDecoder('utf-8');
  const numbering = files['word/numbering.xml'];
  return { document: decoder.decode(document), ...(numbering ? { numbering: decoder.decode(numbering) } : {}) };
}
