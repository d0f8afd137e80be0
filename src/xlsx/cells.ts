/**
 * A spreadsheet cell as a table cell: a number stays a number (at Excel's 15 significant
 * digits, and times 100 when the cell is formatted as a percentage, exactly), everything else
 * becomes its text.
 */
import Decimal from 'decimal.js';
import type { Cell, CellValue } from 'exceljs';

/** What `parseObservationsTable` takes for a cell. */
export type TableCell = string | number;

/** `YYYY-MM-DD` of a date cell (Excel dates carry no zone: exceljs gives them at UTC midnight). */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A number as Excel holds it, at the 15 significant digits Excel computes and shows
 * (`0.1 + 0.2` is 0.3 in Excel): a formula's float noise is not part of the figure.
 */
function excelNumber(n: number, numFmt: string | undefined): number {
  const rounded = Number(n.toPrecision(15));
  // A percentage format (`0.0%`, not a `%` inside quotes or escaped) shows the value times 100.
  const percent = numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));
  return percent ? Number(new Decimal(String(rounded)).times(100).toString()) : rounded;
}

function valueOf(v: CellValue, numFmt: string | undefined): TableCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return excelNumber(v, numFmt);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return isoDay(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && 'error' in (result as object)) return String((result as { error: unknown }).error);
    return valueOf(result as CellValue, numFmt);
  }
  if ('error' in v) return String(v.error);
  if ('text' in v) return String((v as { text: unknown }).text);
  return String(v);
}

/**
 * The table cell of a sheet cell.
 *
 * @example
 * tableCell(sheet.getCell('C2')) // 7.5 for 0.075 shown as 7,5%
 */
export function tableCell(cell: Cell): TableCell {
  return valueOf(cell.value, cell.numFmt);
}
