/**
 * A plan report as a Word báo cáo in the format of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4,
 * Times New Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm; Quốc hiệu 12 pt bold
 * capitals, tiêu ngữ 14 pt bold with a rule under it as long as the line; cơ quan ban hành
 * 13 pt bold capitals with a short rule; `Số:` 13 pt; địa danh and date 14 pt italic; `BÁO CÁO`
 * and its trích yếu 14 pt bold; body 14 pt, first line indented 1 cm, 6 pt between
 * paragraphs; `Nơi nhận:` 12 pt bold italic, its lines 11 pt; the signer's title and name 14 pt
 * bold; page numbers centred in the top margin from page 2. The appendix table (one row per
 * clause) follows on A4 landscape pages, in 11 pt, its header row repeated on every page.
 *
 * The `docx` library is imported when this runs, not when the module loads: an app that never
 * writes Word does not load it.
 */
import type { Lang } from '../diagnostics/types.js';
import { documentHeader, type DocumentHeaderOptions, type DocumentHeader } from '../report/document-header.js';
import { assessmentText, figureRows, type FigureRow } from '../report/render/figure-cells.js';
import { groupHeading, leadText, detailText, splitGroups } from '../report/render/cells.js';
import { summaryParts } from '../report/render/summary-text.js';
import { words } from '../report/render/labels.js';
import type { PlanReport } from '../report/types.js';
import { reportTitle } from '../report/render/cells.js';

type Docx = typeof import('docx');

/** Millimetres in twentieths of a point (Word's page unit). */
const mm = (n: number): number => Math.round((n * 1440) / 25.4);
/** Points in half-points (Word's font-size unit). */
const pt = (n: number): number => n * 2;

/** A4 portrait, in twips; the margins of the decree (the lower bound of each range). */
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const FONT = 'Times New Roman';
/** The appendix tables' font size: the decree sets none for tables; 11 pt fits nine columns. */
const TABLE_PT = 11;

/** `30/06/2023` → `ngày 30 tháng 6 năm 2023`: a day below 10 and the months 1 and 2 get a 0. */
function dateWords(iso: string | undefined): string {
  if (!iso) return 'ngày      tháng      năm';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * Options of {@link renderDocx}: the header fields (see `DocumentHeaderOptions`) and the language.
 *
 * @example
 * ({ lang: 'vi', number: '215/BC-UBND', place: 'Cẩm Phả', date: '2023-07-05', signer: 'Nguyễn Văn A' })
 */
export interface DocxReportOptions extends DocumentHeaderOptions {
  /** Language of the labels and figures: default the report's. The administrative frame (Quốc hiệu, BÁO CÁO) stays Vietnamese. */
  readonly lang?: Lang;
}

class Builder {
  constructor(
    private readonly d: Docx,
    private readonly lang: Lang,
  ) {}

  run(text: string, o: { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean } = {}) {
    return new this.d.TextRun({ text, font: FONT, size: pt(o.size ?? 14), ...(o.bold && { bold: true }), ...(o.italics && { italics: true }) });
  }

  /** A paragraph; `lines` split on `\n` into line breaks. */
  para(
    text: string,
    o: {
      bold?: boolean;
      italics?: boolean;
      size?: number;
      align?: 'left' | 'center' | 'right' | 'both';
      indent?: boolean;
      after?: number;
      before?: number;
      keepNext?: boolean;
    } = {},
  ) {
    const d = this.d;
    const lines = text.split('\n');
    const children = lines.map((l, i) => new d.TextRun({ text: l, font: FONT, size: pt(o.size ?? 14), bold: o.bold ?? false, italics: o.italics ?? false, ...(i > 0 && { break: 1 }) }));
    const align = { left: d.AlignmentType.LEFT, center: d.AlignmentType.CENTER, right: d.AlignmentType.RIGHT, both: d.AlignmentType.JUSTIFIED }[o.align ?? 'left'];
    return new d.Paragraph({
      children,
      alignment: align,
      spacing: { before: o.before ?? 0, after: o.after ?? 0 },
      ...(o.keepNext && { keepNext: true }),
      ...(o.indent && { indent: { firstLine: mm(10) } }),
    });
  }

  /** A horizontal rule (a solid line under the tiêu ngữ, the issuer, the trích yếu), `width` long, centred in `within`. */
  rule(width: number, within: number, after = 0) {
    const d = this.d;
    const side = Math.max(0, Math.round((within - width) / 2));
    return new d.Paragraph({
      children: [new d.TextRun({ text: '', font: FONT, size: pt(4) })],
      spacing: { before: 0, after, line: 120, lineRule: d.LineRuleType.EXACT },
      indent: { left: side, right: side },
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    });
  }

  cell(children: InstanceType<Docx['Paragraph']>[], width: number, o: { span?: number; borders?: boolean; shade?: boolean } = {}) {
    const side = o.borders === false ? 0 : 80;
    const d = this.d;
    const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    return new d.TableCell({
      children,
      width: { size: width, type: d.WidthType.DXA },
      ...(o.span && { columnSpan: o.span }),
      margins: { top: 40, bottom: 40, left: side, right: side },
      ...(o.shade && { shading: { type: d.ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } }),
      ...(o.borders === false && { borders: { top: none, bottom: none, left: none, right: none } }),
    });
  }

  /** The two-column header: issuer and number | Quốc hiệu, tiêu ngữ, place and date. */
  header(h: DocumentHeader) {
    const d = this.d;
    const content = PAGE.width - MARGIN.left - MARGIN.right;
    const left = Math.round(content * 0.38);
    const right = content - left;
    // The rules: under the tiêu ngữ as long as the line (≈ 64 mm in 14 pt bold), under the
    // issuer a third of the cell's width.
    const tieuNgu = mm(64);
    const issuerRule = Math.round(left / 3);
    const orgs = [
      ...(h.parentIssuer ? [this.para(h.parentIssuer.toUpperCase(), { size: 13, align: 'center' })] : []),
      this.para((h.issuer ?? '').toUpperCase(), { size: 13, bold: true, align: 'center' }),
      this.rule(issuerRule, left),
    ];
    const nation = [
      // 12 pt (the decree allows 12-13): in Times New Roman the line then fits its column unbroken.
      this.para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true, align: 'center' }),
      this.para('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, align: 'center' }),
      this.rule(tieuNgu, right),
    ];
    const numberLine = h.numberBlank ? `Số:        ${h.number}` : `Số: ${h.number}`;
    const dateLine = `${h.place ?? '………'}, ${dateWords(h.date)}`;
    const row = (a: InstanceType<Docx['Paragraph']>[], b: InstanceType<Docx['Paragraph']>[]) =>
      new d.TableRow({ children: [this.cell(a, left, { borders: false }), this.cell(b, right, { borders: false })] });
    return new d.Table({
      width: { size: content, type: d.WidthType.DXA },
      columnWidths: [left, right],
      layout: d.TableLayoutType.FIXED,
      borders: d.TableBorders.NONE,
      rows: [
        row(orgs, nation),
        row([this.para(numberLine, { size: 13, align: 'center', before: 120 })], [this.para(dateLine, { size: 14, italics: true, align: 'center', before: 120 })]),
      ],
    });
  }

  /** Nơi nhận (left) and the signature block (right), side by side. */
  closing(h: DocumentHeader) {
    const d = this.d;
    const content = PAGE.width - MARGIN.left - MARGIN.right;
    const left = Math.round(content * 0.45);
    const right = content - left;
    const recipients = [
      this.para('Nơi nhận:', { size: 12, bold: true, italics: true }),
      ...h.recipients.map((r) => this.para(`- ${r}`, { size: 11 })),
    ];
    const sign = [
      this.para(h.signerTitle.join('\n'), { size: 14, bold: true, align: 'center' }),
      // Room for the signature and the seal.
      this.para('\n\n\n', { size: 14 }),
      this.para(h.signer ?? '', { size: 14, bold: true, align: 'center' }),
    ];
    return new d.Table({
      width: { size: content, type: d.WidthType.DXA },
      columnWidths: [left, right],
      layout: d.TableLayoutType.FIXED,
      borders: d.TableBorders.NONE,
      rows: [new d.TableRow({ cantSplit: true, children: [this.cell(recipients, left, { borders: false }), this.cell(sign, right, { borders: false })] })],
    });
  }

  /** The appendix table: one row per clause, a row per section heading. */
  appendix(report: PlanReport, width: number) {
    const d = this.d;
    const w = words(this.lang);
    const ratios = [6, 23, 11, 9, 13, 9, 11, 9, 16];
    const sum = ratios.reduce((a, b) => a + b, 0);
    const cols = ratios.map((r) => Math.floor((width * r) / sum));
    const small = (text: string, o: { bold?: boolean; align?: 'left' | 'center' } = {}) => this.para(text, { size: TABLE_PT, ...o });
    const head = [w.stt, w.statement, w.lead, w.planFigure, w.achieved, w.shareOfPlan, w.samePeriod, w.assessment, w.note];
    const rows = [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: head.map((t, i) => this.cell([small(t, { bold: true, align: 'center' })], cols[i]!, { shade: true })) }),
    ];
    for (const g of splitGroups(report.groups).targets) {
      const heading = groupHeading(g);
      if (heading) rows.push(new d.TableRow({ cantSplit: true, children: [this.cell([small(heading, { bold: true })], width, { span: cols.length })] }));
      for (const e of g.entries) {
        if (e.kind !== 'target') continue;
        for (const r of figureRows(e, this.lang)) rows.push(this.figureRow(r, cols, small));
      }
    }
    return new d.Table({ width: { size: width, type: d.WidthType.DXA }, columnWidths: cols, layout: d.TableLayoutType.FIXED, rows });
  }

  private figureRow(r: FigureRow, cols: number[], small: (t: string, o?: { bold?: boolean; align?: 'left' | 'center' }) => InstanceType<Docx['Paragraph']>) {
    const d = this.d;
    const cells = [r.stt, r.first ? r.statement : '', r.first ? r.lead : '', r.plan, r.result, r.share, r.samePeriod, r.assessment, r.note];
    return new d.TableRow({
      children: cells.map((t, i) => this.cell([small(t, { ...(i === 7 && r.status === 'not_met' && { bold: true }), ...((i === 0 || i === 7) && { align: 'center' }) })], cols[i]!)),
    });
  }

  /** The key tasks of the appendix. */
  tasks(report: PlanReport, width: number) {
    const d = this.d;
    const w = words(this.lang);
    const entries = splitGroups(report.groups).tasks.flatMap((g) => g.entries);
    if (entries.length === 0) return undefined;
    const ratios = [7, 33, 15, 10, 9, 26];
    const sum = ratios.reduce((a, b) => a + b, 0);
    const cols = ratios.map((r) => Math.floor((width * r) / sum));
    const small = (text: string, o: { bold?: boolean; align?: 'left' | 'center' } = {}) => this.para(text, { size: TABLE_PT, ...o });
    const head = [w.stt, w.task, w.lead, w.timing, w.assessment, w.detail];
    const rows = [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: head.map((t, i) => this.cell([small(t, { bold: true, align: 'center' })], cols[i]!, { shade: true })) }),
      ...entries.map(
        (e) =>
          new d.TableRow({
            children: [e.kind === 'task' ? e.id : e.stt, e.description, leadText(e, w), e.kind === 'task' ? e.timing : '', assessmentText({ status: e.status, progress: false }, this.lang), detailText(e, w)].map((t, i) =>
              this.cell([small(t, { ...(i === 4 && e.status === 'not_met' && { bold: true }), ...((i === 0 || i === 4) && { align: 'center' }) })], cols[i]!),
            ),
          }),
      ),
    ];
    return new d.Table({ width: { size: width, type: d.WidthType.DXA }, columnWidths: cols, layout: d.TableLayoutType.FIXED, rows });
  }
}

/**
 * Render a plan report as a Word document (.docx bytes) in the format of Nghị định
 * 30/2020/NĐ-CP: the header (Quốc hiệu, tiêu ngữ, cơ quan ban hành, số, địa danh and date), `BÁO
 * CÁO` with its trích yếu (`Sơ kết 6 tháng đầu năm 2023 thực hiện Kế hoạch số 102/KH-UBND ...`),
 * the summary, nơi nhận and the signature block, then the appendix: every target's plan figure,
 * result, share of plan, same period a year earlier and assessment, and the key tasks. Header
 * fields come from the plan and the report; `options` override them. Runs in Node and in
 * browsers (write the bytes to a file, or wrap them in a Blob).
 *
 * @example
 * const report = evaluatePlan(plan, data, { asOf: '2023-06-30' })
 * const bytes = await renderDocx(report, { number: '215/BC-UBND', signer: 'Nguyễn Văn A' })
 * writeFileSync('bao-cao.docx', bytes)
 */
export async function renderDocx(report: PlanReport, options: DocxReportOptions = {}): Promise<Uint8Array> {
  const d: Docx = await import('docx');
  const lang = options.lang ?? report.lang;
  const b = new Builder(d, lang);
  const h = documentHeader(report, options);
  const content = PAGE.width - MARGIN.left - MARGIN.right;
  const body: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [
    b.header(h),
    b.para('BÁO CÁO', { size: 14, bold: true, align: 'center', before: 360 }),
    b.para(h.subject, { size: 14, bold: true, align: 'center' }),
    b.rule(mm(40), content, 240),
  ];
  if (lang !== 'vi') body.push(b.para(reportTitle(report, lang), { italics: true, align: 'center', after: 120 }));
  for (const part of summaryParts(report, lang)) {
    if (part.heading) body.push(b.para(part.heading, { bold: true, before: 120, after: 120, keepNext: true }));
    for (const p of part.paragraphs) body.push(b.para(p, { indent: true, align: 'both', after: 120 }));
    for (const item of part.items) body.push(b.para(`- ${item}`, { indent: true, align: 'both', after: 120 }));
  }
  body.push(b.para(lang === 'vi' ? '(Chi tiết tại Phụ lục kèm theo.)' : '(Details in the appendix.)', { italics: true, indent: true, after: 240 }));
  body.push(b.closing(h));

  const landscape = { width: PAGE.height - MARGIN.left - MARGIN.right };
  const number = h.numberBlank ? `      ${h.number}` : h.number;
  const annex: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [
    b.para('PHỤ LỤC', { bold: true, align: 'center' }),
    b.para(lang === 'vi' ? 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU' : 'TARGETS: PLAN AND RESULT', { bold: true, align: 'center' }),
    b.para(`(Kèm theo Báo cáo số ${number} ${dateWords(h.date)}${h.issuer ? ` của ${h.issuer}` : ''})`, { italics: true, align: 'center', after: 240 }),
    b.appendix(report, landscape.width),
  ];
  const tasks = b.tasks(report, landscape.width);
  if (tasks) annex.push(b.para(lang === 'vi' ? 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM' : 'KEY TASKS', { bold: true, align: 'center', before: 360, after: 120, keepNext: true }), tasks);

  const pageNumber = new d.Header({
    children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: pt(14) })] })],
  });
  const margins = { ...MARGIN, header: mm(10), footer: mm(10) };
  const doc = new d.Document({
    creator: 'chitieu',
    title: h.subject,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: { ...PAGE, orientation: d.PageOrientation.PORTRAIT }, margin: margins } },
        headers: { default: pageNumber, first: new d.Header({ children: [] }) },
        children: body,
      },
      {
        properties: { page: { size: { ...PAGE, orientation: d.PageOrientation.LANDSCAPE }, margin: margins } },
        headers: { default: pageNumber },
        children: annex,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(doc));
}
