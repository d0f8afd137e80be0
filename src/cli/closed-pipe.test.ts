import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quietOnClosedPipe } from './closed-pipe.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

function errno(code: string): Error {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('a closed stdout', () => {
  it('EPIPE and writes after it are dropped; any other error still surfaces', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WritableStream;
    quietOnClosedPipe(stream);
    expect(() => stream.emit('error', errno('EPIPE'))).not.toThrow();
    expect(() => stream.emit('error', errno('ERR_STREAM_DESTROYED'))).not.toThrow();
    expect(() => stream.emit('error', errno('ENOSPC'))).toThrow('ENOSPC');
  });

  it('`chitieu check … | head -1` ends quietly with the check’s own status (issue 10: EPIPE trace, exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-pipe-'));
    const plan = join(dir, 'plan.chitieu');
    const data = join(dir, 'obs.json');
    writeFileSync(plan, 'Năm: 2023\nChỉ tiêu 2.2: Giải quyết tố giác\n  Chỉ tiêu thực hiện: Đạt trên 91%\n');
    writeFileSync(data, JSON.stringify({ observations: [{ metric: '2.2', period: '2023', numerator: 95, denominator: 100 }] }));
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'check', plan, '--data', data, '--as-of', '2023-12-31'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the report is written: every write meets a closed pipe.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
