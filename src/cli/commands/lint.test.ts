import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectingIo } from './cli-io.fixture.js';
import { lintCommand } from './lint.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-lint-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const CLEAN = file('clean.chitieu', `Số: 1/KH
Năm: 2023

Chỉ tiêu 2.2: Giải quyết tố giác
  Chỉ tiêu thực hiện: Đạt trên 91%
Chỉ tiêu 3.1: Phát hiện
  Chỉ tiêu thực hiện: Kịp thời phát hiện triệt xóa các tụ điểm
`);
const BROKEN = file('broken.chitieu', `Số: 2/KH
Năm: 2023

Chỉ tiêu 2.3: Giảm tội phạm
  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022; nhiều hơn năm 2022
Chỉ tiêu 2.9: Tỷ lệ
  Chỉ tiêu thực hiện: Đạt trên 100%
Chỉ tiêu 1.3: Tuyên truyền
  Chỉ tiêu thực hiện: Mỗi đơn vị trường học tổ chức tuyên truyền 02 lần/năm
`);

describe('chitieu lint', () => {
  it('exits 0 when no finding is an error, and still lists notes', async () => {
    const { io, out } = collectingIo();
    expect(await lintCommand.run([CLEAN, '--lang', 'en'], io)).toBe(0);
    expect(out()).toContain(`${CLEAN}:7:23: note [not_checkable] target 3.1 (line 7) is qualitative`);
    expect(out()).toContain('0 errors, 0 warnings, 1 note');
  });

  it('exits 1 on a contradiction or an impossible target, naming file:line:col', async () => {
    const { io, out } = collectingIo();
    expect(await lintCommand.run([BROKEN], io)).toBe(1);
    expect(out()).toMatch(new RegExp(`${BROKEN}:5:\\d+: lỗi \\[contradiction\\]`));
    expect(out()).toMatch(new RegExp(`${BROKEN}:7:\\d+: lỗi \\[impossible\\]`));
    expect(out()).toContain('[unit_without_data]');
    expect(out()).toContain('2 lỗi, 1 cảnh báo, 0 ghi chú');
  });

  it('takes the list of units from --units', async () => {
    const units = file('units.json', JSON.stringify({ 'đơn vị trường học': ['THCS Cẩm Đông'] }));
    const { io, out } = collectingIo();
    await lintCommand.run([BROKEN, '--units', units], io);
    expect(out()).not.toContain('unit_without_data');
  });

  it('prints findings as JSON with their messages', async () => {
    const { io, out } = collectingIo();
    expect(await lintCommand.run([BROKEN, '--json', '--lang', 'en'], io)).toBe(1);
    const json = JSON.parse(out()) as { ok: boolean; findings: { code: string; severity: string; message: string; sites: { metric: string }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.findings.map((f) => `${f.severity}:${f.code}:${f.sites.map((s) => s.metric).join('+')}`)).toEqual([
      'error:contradiction:2.3+2.3.b',
      'error:impossible:2.9',
      'warning:unit_without_data:1.3',
    ]);
    expect(json.findings[1]?.message).toBe('target 2.9 (line 7): `> 100%` cannot be met: the value cannot exceed 100%.');
  });

  it('exits 2 on a plan that does not parse, with the parser’s errors', async () => {
    const bad = file('bad.chitieu', 'Chỉ tiêu 1: x\n  Chỉ tiêu thực hiện: Đạt từ 80% trở\n');
    const { io, err } = collectingIo();
    expect(await lintCommand.run([bad], io)).toBe(2);
    expect(err()).toContain('bad.chitieu:2:');
  });

  it('a --units file that is not JSON is a user error (exit 2, invalid_json), never "lỗi nội bộ" (issue 10)', async () => {
    const broken = file('broken-units.json', '{"đơn vị trường học": [');
    const text = collectingIo();
    expect(await lintCommand.run([BROKEN, '--units', broken], text.io)).toBe(2);
    expect(text.err()).toMatch(/^chitieu lint: .*broken-units\.json: JSON không hợp lệ \(invalid JSON\)/);
    expect(text.err()).not.toContain('nội bộ');
    const json = collectingIo();
    expect(await lintCommand.run([BROKEN, '--units', broken, '--json'], json.io)).toBe(2);
    expect(JSON.parse(json.out()).error).toMatchObject({ code: 'invalid_json', file: broken });
    const shape = collectingIo();
    expect(await lintCommand.run([BROKEN, '--units', file('list.json', '["a"]'), '--json'], shape.io)).toBe(2);
    expect(JSON.parse(shape.out()).error.code).toBe('invalid_input');
  });

  it('reads the plan from stdin with `-`', async () => {
    const { io, out } = collectingIo({ stdin: readFileSync(CLEAN, 'utf8') });
    expect(await lintCommand.run(['-', '--lang', 'en'], io)).toBe(0);
    expect(out()).toContain('<stdin>:7:23: note [not_checkable]');
  });

  it('with --json, a plan that does not parse is a JSON error with its diagnostics', async () => {
    const bad = file('bad-json.chitieu', 'Chỉ tiêu 1: x\n  Chỉ tiêu thực hiện: Đạt từ 80% trở\n');
    const { io, out, err } = collectingIo();
    expect(await lintCommand.run([bad, '--json'], io)).toBe(2);
    expect(err()).toBe('');
    const { error } = JSON.parse(out());
    expect(error).toMatchObject({ code: 'invalid_plan', file: bad });
    expect(error.diagnostics.find((d: { severity: string }) => d.severity === 'error').range.line).toBe(2);
  });
});
