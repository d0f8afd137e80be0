/**
 * Word files for the tests, built with the `docx` library (a maintained writer of .docx): the
 * tables of the two source plans laid out as their authors lay them out in Word, with merged
 * cells, auto-numbered STT cells, multi-paragraph cells and repeated header rows.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A cell: text (`\n` separates paragraphs, `\v` is a manual line break), or with spans, or auto-numbered. */
export type CellSpec = string | { readonly text: string; readonly span?: number; readonly rowSpan?: number; readonly numbered?: { readonly reference: string; readonly level: number } };

/** A block: a paragraph of the body, or a table (its first `header` rows repeat on each page). */
export type BlockSpec = { readonly p: string; readonly numbered?: { readonly reference: string; readonly level: number } } | { readonly table: readonly (readonly CellSpec[])[]; readonly header?: number };

function paragraph(text: string, numbered?: { reference: string; level: number }): Paragraph {
  const runs = text.split('\v').map((t, i) => new TextRun({ text: t, ...(i > 0 ? { break: 1 } : {}) }));
  return new Paragraph({ children: runs, ...(numbered ? { numbering: numbered } : {}) });
}

function cell(spec: CellSpec): TableCell {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  const paragraphs = s.text.split('\n').map((t, i) => paragraph(t, i === 0 ? s.numbered : undefined));
  return new TableCell({
    children: paragraphs,
    ...('span' in s && s.span ? { columnSpan: s.span } : {}),
    ...('rowSpan' in s && s.rowSpan ? { rowSpan: s.rowSpan } : {}),
  });
}

/** Numbering definitions: `stt` counts `1.`, then `1.1`, `1.2` under it (Word's multilevel list); `task` counts `1`, `2`. */
const NUMBERING = {
  config: [
    {
      reference: 'stt',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
      ],
    },
    { reference: 'task', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT }] },
    { reference: 'roman', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT }] },
  ],
};

/**
 * A .docx file with these blocks.
 *
 * @example
 * await buildDocx([{ p: 'KẾ HOẠCH' }, { table: [['STT', 'Danh mục chỉ tiêu'], ['1', 'A']], header: 1 }])
 */
export async function buildDocx(blocks: readonly BlockSpec[]): Promise<Uint8Array> {
  const children = blocks.map((b) =>
    'p' in b
      ? paragraph(b.p, b.numbered)
      : new Table({ rows: b.table.map((r, i) => new TableRow({ children: r.map(cell), tableHeader: i < (b.header ?? 0) })) }),
  );
  const doc = new Document({ numbering: NUMBERING, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
