import { describe, expect, it } from 'vitest';
import { safeParseTarget } from '../api/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { safeParsePlanWith } from './parse-plan-with.js';
import { PlanError } from './plan-error.js';
import type { StatementParser } from './statement.js';
import { parsePlan, safeParsePlan } from './parse-plan.js';
import type { PlanDiagnostic } from './diagnostics.js';
import type { PlanTarget, PlanTask } from './types.js';
import { listEntries, listTargets, listTasks } from './walk.js';

const PLAN = `# Kế hoạch mẫu
Số: 102 /KH-UBND
Tên: Công tác phòng, chống tội phạm năm 2023
Cơ quan ban hành: Ủy ban nhân dân thành phố Cẩm Phả
Ngày: 05/04/2023
Năm: 2023
Thực hiện kế hoạch: 56/KH-UBND, ngày 27/02/2023 của UBND tỉnh Quảng Ninh
Thực hiện kế hoạch: Nghị quyết số 314/NQ-HĐND, ngày 07/12/2020

I. MỤC TIÊU, CHỈ TIÊU
1. Công tác tuyên truyền,
   phòng ngừa tội phạm

Chỉ tiêu 1.4: Tổ chức Hội nghị tuyên truyền
  Chỉ tiêu thực hiện: Số buổi Hội nghị tuyên truyền phòng, chống tội phạm nhiều hơn năm 2022; 100% địa bàn trọng
    # the table breaks across a page here
    điểm phức tạp về trật tự xã hội phải được tổ chức.
  Chủ trì: Văn phòng HĐND-UBND thành phố; UBND các phường, xã
  Phối hợp: Các cơ quan, đơn vị liên quan

2. Công tác đấu tranh
Chỉ tiêu 2.6
  Danh mục: Điều tra, khám phá tội phạm về trật tự xã hội
  Chỉ tiêu thực hiện: Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng đạt từ 96% trở lên trong tổng số án khởi tố.
  Chủ trì: Công an thành phố.
  Ghi chú: Căn cứ chỉ tiêu Công an tỉnh giao
Chỉ tiêu 2.3: Giảm tội phạm về trật tự xã hội
  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022
  Mã: tpxh-giam

II. NHIỆM VỤ TRỌNG TÂM
Nhiệm vụ 1: Triển khai Cao điểm tổng rà soát
  Chủ trì: Công an thành phố
  Thời gian thực hiện: Quý I
Nhiệm vụ 3: Bố trí kinh phí
  Đơn vị chủ trì tham mưu: Phòng Tài chính-Kế hoạch; Phòng Lao động-Thương binh và Xã hội
  Thời gian: Quý I và cả năm 2023
  Mã: kinh-phi
`;

describe('parsePlan: a whole plan', () => {
  const plan = parsePlan(PLAN, { file: 'mau.chitieu' });

  it('reads the header', () => {
    expect(plan.header).toMatchObject({
      number: '102/KH-UBND',
      title: 'Công tác phòng, chống tội phạm năm 2023',
      issuer: 'Ủy ban nhân dân thành phố Cẩm Phả',
      date: '2023-04-05',
      year: 2023,
    });
    expect(plan.header.implements.map((r) => r.number)).toEqual(['56/KH-UBND', '314/NQ-HĐND']);
    expect(plan.file).toBe('mau.chitieu');
  });

  it('nests sections by numbering style and keeps continued titles', () => {
    expect(plan.body.map((n) => n.kind === 'section' && n.number)).toEqual(['I', 'II']);
    const trail = listEntries(plan).map(({ entry, sections }) => `${sections.map((s) => s.number).join('/')}:${entry.stt}`);
    expect(trail).toEqual(['I/1:1.4', 'I/2:2.6', 'I/2:2.3', 'II:1', 'II:3']);
    const part = plan.body[0];
    const first = part?.kind === 'section' ? part.children[0] : undefined;
    expect(first?.kind === 'section' && first.title).toBe('Công tác tuyên truyền, phòng ngừa tội phạm');
  });

  it('joins a statement broken over lines (skipping comments) and parses it', () => {
    const t = listTargets(plan)[0]!;
    expect(t.statement.text).toBe(
      'Số buổi Hội nghị tuyên truyền phòng, chống tội phạm nhiều hơn năm 2022; 100% địa bàn trọng điểm phức tạp về trật tự xã hội phải được tổ chức.',
    );
    expect(t.statement.target.clauses.map((c) => c.kind)).toEqual(['compare', 'rate']);
    expect(t.metrics.map((m) => m.id)).toEqual(['1.4', '1.4.b']);
    expect(t.lead).toEqual(['Văn phòng HĐND-UBND thành phố', 'UBND các phường, xã']);
    expect(t.coordinators).toEqual(['Các cơ quan, đơn vị liên quan']);
    expect(t.description).toBe('Tổ chức Hội nghị tuyên truyền');
  });

  it('keeps bullets on their own lines as separate clauses', () => {
    const p = parsePlan('Năm: 2023\nChỉ tiêu 2.9: X\n  Chỉ tiêu:\n    - 100% các vụ mua bán người được\n    điều tra\n    - 100% nạn nhân được hỗ trợ\n');
    const t = listTargets(p)[0]!;
    expect(t.statement.text).toBe('- 100% các vụ mua bán người được điều tra\n- 100% nạn nhân được hỗ trợ');
    expect(t.metrics.map((m) => [m.id, m.clause.kind])).toEqual([
      ['2.9', 'rate'],
      ['2.9.b', 'rate'],
    ]);
    expect(t.statement.span.line).toBe(4);
    expect(t.statement.segments.map((g) => [g.start, g.line])).toEqual([[0, 4], [33, 5], [42, 6]]);
  });

  it('takes the description from `Danh mục:`, drops a unit’s final dot, keeps the note', () => {
    const t = listTargets(plan).find((x) => x.stt === '2.6')!;
    expect(t.description).toBe('Điều tra, khám phá tội phạm về trật tự xã hội');
    expect(t.lead).toEqual(['Công an thành phố']);
    expect(t.note).toBe('Căn cứ chỉ tiêu Công an tỉnh giao');
    expect(t.metrics.map((m) => [m.id, m.clause.kind, m.clause.part])).toEqual([
      ['2.6', 'rate', 'main'],
      ['2.6.b', 'rate', 'of_which'],
    ]);
  });

  it('uses an explicit id as the base', () => {
    const t = listTargets(plan).find((x) => x.stt === '2.3')!;
    expect(t.metrics.map((m) => [m.id, m.explicit])).toEqual([['tpxh-giam', true]]);
  });

  it('reads tasks with their timing, schedule and ids', () => {
    const [one, three] = listTasks(plan) as [PlanTask, PlanTask];
    expect([one.id, one.explicitId, one.timing.text]).toEqual(['II.1', false, 'Quý I']);
    expect(one.schedule).toEqual({ kind: 'by', period: { unit: 'quarter', index: 1 } });
    expect([three.id, three.explicitId]).toEqual(['kinh-phi', true]);
    expect(three.schedule.kind).toBe('all');
    expect(three.lead).toEqual(['Phòng Tài chính-Kế hoạch', 'Phòng Lao động-Thương binh và Xã hội']);
    expect(three.coordinators).toEqual([]);
  });

  it('places nodes in the file', () => {
    const t = listTargets(plan)[0]!;
    expect(t.span.line).toBe(14);
    expect(PLAN.slice(t.statement.span.start, t.statement.span.start + 7)).toBe('Số buổi');
    const clause = t.statement.target.clauses[1]!;
    // the clause's span is relative to the statement text; its start maps back to line 15
    expect(t.statement.text.slice(clause.span.start, clause.span.start + 4)).toBe('100%');
  });

  it('reads the same plan typed without diacritics, in NFD, with CRLF and a BOM', () => {
    const unaccented = PLAN.replace(/Chỉ tiêu (\d)/g, 'chi tieu $1')
      .replace(/Chỉ tiêu thực hiện:/g, 'chi tieu thuc hien:')
      .replace(/Chủ trì:/g, 'CHU TRI:')
      .replace(/Nhiệm vụ/g, 'nhiem vu')
      .replace(/Thời gian:/g, 'thoi gian:');
    const variants = [unaccented, PLAN.normalize('NFD'), `\uFEFF${PLAN.replace(/\n/g, '\r\n')}`];
    for (const v of variants) {
      const p = parsePlan(v);
      expect(listTargets(p).map((t) => [t.stt, t.metrics.map((m) => m.id), t.lead.map((u) => u.normalize('NFC'))])).toEqual(
        listTargets(plan).map((t) => [t.stt, t.metrics.map((m) => m.id), t.lead]),
      );
      expect(listTasks(p).map((t) => [t.id, t.schedule])).toEqual(listTasks(plan).map((t) => [t.id, t.schedule]));
    }
  });
});

describe('parsePlan: errors', () => {
  const BROKEN = `Số: 1/KH
Ngày: 31/02/2023
Năm: 2023

Chỉ tiêu 1.1: A
  Chỉ tiêu: Đạt từ 80% trở
  Chu tri: Công an
  Thời gian: Quý I
Chỉ tiêu 1.2: B
  Chủ trì: Công an
Chỉ tiêu 1.1: C
  Chỉ tiêu: Đạt trên 91%
  Mã: x; y
Nhiệm vụ 1: D
  Thời gian: Quý V
Nhiệm vụ 2: E
  Thời gian: trong năm 2023
lạc dòng
`;

  it('reports every error of the file in one pass, in file order, with line:col', () => {
    const r = safeParsePlan(BROKEN, { file: 'hong.chitieu' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.errors.map((d) => [d.code, d.range.line, d.range.column])).toEqual([
      ['invalid_value', 2, 7],
      ['missing_closer', 6, 24],
      ['field_not_allowed', 8, 3],
      ['missing_field', 9, 10],
      ['metric_count_mismatch', 13, 7],
      ['invalid_period', 15, 14],
      ['missing_schedule', 17, 14],
      ['unexpected_line', 18, 1],
    ]);
  });

  it('reads a misspelt field as that field, and reports a duplicate id against its first line', () => {
    const fixed = BROKEN.replace('Chỉ tiêu: Đạt từ 80% trở\n', 'Chỉ tiêu: Đạt từ 80% trở lên\n').replace('  Mã: x; y\n', '');
    const r = safeParsePlan(fixed);
    if (r.success) throw new Error('should fail');
    const dup = r.error.errors.find((d) => d.code === 'duplicate_id');
    expect(dup).toMatchObject({ found: '1.1', detail: '5', range: { line: 11 } });
    // `Chu tri` folds to `chu tri`: a field, not an error
    expect(r.error.errors.some((d) => d.range.line === 7)).toBe(false);
  });

  it('reports a duplicate id in the same pass as another error of either duplicate', () => {
    const codes = (text: string) => {
      const r = safeParsePlan(text);
      if (r.success) throw new Error('should fail');
      return r.error.errors.map((d) => [d.code, d.range.line, d.detail]);
    };
    // The first 1.1 has a statement that does not parse: its id is still taken.
    const firstBroken = BROKEN.replace('  Mã: x; y\n', '');
    expect(codes(firstBroken)).toEqual(expect.arrayContaining([['missing_closer', 6, 'Chỉ tiêu thực hiện'], ['duplicate_id', 11, '5']]));
    // The second 1.1 has the error instead.
    const secondBroken = firstBroken.replace('Chỉ tiêu: Đạt từ 80% trở\n', 'Chỉ tiêu: Đạt từ 80% trở lên\n').replace('Đạt trên 91%', 'Đạt trên');
    expect(codes(secondBroken)).toEqual(expect.arrayContaining([['duplicate_id', 11, '5']]));
    // Ids written with `Mã:` and ids of tasks whose timing is wrong, likewise.
    const tasks = 'Năm: 2023\nChỉ tiêu 1: A\n  Chỉ tiêu: Đạt từ 80% trở\n  Mã: m\nChỉ tiêu 2: B\n  Chỉ tiêu: Đạt trên 91%\n  Mã: m\n' +
      'Nhiệm vụ 1: C\n  Thời gian: Quý V\nNhiệm vụ 1: D\n  Thời gian: Quý I\n';
    expect(codes(tasks).map(([code, line]) => [code, line])).toEqual([
      ['missing_closer', 3],
      ['duplicate_id', 7],
      ['invalid_period', 9],
      ['duplicate_id', 10],
    ]);
  });

  it('gives spans that index the string as given, after a byte order mark too', () => {
    const bom = `\uFEFF${BROKEN}`;
    const r = safeParsePlan(bom, { file: 'hong.chitieu' });
    const plain = safeParsePlan(BROKEN, { file: 'hong.chitieu' });
    if (r.success || plain.success) throw new Error('should fail');
    expect(r.error.source).toBe(bom);
    // The same lines and columns; offsets one code unit further, at the same text of the caller's string.
    const at = (source: string, ds: readonly PlanDiagnostic[]) => ds.map((d) => [d.code, d.range.line, d.range.column, source.slice(d.range.start, d.range.end)]);
    expect(at(bom, r.error.diagnostics)).toEqual(at(BROKEN, plain.error.diagnostics));
    expect(r.error.diagnostics.map((d) => d.range.start - 1)).toEqual(plain.error.diagnostics.map((d) => d.range.start));
    // Line 1 is quoted without the mark, the caret under the column.
    expect(r.error.format()).toBe(plain.error.format());
    const text = `\uFEFF${PLAN}`;
    const t = listTargets(parsePlan(text))[0]!;
    expect(text.slice(t.statement.span.start, t.statement.span.start + 7)).toBe('Số buổi');
    expect(t.span.line).toBe(14);
  });

  it('suggests the field a typo was meant to be', () => {
    const r = safeParsePlan('Năm: 2023\nChỉ tiêu 1: A\n  Chỉ tiêu: Đạt trên 91%\n  Phoi hp: Công an\n');
    if (r.success) throw new Error('should fail');
    expect(r.error.errors[0]).toMatchObject({ code: 'unknown_field', found: 'Phoi hp', suggestion: 'Phối hợp' });
  });

  it('throws a PlanError whose message names the first error and the count, and renders all with carets', () => {
    let caught: unknown;
    try {
      parsePlan(BROKEN, { file: 'hong.chitieu' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PlanError);
    const e = caught as PlanError;
    expect(e.message).toMatch(/^hong\.chitieu:2:7: .*\(và 7 lỗi khác\)$/);
    const text = e.format();
    expect(text).toContain('hong.chitieu:6:24: lỗi: Trong `Chỉ tiêu thực hiện`: Thiếu phần kết');
    expect(text).toContain('  Chỉ tiêu: Đạt từ 80% trở\n                       ^^^');
    expect(e.format('en')).toContain('hong.chitieu:18:1: error: Cannot read the line `lạc dòng`');
  });

  it('says which field an entry lacks', () => {
    const r = safeParsePlan('Năm: 2023\nChỉ tiêu 3.3: Lập hồ sơ\n  Chủ trì: Công an\n', { lang: 'en' });
    if (r.success) throw new Error('should fail');
    expect(r.error.errors[0]?.message).toBe('Chỉ tiêu 3.3 lacks the field `Chỉ tiêu thực hiện: ...`.');
  });

  it('refuses header fields inside entries and entry fields in the header', () => {
    const r = safeParsePlan('Chủ trì: Công an\nNăm: 2023\nChỉ tiêu 1: A\n  Chỉ tiêu: Đạt trên 91%\n  Năm: 2024\n');
    if (r.success) throw new Error('should fail');
    expect(r.error.errors.map((d) => [d.code, d.range.line])).toEqual([
      ['field_not_allowed', 1],
      ['field_not_allowed', 5],
    ]);
  });
});

describe('parsePlan: warnings', () => {
  it('warns when no year can be found, and takes the year from the date otherwise', () => {
    const body = 'Chỉ tiêu 1: A\n  Chỉ tiêu: Đạt trên 91%\n';
    const none = safeParsePlan(body);
    expect(none.success && none.warnings.map((w) => w.code)).toEqual(['missing_year']);
    const dated = parsePlan(`Ngày: 05/04/2023\n${body}`);
    expect(dated.header.year).toBe(2023);
  });

  it('warns about a plan with no entries', () => {
    const r = safeParsePlan('Năm: 2023\nI. MỤC TIÊU\n');
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(['empty_plan']);
  });

  it('passes statement warnings through, placed in the file', () => {
    // A parser that reads like safeParseTarget and also warns about `Chuyên` (offset 0..6).
    const warning: Diagnostic = {
      severity: 'warning',
      code: 'typo_corrected',
      range: { start: 0, end: 6, line: 1, column: 1 },
      expected: ['Chuyển'],
      found: 'Chuyên',
    };
    const parse: StatementParser = (text) => {
      const r = safeParseTarget(text);
      return r.success && text.startsWith('Chuyên') ? { ...r, warnings: [warning] } : r;
    };
    const r = safeParsePlanWith('Năm: 2023\nChỉ tiêu 2.10: X\n  Chỉ tiêu: Chuyên hóa thành công 60% địa bàn\n', parse);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'typo_corrected', severity: 'warning', range: { line: 3, column: 13 } });
    expect(r.warnings[0]?.message).toBe('Trong `Chỉ tiêu thực hiện`: Đã đọc `Chuyên` là `Chuyển`.');
  });
});

describe('listTargets', () => {
  it('types entries for narrowing', () => {
    const t: PlanTarget | undefined = listTargets(parsePlan('Năm: 2023\nChỉ tiêu 1: A\n  Chỉ tiêu: 550 hồ sơ\n'))[0];
    expect(t?.statement.target.clauses[0]).toMatchObject({ kind: 'count', unit: 'hồ sơ', bound: { value: '550' } });
  });
});

describe('parsePlan: repeated statements', () => {
  it('parses each distinct statement once and shares the immutable result', () => {
    const calls: string[] = [];
    const parse: StatementParser = (text) => {
      calls.push(text);
      return safeParseTarget(text);
    };
    const src = 'Năm: 2023\nChỉ tiêu 1: A\n  Chỉ tiêu: Không để tồn tại\nChỉ tiêu 2: B\n  Chỉ tiêu: Không để tồn tại\nChỉ tiêu 3: C\n  Chỉ tiêu:\n    Không để tồn tại\n';
    const r = safeParsePlanWith(src, parse);
    expect(calls).toEqual(['Không để tồn tại']);
    if (!r.success) throw new Error('should parse');
    const [a, b, c] = listTargets(r.plan);
    expect(a?.statement.target).toBe(b?.statement.target);
    // each occurrence keeps its own place in the file
    expect([a, b, c].map((t) => [t?.statement.span.line, t?.statement.span.column])).toEqual([[3, 13], [5, 13], [8, 5]]);
  });
});

describe('an entry line at any indentation', () => {
  const head = 'Năm: 2023\n\n1. Mục\n\nChỉ tiêu 1.1: Tuyên truyền\n  Chỉ tiêu thực hiện: Đạt trên 91%\n  Chủ trì: Công an\n\n';

  it('an indented `Nhiệm vụ 1:` starts the task (it was merged into the statement above, then lost)', () => {
    const plan = parsePlan(`${head}  Nhiệm vụ 1: Triển khai cao điểm\n  Chủ trì: Công an thành phố\n  Thời gian thực hiện: Quý I\n`);
    expect(listEntries(plan).map(({ entry }) => [entry.kind, entry.kind === 'target' ? entry.statement.text : entry.timing.text])).toEqual([
      ['target', 'Đạt trên 91%'],
      ['task', 'Quý I'],
    ]);
    expect(listTasks(plan)[0]).toMatchObject({ description: 'Triển khai cao điểm', stt: '1', span: { line: 9 } });
  });

  it('so does an indented `Chỉ tiêu 1.2 –` or tabbed `Chỉ tiêu II.3:`', () => {
    const plan = parsePlan(`${head}    Chỉ tiêu 1.2 – Hai\n    Chỉ tiêu thực hiện: Đạt trên 50%\n\tChỉ tiêu II.3: Ba\n\tChỉ tiêu thực hiện: Đạt trên 60%\n`);
    expect(listTargets(plan).map((t) => [t.stt, t.statement.text])).toEqual([
      ['1.1', 'Đạt trên 91%'],
      ['1.2', 'Đạt trên 50%'],
      ['II.3', 'Đạt trên 60%'],
    ]);
  });

  it('an indented line that only looks like one (no `:` after the number) stays the text it continues, with a warning', () => {
    const r = safeParsePlan(`${head.replace('  Chủ trì: Công an\n', '')}  nhiệm vụ 2 năm liền\n`);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(listTargets(r.plan)[0]?.statement.text).toBe('Đạt trên 91% nhiệm vụ 2 năm liền');
    expect(r.warnings.map((w) => [w.code, w.range.line])).toContainEqual(['entry_like_line', 8]);
    expect(r.warnings.find((w) => w.code === 'entry_like_line')?.message).toContain('`Nhiệm vụ <STT>: ...`');
  });
});
