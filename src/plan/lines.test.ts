import { describe, expect, it } from 'vitest';
import { classifyLine, classifyLines } from './lines.js';

describe('classifyLine', () => {
  it('reads sections at column 1 in every numbering style', () => {
    const roman = classifyLine('II. NHIỆM VỤ TRỌNG TÂM', 1, 0);
    expect(roman.kind === 'section' && [roman.number.text, roman.title.text]).toEqual(['II', 'NHIỆM VỤ TRỌNG TÂM']);
    const arabic = classifyLine('1.2. Công tác phòng ngừa', 1, 0);
    expect(arabic.kind === 'section' && arabic.number.text).toBe('1.2');
    const letter = classifyLine('a) Công tác phòng ngừa xã hội', 1, 0);
    expect(letter.kind === 'section' && [letter.number.text, letter.title.text]).toEqual(['a', 'Công tác phòng ngừa xã hội']);
  });

  it('treats an indented numbered line as text, not a section', () => {
    expect(classifyLine('  1. Công tác', 1, 0).kind).toBe('text');
  });

  it('reads entry lines with their STT and the rest of the line, unaccented or NFD', () => {
    const t = classifyLine('Chỉ tiêu 2.10: Thực hiện hiệu quả', 3, 100);
    expect(t.kind === 'entry' && [t.entry, t.stt.text, t.text.text]).toEqual(['target', '2.10', 'Thực hiện hiệu quả']);
    expect(t.kind === 'entry' && t.stt.span).toEqual({ start: 109, end: 113, line: 3, column: 10 });
    const task = classifyLine('nhiem vu 11 - Duy trì', 1, 0);
    expect(task.kind === 'entry' && [task.entry, task.stt.text, task.text.text]).toEqual(['task', '11', 'Duy trì']);
    const nfd = classifyLine('Chi\u0309 tiêu I.3.1: Kéo giảm'.normalize('NFD'), 1, 0);
    expect(nfd.kind === 'entry' && nfd.stt.text).toBe('I.3.1');
    const bare = classifyLine('Nhiệm vụ 4', 1, 0);
    expect(bare.kind === 'entry' && [bare.stt.text, bare.text.text]).toEqual(['4', '']);
  });

  it('does not read `Chỉ tiêu: ...` or `Chỉ tiêu thực hiện: ...` as an entry', () => {
    expect(classifyLine('Chỉ tiêu: Giảm 07%', 1, 0).kind).toBe('keyed');
    expect(classifyLine('Chỉ tiêu thực hiện: Giảm 07%', 1, 0).kind).toBe('keyed');
  });

  it('splits keyed lines into name and value with file positions', () => {
    const l = classifyLine('  Chủ trì:   Công an thành phố  ', 7, 50);
    expect(l.kind).toBe('keyed');
    if (l.kind !== 'keyed') return;
    expect(l.name.text).toBe('Chủ trì');
    expect(l.value.text).toBe('Công an thành phố');
    expect(l.value.span).toEqual({ start: 63, end: 80, line: 7, column: 14 });
  });

  it('does not take a colon after sentence punctuation as a field', () => {
    expect(classifyLine('  - 100% nạn nhân: được hỗ trợ', 1, 0).kind).toBe('text');
    expect(classifyLine('  Giảm 07% so với năm 2022, gồm: A', 1, 0).kind).toBe('text');
  });

  it('reads comments and blank lines', () => {
    expect(classifyLine('   # ghi chú của người soạn', 1, 0).kind).toBe('comment');
    expect(classifyLine(' \t ', 1, 0).kind).toBe('blank');
  });
});

describe('classifyLines', () => {
  it('numbers lines and offsets across \\n, \\r\\n and \\r', () => {
    const lines = classifyLines('a\r\nb\rc\nd');
    expect(lines.map((l) => [l.line, l.offset, l.raw])).toEqual([
      [1, 0, 'a'],
      [2, 3, 'b'],
      [3, 5, 'c'],
      [4, 7, 'd'],
    ]);
  });
});
