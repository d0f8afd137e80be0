import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectingIo } from './cli-io.fixture.js';
import { idTable, metricsCommand } from './metrics.js';

function planFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'chitieu-metrics-')), 'plan.chitieu');
  writeFileSync(file, text);
  return file;
}

const PLAN = `Năm: 2023
Chỉ tiêu 2.6: Điều tra, khám phá
  Chỉ tiêu thực hiện: Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm rất nghiêm trọng đạt từ 96% trở lên
II. NHIỆM VỤ TRỌNG TÂM
Nhiệm vụ 1: Rà soát
  Thời gian: Quý I
`;

describe('chitieu metrics', () => {
  it('lists each clause id with its canonical clause, and each task id with its timing', async () => {
    const c = collectingIo();
    expect(await metricsCommand.run([planFile(PLAN)], c.io)).toBe(0);
    const lines = c.out().trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^2\.6 +chỉ tiêu\/rate +tỷ lệ ≥ 80%$/);
    expect(lines[1]).toMatch(/^2\.6\.b +chỉ tiêu\/rate +các tội phạm rất nghiêm trọng ≥ 96%$/);
    expect(lines[2]).toMatch(/^II\.1 +nhiệm vụ +quý I$/);
  });

  it('gives the rows as JSON', async () => {
    const c = collectingIo();
    expect(await metricsCommand.run([planFile(PLAN), '--json'], c.io)).toBe(0);
    const rows = JSON.parse(c.out()) as { id: string; kind: string; clauseIndex?: number; line: number; column: number }[];
    // each row points at its clause (or timing) in the file: 2.6.b's clause starts after `trong đó`, at 3:58
    expect(rows.map((r) => [r.id, r.kind, r.clauseIndex, r.line, r.column])).toEqual([
      ['2.6', 'metric', 0, 3, 23],
      ['2.6.b', 'metric', 1, 3, 58],
      ['II.1', 'task', undefined, 6, 14],
    ]);
  });

  it('prints every error of a broken plan with file:line:col and exits 2', async () => {
    const file = planFile('Năm: 2023\nChỉ tiêu 1: A\n  Chỉ tiêu: Đạt từ 80% trở\n  Phoi hp: X\n');
    const c = collectingIo();
    expect(await metricsCommand.run([file, '--lang', 'en'], c.io)).toBe(2);
    expect(c.out()).toBe('');
    expect(c.err()).toContain(`${file}:3:24: error:`);
    expect(c.err()).toContain(`${file}:4:3: error: There is no field \`Phoi hp\``);
  });
});

describe('chitieu metrics at scale', () => {
  it('lays out a million ids without a stack overflow (the widths were Math.max(...all))', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => ({
      kind: 'metric' as const, id: String(i + 1), stt: String(i + 1), clauseIndex: 0, clause: 'rate' as const,
      canonical: 'tỷ lệ > 91%', explicit: false, line: i + 1, column: 1,
    }));
    const lines = idTable(rows, 'vi').split('\n');
    expect(lines).toHaveLength(1_000_000);
    expect(lines[0]).toBe('1        chỉ tiêu/rate  tỷ lệ > 91%');
    expect(lines.at(-1)).toBe('1000000  chỉ tiêu/rate  tỷ lệ > 91%');
  });
});
