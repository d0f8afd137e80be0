import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { collectingIo } from './commands/cli-io.fixture.js';
import { runCli } from './run.js';

async function cli(...argv: string[]) {
  const { io, out, err } = collectingIo();
  const code = await runCli(argv, io, { version: pkg.version });
  return { code, out: out(), err: err() };
}

const NAMES = ['check', 'eval', 'parse', 'lint', 'compare', 'metrics', 'import'];

describe('chitieu (the command line)', () => {
  it('lists every command with a one-line description; no command is a usage error', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const name of NAMES) expect(help.out).toMatch(new RegExp(`^  ${name} +\\S.* / .+$`, 'm'));
    expect(await cli('-h')).toEqual(help);
    const none = await cli();
    expect([none.code, none.out, none.err]).toEqual([2, '', help.out]);
  });

  it('--version prints the package version', async () => {
    expect(await cli('--version')).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it.each(NAMES)('`help %s` prints what `%s --help` and `%s -h` print', async (name) => {
    const viaHelp = await cli('help', name);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.out).toMatch(new RegExp(`^chitieu ${name} `));
    expect(viaHelp.out).toContain('-h, --help');
    expect(await cli(name, '--help')).toEqual(viaHelp);
    expect(await cli(name, '-h')).toEqual(viaHelp);
  });

  it('an unknown command or help topic is a usage error with the list', async () => {
    for (const argv of [['chek'], ['help', 'chek']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('không có lệnh `chek` (unknown command)');
      expect(r.err).toContain('  check ');
    }
    expect((await cli('toString')).code).toBe(2); // not a property of the registry
  });
});
