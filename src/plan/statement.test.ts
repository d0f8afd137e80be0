import { describe, expect, it } from 'vitest';
import { safeParseTarget } from '../api/index.js';
import { classifyLine, type LinePiece } from './lines.js';
import { joinPieces, parseStatement, statementFileSpan } from './statement.js';

/** The value piece of a keyed line, or the body of a text line, placed at `offset`. */
function pieceOf(raw: string, line: number, offset: number): LinePiece {
  const l = classifyLine(raw, line, offset);
  if (l.kind === 'keyed') return l.value;
  if (l.kind === 'text') return l.body;
  throw new Error(`not a value line: ${raw}`);
}

// A statement over two lines: `  Chỉ tiêu: Đạt tỷ lệ từ 80%` at offset 100 (line 5),
// then `      trở lên` at offset 128 (line 6).
const first = pieceOf('  Chỉ tiêu: Đạt tỷ lệ từ 80%', 5, 100);
const second = pieceOf('      trở lên', 6, 128);

describe('joinPieces', () => {
  it('joins lines with one space and remembers where each starts', () => {
    const j = joinPieces([first, second]);
    expect(j.text).toBe('Đạt tỷ lệ từ 80% trở lên');
    expect(joinPieces([first, second], { bullets: true }).text).toBe('Đạt tỷ lệ từ 80% trở lên');
    const bullet = pieceOf('    - 100% nạn nhân', 7, 150);
    expect(joinPieces([first, bullet], { bullets: true }).text).toBe('Đạt tỷ lệ từ 80%\n- 100% nạn nhân');
    expect(joinPieces([first, bullet]).text).toBe('Đạt tỷ lệ từ 80% - 100% nạn nhân');
    expect(j.segments).toEqual([
      { start: 0, offset: 112, line: 5, column: 13 },
      { start: 17, offset: 134, line: 6, column: 7 },
    ]);
    expect(j.span).toEqual({ start: 112, end: 141, line: 5, column: 13 });
  });
});

describe('statementFileSpan', () => {
  const j = joinPieces([first, second]);

  it('maps an offset on the second line to that line', () => {
    expect(statementFileSpan(j, { start: 17, end: 24 })).toEqual({ start: 134, end: 141, line: 6, column: 7 });
  });

  it('cuts a range that runs over the line break at the end of its line', () => {
    const s = statementFileSpan(j, { start: 13, end: 24 });
    expect(s.line).toBe(5);
    expect(s.column).toBe(26);
    expect(s.end).toBe(112 + 16);
  });
});

describe('parseStatement', () => {
  it('parses the joined text with the target parser', () => {
    const { statement, diagnostics } = parseStatement(safeParseTarget, [first, second], 'vi');
    expect(diagnostics).toEqual([]);
    expect(statement?.target.clauses[0]).toMatchObject({ kind: 'rate', bound: { op: 'gte', value: '80' } });
  });

  it('places a statement error on the file line it is on', () => {
    const broken = pieceOf('      trở', 6, 128);
    const { statement, diagnostics } = parseStatement(safeParseTarget, [first, broken], 'en');
    expect(statement).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'missing_closer', severity: 'error', detail: 'Chỉ tiêu thực hiện' });
    expect(diagnostics[0]?.range.line).toBe(6);
    expect(diagnostics[0]?.range.column).toBe(7);
    expect(diagnostics[0]?.statement?.range.start).toBe(17);
    expect(diagnostics[0]?.message).toMatch(/^In `Chỉ tiêu thực hiện`: A range is not closed/);
  });
});
