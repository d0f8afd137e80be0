/**
 * What the commands print from plan and data text (issue 10): every list bounded with its true
 * total (`(và 500 lỗi, cảnh báo khác)`), and control characters shown, never sent to the
 * terminal (window title, clear screen, colour).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectingIo } from './cli-io.fixture.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { importCommand } from './import.js';
import { lintCommand } from './lint.js';
import { metricsCommand } from './metrics.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-safe-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const N = 1_500;
/** `N` targets, each impossible (`trên 100%`): one lint error each. */
const MANY = file('many.chitieu', `Năm: 2023\n${Array.from({ length: N }, (_, i) => `Chỉ tiêu ${i + 1}: T\n  Chỉ tiêu thực hiện: Đạt trên 100%\n`).join('')}`);
const ESC = '\u001b]0;owned\u0007';
const CLEAR = '\u001b[2J';

async function run(command: { run: (args: string[], io: ReturnType<typeof collectingIo>['io']) => Promise<number> }, args: string[]) {
  const c = collectingIo();
  const code = await command.run(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('bounded lists in lint, compare and import', () => {
  it('lint prints the first 1,000 findings, then how many more, and the true totals', async () => {
    const r = await run(lintCommand, [MANY]);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(1000 + 2);
    expect(lines[1000]).toBe('(và 500 lỗi, cảnh báo khác)');
    expect(lines[1001]).toMatch(/^1\.500 lỗi|^1500 lỗi/);
  });

  it('compare prints the first 1,000 pairs, then how many more', async () => {
    const ids = file('ids.chitieu', `Năm: 2023\n${Array.from({ length: N }, (_, i) => `Chỉ tiêu ${i + 1}: T\n  Chỉ tiêu thực hiện: Đạt trên 90%\n  Mã: m${i}\n`).join('')}`);
    const r = await run(compareCommand, [ids, ids]);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('ids.chitieu:'))).toHaveLength(1000);
    expect(lines).toContain('(và 500 lỗi, cảnh báo khác)');
  });

  it('import prints the first 1,000 warnings, then how many more', async () => {
    const table = `STT\tDanh mục chỉ tiêu\tChỉ tiêu thực hiện\tĐơn vị chủ trì\n${Array.from({ length: N }, (_, i) => `*${i}\tX\tĐạt trên 91%\tCA\n`).join('')}`;
    const r = await run(importCommand, [file('bad.tsv', table), '--out', join(dir, 'bad.chitieu')]);
    const warnings = r.err.split('\n').filter((l) => l.includes(': cảnh báo:'));
    expect(warnings).toHaveLength(1000);
    expect(r.err).toContain('(và 500 cảnh báo khác)');
  });
});

describe('control characters from plan and data shown, not run', () => {
  const plan = file('esc.chitieu', `Năm: 2023\n1. Mục ${ESC}\nChỉ tiêu 1: Tuyên ${ESC}truyền\n  Chỉ tiêu thực hiện: Đạt trên 91% ${CLEAR}\n  Chủ trì: Công an \u001b[31mđỏ\n`);
  const data = file('esc.json', JSON.stringify({ observations: [{ metric: '1', period: '2023', value: 95, evidence: `x${CLEAR}` }, { metric: `x${ESC}`, period: '2023', value: 1 }] }));

  it('in the text report (cells, headings, warnings), with and without colour', async () => {
    for (const color of [[], ['--color']]) {
      const r = await run(checkCommand, [plan, '--data', data, '--as-of', '2023-12-31', ...color]);
      const withoutOurColour = r.out.replace(/\u001b\[[0-9;]*m/g, (m) => (color.length > 0 && m !== '\u001b[31m' ? '' : m));
      expect(withoutOurColour).not.toMatch(/\u001b/);
      expect(r.out).toContain('␛]0;owned␇');
      expect(r.out).toContain('Công an ␛[31mđỏ');
    }
  });

  it('in metrics', async () => {
    const r = await run(metricsCommand, [plan]);
    expect(r.out).not.toMatch(/\u001b/);
    expect(r.out).toContain('␛[2J');
  });
});
