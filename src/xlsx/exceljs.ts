/**
 * exceljs, loaded on first use: the xlsx reader and writer cost an app nothing until a workbook
 * is read or written (exceljs and its zip library are ~1 MB), and `chitieu` itself never loads it.
 *
 * Why exceljs: it reads a cell's number format, which the reading needs (a cell formatted as a
 * percentage shows `7,5%` and holds 0.075: read without its format, a rate is off a hundred
 * times), and it writes the template too, with text-formatted id columns; one library for both.
 */
import type * as ExcelJS from 'exceljs';

/** The parts of exceljs used here. */
export type ExcelModule = typeof ExcelJS;

let loaded: Promise<ExcelModule> | undefined;

/**
 * The exceljs module, imported once.
 *
 * @example
 * const { Workbook } = await excel()
 */
export function excel(): Promise<ExcelModule> {
  // exceljs is CommonJS: under Node's ESM its namespace is the `default` export.
  return (loaded ??= import('exceljs').then((m) => ((m as { default?: ExcelModule }).default ?? m) as ExcelModule));
}
