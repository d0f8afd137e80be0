/**
 * A Word file → its paragraphs and tables, in document order, read from `word/document.xml`
 * itself rather than through an HTML conversion: a merged cell (`w:gridSpan`, `w:vMerge`) keeps
 * its place in the table's grid, a cell's paragraphs and manual line breaks stay lines, a header
 * row marked to repeat on each page (`w:tblHeader`) is known as one, and auto-numbered STT cells
 * and headings get the number Word draws. Deleted text of tracked changes, hidden text, field
 * codes and drawings are left out; inserted text, hyperlinks, content controls are read.
 */
import type { Element } from '@xmldom/xmldom';
import { Numbering } from './numbering.js';
import { docxParts } from './package.js';
import { attr, child, elements, isOn, isW, parseXml } from './xml.js';

/**
 * A paragraph of the document body (outside tables).
 *
 * @example
 * ({ kind: 'paragraph', text: 'II. NHIỆM VỤ TRỌNG TÂM' })
 */
export interface DocxParagraph {
  readonly kind: 'paragraph';
  /** Its text; a manual line break (Shift+Enter) is `\n`. */
  readonly text: string;
}

/**
 * A cell of a Word table as the file stores it.
 *
 * @example
 * ({ text: 'Công an thành phố', span: 1, merge: 'restart' })
 */
export interface DocxCell {
  /** The cell's paragraphs, one a line (manual line breaks too). */
  readonly text: string;
  /** How many grid columns it covers (`w:gridSpan`). */
  readonly span: number;
  /** A vertical merge: `restart` opens one, `continue` is covered by the cell above. */
  readonly merge?: 'restart' | 'continue';
}

/**
 * A row of a Word table.
 *
 * @example
 * ({ cells: [{ text: 'STT', span: 1 }], header: true, before: 0 })
 */
export interface DocxRow {
  readonly cells: readonly DocxCell[];
  /** Marked to repeat at the top of each page (`w:tblHeader`). */
  readonly header: boolean;
  /** Grid columns left empty before the first cell (`w:gridBefore`). */
  readonly before: number;
}

/**
 * A table of the document body; `number` counts the tables from 1 in document order.
 *
 * @example
 * ({ kind: 'table', number: 1, columns: 6, rows: [] })
 */
export interface DocxTable {
  readonly kind: 'table';
  readonly number: number;
  /** Columns of the table's grid (`w:tblGrid`). */
  readonly columns: number;
  readonly rows: readonly DocxRow[];
}

/**
 * A block of the document body.
 *
 * @example
 * readDocx(bytes).blocks.filter((b) => b.kind === 'table').length // 2
 */
export type DocxBlock = DocxParagraph | DocxTable;

/**
 * A Word document as blocks.
 *
 * @example
 * readDocx(bytes).blocks[0] // { kind: 'paragraph', text: 'ỦY BAN NHÂN DÂN' }
 */
export interface DocxDocument {
  readonly blocks: readonly DocxBlock[];
}

/** Elements that only wrap content: read through them. */
const WRAPPERS = new Set(['hyperlink', 'smartTag', 'ins', 'moveTo', 'fldSimple', 'customXml', 'bdo', 'dir', 'sdtContent']);

class Reader {
  readonly numbering: Numbering;
  tables = 0;

  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }

  /** The text of a run: hidden text and deleted text left out. */
  private run(r: Element): string {
    const rPr = child(r, 'rPr');
    if (rPr && isOn(child(rPr, 'vanish'))) return '';
    let out = '';
    for (const e of elements(r)) {
      if (isW(e, 't')) out += e.textContent ?? '';
      else if (isW(e, 'tab') || isW(e, 'ptab')) out += '\t';
      else if (isW(e, 'br')) out += attr(e, 'type') === 'page' || attr(e, 'type') === 'column' ? ' ' : '\n';
      else if (isW(e, 'cr')) out += '\n';
      else if (isW(e, 'noBreakHyphen')) out += '-';
    }
    return out;
  }

  /** The text inside a paragraph (runs, through hyperlinks, insertions, content controls ...). */
  private inline(node: Element): string {
    let out = '';
    for (const e of elements(node)) {
      if (isW(e, 'r')) out += this.run(e);
      else if (isW(e, 'sdt')) out += this.inline(child(e, 'sdtContent') ?? e);
      else if (WRAPPERS.has(e.localName ?? '') && isW(e, e.localName ?? '')) out += this.inline(e);
    }
    return out;
  }

  /** A paragraph's text, with the number Word draws in front of an auto-numbered one. */
  paragraph(p: Element): string {
    const text = this.inline(p);
    const numPr = child(child(p, 'pPr') ?? p, 'numPr');
    const numId = attr(child(numPr ?? p, 'numId'), 'val');
    if (!numPr || numId === undefined || numId === '0') return text;
    const label = this.numbering.next(numId, Number(attr(child(numPr, 'ilvl'), 'val') ?? 0));
    return label ? `${label} ${text.trimStart()}` : text;
  }

  /** The lines of a cell: its paragraphs, and a nested table's rows (cells joined by spaces). */
  private cellText(tc: Element): string {
    const lines: string[] = [];
    const walk = (node: Element): void => {
      for (const e of elements(node)) {
        if (isW(e, 'p')) lines.push(this.paragraph(e));
        else if (isW(e, 'tbl')) for (const row of this.table(e).rows) lines.push(row.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' '));
        else if (isW(e, 'sdt')) walk(child(e, 'sdtContent') ?? e);
        else if (isW(e, 'customXml')) walk(e);
      }
    };
    walk(tc);
    return lines.map((l) => l.replace(/[\t ]+/g, ' ').trim()).filter((l) => l !== '').join('\n');
  }

  private cells(tr: Element): DocxCell[] {
    const out: DocxCell[] = [];
    for (const e of elements(tr)) {
      if (isW(e, 'tc')) {
        const pr = child(e, 'tcPr');
        const vMerge = child(pr ?? e, 'vMerge');
        const hMerge = child(pr ?? e, 'hMerge');
        const span = Math.max(1, Number(attr(child(pr ?? e, 'gridSpan'), 'val') ?? 1) || 1);
        // The old horizontal merge: a `continue` cell belongs to the cell on its left.
        if (hMerge && attr(hMerge, 'val') !== 'restart' && out.length > 0) {
          const prev = out.pop()!;
          out.push({ ...prev, span: prev.span + span });
          continue;
        }
        const merge = vMerge ? (attr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : undefined;
        out.push({ text: this.cellText(e), span, ...(merge ? { merge } : {}) });
      } else if (isW(e, 'sdt') || isW(e, 'customXml')) {
        out.push(...this.cells(child(e, 'sdtContent') ?? e));
      }
    }
    return out;
  }

  private rows(tbl: Element): DocxRow[] {
    const out: DocxRow[] = [];
    for (const e of elements(tbl)) {
      if (isW(e, 'tr')) {
        const pr = child(e, 'trPr');
        out.push({
          cells: this.cells(e),
          header: isOn(child(pr ?? e, 'tblHeader')) && pr !== undefined,
          before: Number(attr(child(pr ?? e, 'gridBefore'), 'val') ?? 0) || 0,
        });
      } else if (isW(e, 'sdt') || isW(e, 'customXml')) {
        out.push(...this.rows(child(e, 'sdtContent') ?? e));
      }
    }
    return out;
  }

  table(tbl: Element): DocxTable {
    const number = ++this.tables;
    const grid = child(tbl, 'tblGrid');
    const rows = this.rows(tbl);
    const widest = Math.max(0, ...rows.map((r) => r.before + r.cells.reduce((n, c) => n + c.span, 0)));
    const columns = Math.max(widest, grid ? elements(grid).filter((e) => isW(e, 'gridCol')).length : 0);
    return { kind: 'table', number, columns, rows };
  }

  body(node: Element, out: DocxBlock[]): void {
    for (const e of elements(node)) {
      if (isW(e, 'p')) out.push({ kind: 'paragraph', text: this.paragraph(e) });
      else if (isW(e, 'tbl')) out.push(this.table(e));
      else if (isW(e, 'sdt')) this.body(child(e, 'sdtContent') ?? e, out);
      else if (isW(e, 'customXml')) this.body(e, out);
    }
  }
}

/**
 * Read a Word (.docx) file: its body as paragraphs and tables. Takes the file's bytes (no file
 * system: it runs in browsers too); throws {@link DocxError} for a file that is not a Word
 * document.
 *
 * @example
 * import { readDocx } from 'chitieu/docx';
 * const doc = readDocx(new Uint8Array(await file.arrayBuffer()));
 * doc.blocks.filter((b) => b.kind === 'table').map((t) => t.rows.length) // [30, 12]
 */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const parts = docxParts(bytes);
  const root = parseXml(parts.document);
  const reader = new Reader(new Numbering(parts.numbering ? parseXml(parts.numbering) : undefined));
  const body = child(root, 'body');
  const blocks: DocxBlock[] = [];
  if (body) reader.body(body, blocks);
  return { blocks };
}
