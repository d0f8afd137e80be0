import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../args.js';
import { collectingIo } from './cli-io.fixture.js';
import { parseCommand } from './parse.js';

async function run(...args: string[]) {
  const { io, out, err } = collectingIo();
  const code = await parseCommand.run(args, io);
  return { code, out: out(), err: err() };
}

describe('chitieu parse', () => {
  it('prints the canonical form, implied choices made visible', async () => {
    expect(await run('Truy tìm và đưa 50% đối tượng bỏ trốn')).toEqual({ code: 0, out: 'Truy tìm và đưa ≥ 50% đối tượng bỏ trốn\n', err: '' });
  });

  it('--json prints the AST', async () => {
    const { code, out } = await run('Giảm 07% so với năm 2022', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).clauses[0]).toMatchObject({ kind: 'change', bound: { op: 'gte', value: '7' }, baseline: { year: 2022 } });
  });

  it('an error: position, code, message, the line with a caret, exit 2', async () => {
    const { code, out, err } = await run('Đạt từ 80% tro le');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('<chỉ tiêu>:1:12: lỗi [missing_closer]');
    expect(err).toContain('Có phải ý là `trở lên`?');
    expect(err).toContain('Đạt từ 80% tro le\n           ^^^^^^');
  });

  it('--lang en gives the message in English', async () => {
    expect((await run('Giảm 7% so với', '--lang', 'en')).err).toContain('error [missing_baseline] Missing baseline');
  });

  it('a warning is printed and the parse still succeeds', async () => {
    const { code, err } = await run('Chuyên hóa thành công 60% địa bàn');
    expect(code).toBe(0);
    expect(err).toContain('[typo_corrected]');
  });

  it('--extract lists each target of the prose with line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-parse-'));
    const file = join(dir, 'prose.txt');
    writeFileSync(file, 'Mở đầu.\nKéo giảm ít nhất 5% số vụ so với năm 2022; tỷ lệ khám phá đạt trên 75%.\n');
    const { code, out } = await run('--extract', file);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      `${file}:2:1\tchange\tgiảm ≥ 5% số vụ so với năm 2022`,
      `${file}:2:44\trate\ttỷ lệ khám phá > 75%`,
    ]);
  });

  it('usage errors are UsageError (exit 2 in main), not crashes', async () => {
    await expect(run()).rejects.toBeInstanceOf(UsageError);
    await expect(run('a', '--bogus')).rejects.toBeInstanceOf(UsageError);
  });
});
