import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('usage errors exit 2 with a message, not crashes', async () => {
    expect(await run()).toMatchObject({ code: 2, out: '', err: expect.stringContaining('exactly one statement') });
    expect(await run('a', '--bogus')).toMatchObject({ code: 2, err: expect.stringContaining('--bogus (unknown option)') });
  });

  it('-h is help, not a statement (issue 10: `parse -h` printed `h`)', async () => {
    const r = await run('-h');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^chitieu parse "<chỉ tiêu>"/);
    expect(r.out).toContain('-h, --help');
  });

  it('a statement that starts with `-` goes after `--`; without it the error says so', async () => {
    expect((await run('-5%')).err).toContain('put a statement that starts with `-` after `--`');
    expect((await run('--', '-5%')).err).not.toContain('unknown option'); // read as a statement
  });

  it('--json makes a parse error JSON on stdout, with a stable code and the diagnostics', async () => {
    const r = await run('Đạt từ 80% tro le', '--json');
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.out) as { error: { code: string; message: string; diagnostics: { code: string; message: string }[] } };
    expect(error.code).toBe('invalid_statement');
    expect(error.diagnostics[0]).toMatchObject({ code: 'missing_closer', message: expect.stringContaining('trở lên') });
  });

  it('--extract - reads the prose from stdin', async () => {
    const { io, out } = collectingIo({ stdin: 'Tỷ lệ khám phá đạt trên 75%.\n' });
    expect(await parseCommand.run(['--extract', '-'], io)).toBe(0);
    expect(out()).toBe('<stdin>:1:1\trate\tTỷ lệ khám phá > 75%\n');
  });

  it('--lang is vi or en: anything else is a usage error naming both', async () => {
    const r = await run('Đạt trên 91%', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang: cần vi hoặc en (expected vi or en), không phải `fr`');
  });
});
