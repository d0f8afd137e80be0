/**
 * `chitieu/xlsx`: observed data from .xlsx workbooks, and the template an official fills. A
 * subpath of its own, so the main entry (and a browser app that uses it) does not carry the
 * spreadsheet library, which is loaded only when a workbook is read or written.
 *
 * @example
 * import { readObservationsXlsx, writeTemplateXlsx } from 'chitieu/xlsx'
 * @packageDocumentation
 */
export { readObservationsXlsx, type ReadXlsxOptions } from './read.js';
export { writeTemplateXlsx } from './write.js';
export { templateRows, type TemplateRow, type TemplateField, type TemplateOptions } from './template.js';
