/**
 * extractTargets on the seed plans as they are: every target of Hải Dương I.3 with the span of
 * its own words in the original text, and nothing without a figure in the Cẩm Phả plan body.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets, type ExtractedTarget } from '../src/api/index.js';
import { readSeed } from './helpers/corpus.js';

const haiDuong = readSeed('001_a50146c75ab3a92e.txt');
const camPha = readSeed('000_02123d2a685d6d43.txt');

/** Section I.3 of the Hải Dương plan, verbatim with its line breaks. */
const I3_START = haiDuong.indexOf('3. Tiếp tục thực hiện hiệu quả các giải pháp kéo giảm');
const I3_END = haiDuong.indexOf('đạt trên 88%.') + 'đạt trên 88%.'.length;
const i3 = haiDuong.slice(I3_START, I3_END);

/** The body of the Cẩm Phả plan: everything before its appendix tables. */
const camPhaBody = camPha.slice(0, camPha.indexOf('## PHỤ LỤC'));

/** What each target of I.3 means, and its own words (white space collapsed). */
const I3_TARGETS = [
  { kind: 'change', op: 'gte', value: '5', part: 'main', text: 'Tiếp tục thực hiện hiệu quả các giải pháp kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2022' },
  { kind: 'rate', op: 'gt', value: '75', part: 'main', text: 'tỷ lệ điều tra, khám phá các loại tội phạm đạt trên 75%' },
  { kind: 'rate', op: 'gt', value: '90', part: 'specifically', text: 'các tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng đạt trên 90% tổng số án khởi tố' },
  { kind: 'rate', op: 'eq', value: '100', part: 'main', text: 'Bảo đảm 100% các tố giác, tin báo về tội phạm và kiến nghị khởi tố đều được tiếp nhận, phân loại, xử lý' },
  { kind: 'rate', op: 'gt', value: '90', part: 'main', text: 'tỷ lệ giải quyết đạt trên 90%' },
  { kind: 'rate', op: 'eq', value: '100', part: 'main', text: 'Chuyển hóa thành công 100% tổng số địa bàn trọng điểm, phức tạp về trật tự, an toàn xã hội được lựa chọn thực hiện' },
  { kind: 'rate', op: 'eq', value: '100', part: 'main', text: '100% các địa bàn đã chuyển hóa thành công không tái phức tạp trở lại' },
  { kind: 'rate', op: 'gt', value: '90', part: 'main', text: 'Truy tố đúng thời hạn trên 90% số vụ án hình sự đã có kết luận điều tra đề nghị truy tố' },
  { kind: 'rate', op: 'gt', value: '95', part: 'main', text: 'bảo đảm truy tố bị can đúng tội đạt trên 95%' },
  { kind: 'rate', op: 'gt', value: '88', part: 'main', text: 'Nâng cao chất lượng xét xử, tỷ lệ giải quyết án hình sự đạt trên 88%' },
] as const;

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/** 1-based line and column of an offset (`\n` ends a line in the seeds). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The found targets' meaning and own words, for one readable comparison. */
function summary(found: readonly ExtractedTarget[], prose: string) {
  return found.map((f) => {
    if (!f.ok) return { error: f.error.code, text: collapse(f.text) };
    const c = f.clause;
    const bound = 'bound' in c ? c.bound : undefined;
    return { kind: c.kind, op: bound?.op, value: bound?.value, part: c.part, text: collapse(prose.slice(f.span.start, f.span.end)) };
  });
}

function expectSpansTrue(found: readonly ExtractedTarget[], prose: string): void {
  for (const f of found) {
    expect(f.text).toBe(prose.slice(f.span.start, f.span.end));
    expect({ line: f.span.line, column: f.span.column }).toStrictEqual(lineColumn(prose, f.span.start));
    if (f.ok) expect(f.target.clauses).toContain(f.clause);
  }
}

describe('extractTargets on Hải Dương section I.3', () => {
  it('finds its ten targets, each with the span of its own words', () => {
    const found = extractTargets(i3);
    expect(summary(found, i3)).toStrictEqual(I3_TARGETS);
    expectSpansTrue(found, i3);
  });

  it('finds the same targets in the whole plan, with spans into the whole plan', () => {
    const found = extractTargets(haiDuong).filter((f) => f.span.start >= I3_START && f.span.end <= I3_END);
    expect(summary(found, haiDuong)).toStrictEqual(I3_TARGETS);
    expectSpansTrue(found, haiDuong);
  });
});

describe('extractTargets on the Cẩm Phả plan body', () => {
  it('finds nothing where there is no figure', () => {
    const found = extractTargets(camPhaBody);
    expectSpansTrue(found, camPhaBody);
    const figureless = found.filter((f) => !/\d/.test(f.text));
    expect(figureless.map((f) => collapse(f.text))).toStrictEqual([]);
  });

  it('reads neither the date line nor a numbered body (`Ban Chỉ đạo 138 phường`) as a target', () => {
    const found = extractTargets(camPhaBody).map((f) => collapse(f.text));
    expect(found.filter((t) => /ngày 05 tháng 4 năm 2023|Ban Chỉ đạo 138/.test(t))).toStrictEqual([]);
  });
});

/**
 * Text that is mostly dot leaders and runs of white space (tables of contents, forms to fill
 * in): each run is read once, so 1 MB of it takes as long as 1 MB of anything (the time is
 * measured in bench/extract-linear.bench.ts; a quadratic splitter would not finish these tests).
 */
describe('extractTargets on dot leaders and long runs of white space', () => {
  const MB = 1_000_000;

  it('finds nothing in 1 MB of dots, of spaces, or of both, whatever ends it', () => {
    for (const text of ['.'.repeat(MB), ' '.repeat(MB), '. '.repeat(MB / 2), ' .'.repeat(MB / 2), '\n'.repeat(MB), `${'.'.repeat(MB)}x`, `${' '.repeat(MB)}x`, `x${'. '.repeat(MB / 2)}y`]) {
      expect(extractTargets(text)).toStrictEqual([]);
    }
  });

  it('reads a 1 MB sentence of leaders with a figure as input_too_long, at its place', () => {
    // The leader's last dot ends the sentence (a figure follows): the page number is the next one.
    const sentence = `Đạt trên 91% ${'.'.repeat(MB)}`;
    const found = extractTargets(`Giảm 5%.\n${sentence} 3`);
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ ok: false, text: sentence, span: { start: 9, end: 9 + sentence.length, line: 2, column: 1 } });
    if (!found[1]!.ok) expect(found[1]!.error.code).toBe('input_too_long');
  });

  it('finds the targets between 1 MB leaders and runs of spaces, with spans into the text', () => {
    const dots = '.'.repeat(MB / 2);
    const spaces = ' '.repeat(MB / 2);
    const prose = `Đạt trên 91%.\n\n${dots}\n\nKhông quá 20%.${spaces}Giảm 07% so với năm 2022.\n\n${dots}\n\n${spaces}Tỷ lệ giải quyết đạt trên 90%.${spaces}`;
    const found = extractTargets(prose);
    expect(summary(found, prose)).toStrictEqual([
      { kind: 'rate', op: 'gt', value: '91', part: 'main', text: 'Đạt trên 91%' },
      { kind: 'rate', op: 'lte', value: '20', part: 'main', text: 'Không quá 20%' },
      { kind: 'change', op: 'gte', value: '7', part: 'main', text: 'Giảm 07% so với năm 2022' },
      { kind: 'rate', op: 'gt', value: '90', part: 'main', text: 'Tỷ lệ giải quyết đạt trên 90%' },
    ]);
    expectSpansTrue(found, prose);
    expect(found.map((f) => f.span.line)).toStrictEqual([1, 5, 5, 9]);
  });

  it('finds the targets in the headings of a table of contents with dot leaders', () => {
    const leader = '.'.repeat(200);
    const lines = Array.from({ length: 1500 }, (_, i) =>
      i % 100 === 99 ? `${i + 1}. Tỷ lệ giải quyết đạt trên ${i % 97}% ${leader} ${i + 3}` : `${i + 1}. Mục tiêu ${leader} ${i + 3}`,
    );
    const toc = lines.join('\n');
    const found = extractTargets(toc);
    expect(summary(found, toc)).toStrictEqual(
      lines.flatMap((l, i) => (i % 100 === 99 ? [{ kind: 'rate', op: 'gt', value: String(i % 97), part: 'main', text: `Tỷ lệ giải quyết đạt trên ${i % 97}%` }] : [])),
    );
    expect(found.map((f) => f.span.line)).toStrictEqual(lines.flatMap((_, i) => (i % 100 === 99 ? [i + 1] : [])));
    expectSpansTrue(found, toc);
  });
});
