/**
 * `chitieu/docx-report`: a plan report as a Word báo cáo in the format of Nghị định
 * 30/2020/NĐ-CP. A subpath of its own so that the main entry (and a browser app that only
 * parses targets) never loads the `docx` library; `renderDocx` imports it when called.
 *
 * @example
 * import { renderDocx } from 'chitieu/docx-report'
 * const bytes = await renderDocx(evaluatePlan(plan, data, { asOf: '2023-06-30' }))
 *
 * @module
 */
export { renderDocx, type DocxReportOptions } from './render-docx.js';
export { documentHeader, placeOf, subjectOf, type DocumentHeader, type DocumentHeaderOptions } from '../report/document-header.js';
