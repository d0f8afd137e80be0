/**
 * The two source plans as Word files, for the tests: Cẩm Phả 102/KH-UBND with its appendix
 * tables I and II (from the verbatim seed, test/plan/fixtures/cam-pha-appendix.tsv), and the
 * Hải Dương plan, whose source has no table: its targets and deadlines are laid out as the
 * appendix and key-task tables of such a plan, from examples/hai-duong-2023.chitieu. Both carry
 * what Word files of real plans carry: the header as a borderless two-column table, the
 * signature table, auto-numbered STT cells and section rows, merged lead and timing cells,
 * multi-paragraph cells and manual line breaks, and a header row repeated mid-table.
 */
import { readFileSync } from 'node:fs';
import { formatClause, formatSchedule, listEntries, listTargets, listTasks, parsePlan, type Plan, type PlanSection } from '../index.js';
import { buildDocx, type BlockSpec, type CellSpec } from './word.fixture.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Merge runs of equal non-empty cells down `columns` (as authors merge a lead unit over rows). */
function mergeDown(rows: (CellSpec | null)[][], columns: readonly number[], breaks: ReadonlySet<number>): CellSpec[][] {
  for (const c of columns) {
    for (let i = 0; i < rows.length; i++) {
      const text = rows[i]![c];
      if (typeof text !== 'string' || text === '' || breaks.has(i)) continue;
      let j = i + 1;
      while (j < rows.length && !breaks.has(j) && rows[j]![c] === text) j++;
      if (j - i > 1) {
        rows[i]![c] = { text, rowSpan: j - i };
        for (let k = i + 1; k < j; k++) rows[k]![c] = null;
      }
      i = j - 1;
    }
  }
  return rows.map((r) => r.filter((c): c is CellSpec => c !== null));
}

const SIGNATURE: BlockSpec = {
  table: [['Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH']],
};

/** Cẩm Phả 102/KH-UBND: the document's first lines, a little of the main text, the appendix. */
export async function camPhaDocx(): Promise<Uint8Array> {
  const seed = read('../../test/plan/fixtures/cam-pha-appendix.tsv').split('\n');
  const blocks: BlockSpec[] = [
    { table: [['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẨM PHẢ\n\nSố: 102 /KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCẩm Phả, ngày 05 tháng 4 năm 2023']] },
    { p: 'KẾ HOẠCH' },
    { p: 'Công tác phòng, chống tội phạm năm 2023' },
    {
      p: 'Thực hiện Kế hoạch số 56/KH-UBND, ngày 27/02/2023 của UBND tỉnh Quảng Ninh về công tác phòng, chống tội phạm năm 2023; Nghị quyết số 314/NQ-HĐND, ngày 07/12/2020 của HĐND tỉnh Quảng Ninh về một số nhiệm vụ, giải pháp nâng cao chất lượng công tác phòng chống tội phạm, tệ nạn xã hội trên địa bàn tỉnh Quảng Ninh giai đoạn 2021-2025; Ủy ban nhân dân thành phố xây dựng kế hoạch công tác phòng, chống tội phạm năm 2023 như sau:',
    },
    { p: 'MỤC ĐÍCH, YÊU CẦU', numbered: { reference: 'roman', level: 0 } },
    { p: '1. Tăng cường sự lãnh đạo của các cấp ủy đảng, sự quản lý, điều hành của chính quyền, việc thực hiện của các cấp, ban, ngành, đoàn thể trong công tác phòng, chống tội phạm.' },
    { p: 'IV. PHÂN CÔNG TRÁCH NHIỆM' },
    { p: '13. Phòng Tài chính - Kế hoạch, Phòng Lao động - Thương binh và xã hội phối hợp' },
    SIGNATURE,
    { p: 'PHỤ LỤC' },
    { p: 'Mục tiêu, chỉ tiêu và nhiệm vụ trọng tâm công tác phòng, chống tội phạm năm 2023' },
    { p: '(Ban hành kèm theo Kế hoạch số 102 /KH-UBND ngày 05 / 4 /2023 của Ủy ban nhân dân thành phố)' },
  ];
  const tables: { heading: string; rows: string[][] }[] = [];
  for (const line of seed) {
    const heading = /^#+\s+((?:I|II)\.\s.*)$/.exec(line);
    if (heading) tables.push({ heading: heading[1]!, rows: [] });
    else if (line.includes('\t') && tables.length > 0) {
      const cells = line.split('\t');
      const rows = tables.at(-1)!.rows;
      // A cell broken across a PDF page is one cell in Word.
      if (cells[0] === '' && rows.length > 0) cells.forEach((c, i) => c !== '' && (rows.at(-1)![i] = `${rows.at(-1)![i]} ${c}`.trim()));
      else rows.push(cells);
    }
  }
  const [one, two] = tables;
  // Table I: auto-numbered section rows and STT cells, a column-number row, the header repeated before section 3.
  const sections = new Set<number>();
  const rowsI: (CellSpec | null)[][] = [];
  for (const [i, r] of one!.rows.entries()) {
    const section = /^<b>\d+\.\s+(.*)<\/b>$/.exec(r[0]!);
    if (i === 0) rowsI.push(r, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
    else if (section) {
      if (r[0]!.startsWith('<b>3.')) rowsI.push(one!.rows[0]!);
      sections.add(rowsI.length);
      rowsI.push([{ text: section[1]!, span: 6, numbered: { reference: 'stt', level: 0 } }]);
    } else {
      const [, description = '', statement = '', ...rest] = r;
      const text = statement.startsWith('- ') ? statement.split(/ (?=- 100%)/).join('\n') : statement.replace('năm 2022; ', 'năm 2022;\v');
      rowsI.push([{ text: '', numbered: { reference: 'stt', level: 1 } }, description, text, ...rest]);
    }
  }
  blocks.push({ p: one!.heading }, { table: mergeDown(rowsI, [3, 4], sections), header: 1 });
  // Table II: auto-numbered tasks, lead and timing merged down.
  const rowsII: (CellSpec | null)[][] = two!.rows.map((r, i) => (i === 0 ? r : [{ text: '', numbered: { reference: 'task', level: 0 } }, ...r.slice(1)]));
  blocks.push({ p: two!.heading }, { table: mergeDown(rowsII, [2, 4], new Set([0])), header: 1 });
  return buildDocx(blocks);
}

/** Hải Dương 2023: its header and opening paragraph as the source has them, its targets and tasks as tables. */
export async function haiDuongDocx(): Promise<Uint8Array> {
  const plan = parsePlan(read('../../examples/hai-duong-2023.chitieu'));
  const blocks: BlockSpec[] = [
    { table: [['BAN CHỈ ĐẠO 138\nTỈNH HẢI DƯƠNG\nSố:        /KH-BCĐ138', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHải Dương, ngày      tháng      năm 2023']] },
    { p: 'KẾ HOẠCH' },
    { p: 'Thực hiện công tác phòng, chống tội phạm năm 2023' },
    {
      p: 'Thực hiện kế hoạch số 26/KH-BCĐ138/CP ngày 18/01/2022 của Ban Chỉ đạo 138 Chính phủ (Ban Chỉ đạo 138/CP) về thực hiện công tác phòng, chống tội phạm năm 2023, Ban Chỉ đạo 138 tỉnh Hải Dương xây dựng kế hoạch với những nội dung cụ thể như sau:',
    },
  ];
  const TARGET_HEADER = ['STT', 'Danh mục chỉ tiêu', 'Chỉ tiêu thực hiện năm 2023', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Ghi chú'];
  const TASK_HEADER = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Ghi chú'];
  const targets: CellSpec[][] = [TARGET_HEADER];
  const tasks: CellSpec[][] = [TASK_HEADER];
  const opened = { target: new Set<PlanSection>(), task: new Set<PlanSection>() };
  let taskHeading: string | undefined;
  for (const { entry, sections } of listEntries(plan)) {
    const rows = entry.kind === 'target' ? targets : tasks;
    for (const s of sections) {
      if (opened[entry.kind].has(s)) continue;
      opened[entry.kind].add(s);
      if (entry.kind === 'task' && taskHeading === undefined) taskHeading = `${s.number}. ${s.title}`;
      else rows.push([s.number, s.title, '', '', '', '']);
    }
    const units = (u: readonly string[]): string => u.join('; ');
    if (entry.kind === 'target') rows.push([entry.stt, entry.description, entry.statement.text, units(entry.lead), units(entry.coordinators), entry.note ?? '']);
    else rows.push([entry.stt, entry.description, units(entry.lead), units(entry.coordinators), entry.timing.text, entry.note ?? '']);
  }
  blocks.push({ table: targets, header: 1 });
  blocks.push({ p: taskHeading! }, { table: mergeDown(tasks, [2, 3], new Set(tasks.flatMap((r, i) => (r[2] === '' ? [i] : [])))), header: 1 }, SIGNATURE);
  return buildDocx(blocks);
}

/** Unit lists as sets of names: the examples split `A và B` at `;`, the Word cells write `và` or `,`. */
const units = (list: readonly string[]): string[] =>
  [...new Set(list.flatMap((u) => u.split(/;|,| và /)).map((u) => u.replace(/[.\s]+$/, '').trim().toLowerCase()).filter((u) => u !== ''))].sort();

/**
 * What a plan means, for comparing an imported plan with an example: header, targets (STT,
 * metric ids, clauses in canonical form, units, note) and tasks (id, schedule, units).
 */
export function meaning(plan: Plan, keepTask: (id: string) => boolean = () => true) {
  return {
    header: {
      number: plan.header.number,
      date: plan.header.date,
      year: plan.header.year,
      title: plan.header.title,
      issuer: plan.header.issuer?.toLowerCase(),
      implements: plan.header.implements.map((r) => r.number),
    },
    trail: listEntries(plan)
      .filter(({ entry }) => entry.kind === 'target' || keepTask(entry.id))
      .map(({ entry, sections }) => `${entry.kind} ${entry.stt}: ${sections.map((s) => s.number).join('/')}`),
    targets: listTargets(plan).map((t) => ({
      stt: t.stt,
      ids: t.metrics.map((m) => m.id),
      clauses: t.statement.target.clauses.map((c) => formatClause(t.statement.target, c)),
      lead: units(t.lead),
      coordinators: units(t.coordinators),
      note: t.note,
    })),
    tasks: listTasks(plan)
      .filter((t) => keepTask(t.id))
      .map((t) => ({ id: t.id, schedule: formatSchedule(t.schedule), lead: units(t.lead), coordinators: units(t.coordinators) })),
  };
}
