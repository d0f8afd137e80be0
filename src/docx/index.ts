/**
 * chitieu/docx: Word (.docx) plans in. A separate entry so the main bundle does not carry the
 * ZIP and XML readers (fflate, @xmldom/xmldom); it takes bytes and imports no `node:` module,
 * so it runs in browsers too.
 */
export { readDocx, type DocxDocument, type DocxBlock, type DocxParagraph, type DocxTable, type DocxRow, type DocxCell } from './read-docx.js';
export { importDocx, type ImportDocxOptions, type ImportDocxResult } from './import-docx.js';
export { DocxError, type DocxErrorCode } from './docx-error.js';
export type {
  ImportTableOptions,
  ImportTableResult,
  BaselineObservation,
} from '../plan/import/import-table.js';
export type { ImportWarning, BaselineFigure } from '../plan/import/table.js';
export type { DraftHeader } from '../plan/import/write-plan.js';
