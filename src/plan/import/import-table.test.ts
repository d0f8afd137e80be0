import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../parse-plan.js';
import { listEntries, listTargets, listTasks } from '../walk.js';
import { importTable } from './import-table.js';

/** The Cẩm Phả appendix (tables I and II), copied verbatim from the seed. */
const APPENDIX = readFileSync(new URL('../../../test/plan/fixtures/cam-pha-appendix.tsv', import.meta.url), 'utf8');

const CP = 'Công an thành phố';
const WARDS = 'Các phòng, ngành, UBND các phường, xã';

/** Table I as read off the seed by hand: STT, statement, lead units, coordinators, clause kinds. */
const TARGETS: readonly [string, string, string[], string[], string[]][] = [
  ['1.1', '(Phòng Văn hóa, Trung tâm Truyền thông-Văn hóa giao chỉ tiêu cụ thể cho các cơ quan, đơn vị, địa phương)', ['Phòng Văn hóa và Trung tâm Truyền thông-Văn hóa'], ['Các phòng, ngành, phường, xã'], ['delegated']],
  ['1.2', '(Phòng Văn hóa, Trung tâm Truyền thông-Văn hóa giao chỉ tiêu cụ thể cho các cơ quan, đơn vị, địa phương)', ['Phòng Văn hóa và Trung tâm Truyền thông-Văn hóa'], ['Các phòng, ngành, phường, xã'], ['delegated']],
  ['1.3', 'Mỗi đơn vị trường học tổ chức tuyên truyền phòng, chống tội phạm, vi phạm pháp luật, tệ nạn xã hội 02 lần/năm', ['Phòng Giáo dục và Đào tạo'], ['Các phòng, ngành, phường, xã, các đơn vị trường học (THCS, THPT)'], ['count']],
  // a cell broken across a page: the continuation row carries `điểm phức tạp ...`
  ['1.4', 'Số buổi Hội nghị tuyên truyền phòng, chống tội phạm nhiều hơn năm 2022; 100% địa bàn trọng điểm phức tạp về trật tự xã hội phải được tổ chức.', ['Văn phòng HĐND-UBND thành phố', 'UBND các phường, xã'], ['Các cơ quan, đơn vị liên quan'], ['compare', 'rate']],
  ['1.5', '100% các mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc và mô hình An ninh cơ sở phải giao nhiệm vụ cho các thành viên tham gia phối hợp giáo dục, giúp đỡ đối tượng tại địa bàn cơ sở, tuyên truyền phổ biến giáo dục pháp luật phòng, chống tội phạm, tệ nạn xã hội.', ['Công an thành phố, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thành phố, UBND các phường, xã'], ['Các cơ quan, đơn vị liên quan'], ['rate']],
  ['1.6', 'Kịp thời nắm các mâu thuẫn nội bộ Nhân dân, tham gia giải quyết, hòa giải các vụ việc ngay tại địa bàn cơ sở không để phát sinh phức tạp.', ['Công an thành phố, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thành phố, UBND các phường, xã'], ['Các cơ quan, đơn vị liên quan'], ['qualitative']],
  ['1.7', 'Tỷ lệ tái phạm tội của số người chấp hành xong án phạt tù người được hưởng án treo, cải tạo không giam giữ thấp hơn năm 2022', ['UBND các phường, xã'], [], ['compare']],
  ['2.1', 'Đảm bảo tiếp nhận 100%', [CP], [WARDS], ['rate']],
  ['2.2', 'Đạt trên 91%', [CP], [WARDS], ['rate']],
  ['2.3', 'Giảm 07% so với năm 2022', [CP], [WARDS], ['change']],
  ['2.4', 'Không để xảy ra.', [CP], [WARDS], ['zero']],
  ['2.5', 'Không để tồn tại', [CP], [WARDS], ['zero']],
  ['2.6', 'Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng đạt từ 96% trở lên trong tổng số án khởi tố.', [CP], [WARDS], ['rate', 'rate']],
  ['2.7', 'Không để xảy ra', ['Công an thành phố, Viện kiểm sát nhân dân thành phố, Tòa án nhân dân thành phố'], [WARDS], ['zero']],
  ['2.8', 'Giảm 50% tổng số đối tượng truy nã ở trong nước do đơn vị ra quyết định.', [CP], [WARDS], ['change']],
  // broken across a page inside the first bullet
  ['2.9', '- 100% các vụ mua bán người khi phát hiện đều được tập trung điều tra làm rõ, xử lý nghiêm minh, không để lọt tội phạm hoặc xảy ra oan sai. - 100% nạn nhân mua bán người đều được hỗ trợ ban đầu và áp dụng chính sách theo quy định của pháp luật', ['Công an thành phố, Ban Chỉ huy Quân sự thành phố'], [WARDS], ['rate', 'rate']],
  ['2.10', 'Chuyên hóa thành công 60% địa bàn được xác định là trọng điểm, phức tạp về trật tự an toàn xã hội; 85% các địa bàn đã chuyên hóa thành công không tái phức tạp trở lại', [CP], [WARDS], ['rate', 'rate']],
  ['3.1', 'Kịp thời phát hiện triệt xóa, không để hoạt động phức tạp gây bức xúc trong Nhân dân', [CP], [WARDS], ['qualitative']],
  ['3.2', 'Không để tồn tại', [CP], [WARDS], ['zero']],
  ['3.3', '550 hồ sơ', [CP], ['Phòng Lao động-Thương binh và Xã hội'], ['count']],
  // the coordinators cell is the one broken across the page here
  ['3.4', '600 hồ sơ', ['Phòng Y tế, Trung tâm Y tế thành phố'], ['Công an thành phố, Phòng Lao động, Thương binh và Xã hội và các phòng, ngành liên quan'], ['count']],
  ['3.5', 'Truy tìm và đưa 50% đối tượng bỏ trốn vào Cơ sở cai nghiện ma túy tỉnh', [CP], ['Phòng Lao động, Thương binh và Xã hội, Phòng Y tế'], ['rate']],
  ['3.6', 'Tiến hành xét nghiệm 100% số người khi có căn cứ, dấu hiệu về hành vi sử dụng trái phép chất ma túy', [CP], [WARDS], ['rate']],
  ['3.7', '100% số người trong diện quản lý xét nghiệm chất ma túy theo quy định', ['UBND các phường, xã'], ['Công an thành phố, Trung tâm Y tế'], ['rate']],
  ['3.8', '100% người sử dụng trái phép chất ma túy, người hoàn thành chương trình cai nghiện, điều trị thay thế phải được lập hồ sơ theo quy định của Luật Phòng, chống ma túy', ['UBND các phường, xã'], ['Công an thành phố, các phòng, ngành liên quan'], ['rate']],
];

/** Table II as read off the seed: id, timing, lead units, schedule kind. */
const TASKS: readonly [string, string, string[], string][] = [
  ['II.1', 'Quý I', [CP], 'by'],
  ['II.2', 'Quý I', [CP], 'by'],
  ['II.3', 'Quý I và cả năm 2023', ['Phòng Tài chính-Kế hoạch, Phòng Lao động-Thương binh và Xã hội'], 'all'],
  ['II.4', 'Tháng 1 và tháng 6', ['Phòng Y tế'], 'all'],
  ['II.5', 'Quý II', [CP], 'by'],
  ['II.6', 'Quý II', [CP], 'by'],
  ['II.7', 'Quý IV', [CP], 'by'],
  ['II.8', 'Cả năm', [CP], 'throughout'],
  ['II.9', 'Cả năm', ['Phòng Tư pháp'], 'throughout'],
  ['II.10', 'Cả năm', ['Các phòng, ngành, phường, xã'], 'throughout'],
  ['II.11', 'Cả năm', [CP], 'throughout'],
];

describe('importTable: the Cẩm Phả appendix', () => {
  const imported = importTable(APPENDIX, { from: 'cam-pha-appendix.tsv', number: '102/KH-UBND' });
  const plan = parsePlan(imported.source, { file: 'imported.chitieu' });

  it('drafts every row with nothing left over', () => {
    expect(imported.counts).toEqual({ targets: 25, tasks: 11, sections: 5 });
    expect(imported.warnings).toEqual([]);
  });

  it('reads the plan year off the column header and keeps the header values given', () => {
    expect(plan.header.year).toBe(2023);
    expect(plan.header.number).toBe('102/KH-UBND');
  });

  it('nests the three target sections under part I and the tasks under part II', () => {
    const trail = listEntries(plan).map(({ entry, sections }) => [entry.stt, sections.map((s) => s.number).join('/')] as const);
    expect(trail.filter(([stt]) => stt.startsWith('1.')).every(([, s]) => s === 'I/1')).toBe(true);
    expect(trail.filter(([stt]) => stt.startsWith('3.')).every(([, s]) => s === 'I/3')).toBe(true);
    expect(listTasks(plan).length).toBe(11);
    expect(listEntries(plan).filter((e) => e.entry.kind === 'task').every((e) => e.sections.map((s) => s.number).join('/') === 'II')).toBe(true);
  });

  it('gives every target its statement, units and clauses exactly as in the seed', () => {
    const got = listTargets(plan).map((t) => [
      t.stt,
      t.statement.text,
      t.lead,
      t.coordinators,
      t.statement.target.clauses.map((c) => c.kind),
    ]);
    expect(got).toEqual(TARGETS);
  });

  it('binds one metric id per clause: the STT, then .b', () => {
    const ids = listTargets(plan).flatMap((t) => t.metrics.map((m) => m.id));
    expect(ids).toHaveLength(29);
    expect(ids).toContain('2.6.b');
    expect(ids).toContain('2.9.b');
    expect(ids).toContain('2.10.b');
    expect(ids).toContain('1.4.b');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps descriptions and notes', () => {
    const t = listTargets(plan);
    expect(t.find((x) => x.stt === '2.3')?.description).toBe('Giảm tội phạm về trật tự xã hội');
    expect(t.find((x) => x.stt === '3.4')?.note).toBe('Căn cứ chỉ tiêu Sở Y tế giao');
    expect(t.filter((x) => x.note !== undefined).map((x) => x.stt)).toEqual(['1.1', '1.2', '1.3', '3.4']);
  });

  it('gives every key task its id, timing, lead and schedule', () => {
    const got = listTasks(plan).map((t) => [t.id, t.timing.text, t.lead, t.schedule.kind]);
    expect(got).toEqual(TASKS);
    expect(listTasks(plan)[9]?.coordinators).toEqual([]);
  });
});

describe('importTable: shapes of pasted tables', () => {
  it('assumes the table I column order when there is no header row', () => {
    const { source } = importTable('1.1\tGiảm tội phạm\tGiảm 07% so với năm 2022\tCông an\t\t\n');
    const t = listTargets(parsePlan(source))[0];
    expect([t?.stt, t?.description, t?.statement.text, t?.lead]).toEqual(['1.1', 'Giảm tội phạm', 'Giảm 07% so với năm 2022', ['Công an']]);
  });

  it('follows the header when columns come in another order', () => {
    const tsv = 'STT\tĐơn vị chủ trì\tChỉ tiêu thực hiện\tDanh mục chỉ tiêu\n1\tCông an\t550 hồ sơ\tLập hồ sơ\n';
    const t = listTargets(parsePlan(importTable(tsv, { year: 2023 }).source))[0];
    expect([t?.statement.text, t?.lead, t?.description]).toEqual(['550 hồ sơ', ['Công an'], 'Lập hồ sơ']);
  });

  it('reads a section row written as a bare number with a title in the STT and description cells', () => {
    const tsv = '1\tCông tác tuyên truyền\t\t\t\t\n1.1\tA\tĐạt trên 91%\tCông an\t\t\n';
    const plan = parsePlan(importTable(tsv, { year: 2023 }).source);
    expect(plan.body[0]).toMatchObject({ kind: 'section', number: '1', title: 'Công tác tuyên truyền' });
  });

  it('keeps a multi-line Excel cell as lines, so bullets stay separate clauses', () => {
    const tsv = '2.9\tX\t"- 100% các vụ được điều tra\n- 100% nạn nhân được hỗ trợ"\tCông an\t\t\n';
    const t = listTargets(parsePlan(importTable(tsv, { year: 2023 }).source))[0];
    expect(t?.statement.text).toBe('- 100% các vụ được điều tra\n- 100% nạn nhân được hỗ trợ');
    expect(t?.metrics.map((m) => m.id)).toEqual(['2.9', '2.9.b']);
  });

  it('joins a cell line that looks like a field to the line before, so it stays in the cell', () => {
    const tsv = '1.1\tX\t"Đạt trên 91%\nGhi chú: theo quý"\tCông an\t\t\n';
    const t = listTargets(parsePlan(importTable(tsv, { year: 2023 }).source))[0];
    expect(t?.statement.text).toBe('Đạt trên 91% Ghi chú: theo quý');
    expect(t?.note).toBeUndefined();
  });

  it('warns about a continuation row with nothing above it and a row whose STT is not a number', () => {
    const r = importTable('\t\tlạc\t\t\t\n*\tX\tĐạt trên 91%\t\t\t\n');
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['orphan_continuation', 1],
      ['bad_stt', 2],
    ]);
    expect(r.source).toContain('# lạc');
  });
});

describe('importTable: the resolution layout (STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm trước | Kế hoạch năm)', () => {
  const TSV = [
    'STT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện năm 2023\tKế hoạch năm 2024',
    '(1)\t(2)\t(3)\t(4)\t(5)',
    'I\tCÁC CHỈ TIÊU KINH TẾ\t\t\t',
    '1\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t11.800\t12.500',
    '-\tTrong đó: thu nội địa\tTỷ đồng\t9.000\t9.500',
    '2\tTỷ lệ đô thị hóa\t%\t40,5\tTrên 42',
    'II\tCÁC CHỈ TIÊU XÃ HỘI\t\t\t',
    '1\tTỷ lệ hộ nghèo\t%\tkhoảng 2\t1,6',
    '2\tSố bác sĩ/vạn dân\tBác sĩ\t-\t',
  ].join('\n');
  const r = importTable(TSV);
  const plan = parsePlan(r.source.replace('Chỉ tiêu thực hiện:\n', 'Chỉ tiêu thực hiện: 13 bác sĩ\n'));

  it('combines name, plan figure and unit into the statement, and keeps the name as the description', () => {
    const got = listTargets(plan).map((t) => [t.stt, t.description, t.statement.text, t.metrics.map((m) => m.id)]);
    expect(got).toEqual([
      ['1', 'Thu ngân sách nhà nước trên địa bàn', 'Thu ngân sách nhà nước trên địa bàn 12.500 tỷ đồng', ['1']],
      ['1.a', 'Trong đó: thu nội địa', 'Trong đó: thu nội địa 9.500 tỷ đồng', ['1.a']],
      ['2', 'Tỷ lệ đô thị hóa', 'Tỷ lệ đô thị hóa trên 42%', ['2']],
      ['1', 'Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo 1,6%', ['II.1']],
      ['2', 'Số bác sĩ/vạn dân', '13 bác sĩ', ['II.2']],
    ]);
    expect(plan.header.year).toBe(2024);
    expect(r.counts).toEqual({ targets: 5, tasks: 0, sections: 2 });
  });

  it('gives last year\'s figures as data rows of the year the column names, read the Vietnamese way', () => {
    expect(r.observations).toEqual([
      { metric: '1', period: '2023', value: '11800' },
      { metric: '1.a', period: '2023', value: '9000' },
      { metric: '2', period: '2023', value: '40.5' },
    ]);
    expect(r.source).toContain('  # Ước thực hiện năm 2023: 11.800 (Tỷ đồng)');
  });

  it('reports a last-year cell that is not a figure and a row without a plan figure, with row and column', () => {
    expect(r.warnings.map((w) => [w.code, w.line, w.column, w.text])).toEqual([
      ['not_a_figure', 8, 4, 'khoảng 2'],
      ['no_figure', 9, 5, 'Số bác sĩ/vạn dân'],
    ]);
    expect(r.source).toContain('# Ước thực hiện năm 2023: khoảng 2 (%)');
  });
});

describe('importTable: nothing is dropped', () => {
  it('reports a cell in a column the header does not name, and keeps it in the entry as a comment', () => {
    const tsv = 'STT\tDanh mục chỉ tiêu\tChỉ tiêu thực hiện\tKết quả\tĐơn vị chủ trì\n1.1\tA\tĐạt trên 91%\t89%\tCông an\n1.2\tB\tĐạt 100%\t\tCông an\tthừa\n';
    const r = importTable(tsv, { year: 2023 });
    expect(r.warnings).toEqual([
      { line: 2, code: 'unplaced_cell', text: '89%', column: 4 },
      { line: 3, code: 'unplaced_cell', text: 'thừa', column: 6 },
    ]);
    expect(r.source).toContain('  # Cột 4 (Kết quả): 89%');
    expect(r.source).toContain('  # Cột 6: thừa');
    expect(listTargets(parsePlan(r.source)).map((t) => t.lead)).toEqual([['Công an'], ['Công an']]);
  });

  it('reads a header repeated at the top of a page without cutting the row broken across it', () => {
    const h = 'STT\tDanh mục chỉ tiêu\tChỉ tiêu thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp\tGhi chú';
    const tsv = `${h}\n1.4\tA\tSố buổi nhiều hơn năm 2022; 100% địa bàn trọng\tCông an\t\t\n${h}\n\t\tđiểm phải được tổ chức.\t\t\t\n`;
    const r = importTable(tsv);
    expect(r.warnings).toEqual([]);
    expect(listTargets(parsePlan(r.source))[0]?.statement.text).toBe('Số buổi nhiều hơn năm 2022; 100% địa bàn trọng điểm phải được tổ chức.');
  });

  it('keeps the lead unit and second line of a cell split by an unquoted line break (Word copies so)', () => {
    const h = 'STT\tDanh mục chỉ tiêu\tChỉ tiêu thực hiện\tĐơn vị chủ trì\tĐơn vị phối hợp\tGhi chú';
    const r = importTable(`${h}\n2.9\tX\t- 100% các vụ được điều tra\n- 100% nạn nhân được hỗ trợ\tCông an\tCác phòng\t\n`, { year: 2023 });
    const t = listTargets(parsePlan(r.source))[0];
    expect([t?.statement.text, t?.lead, t?.coordinators]).toEqual(['- 100% các vụ được điều tra\n- 100% nạn nhân được hỗ trợ', ['Công an'], ['Các phòng']]);
    expect(r.warnings).toEqual([]);
  });
});

describe('importTable: a section named again', () => {
  it('is the section already open, not a second one (a group row repeated on the next page)', () => {
    const tsv = 'II. NHIỆM VỤ\n1\tNâng cao hiệu quả\t\t\t\t\n1.1\tA\tĐạt trên 91%\tCông an\t\t\nII. NHIỆM VỤ\n1\tNâng cao hiệu quả\t\t\t\t\n1.2\tB\tĐạt 100%\tCông an\t\t\n';
    const r = importTable(tsv, { year: 2023 });
    expect(r.counts).toEqual({ targets: 2, tasks: 0, sections: 2 });
    expect(listEntries(parsePlan(r.source)).map((e) => e.sections.map((s) => s.number).join('/'))).toEqual(['II/1', 'II/1']);
  });
});
