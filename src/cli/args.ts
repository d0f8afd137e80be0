/**
 * A small argument reader shared by the commands: `--flag`, `--key value`, `--key=value`,
 * positionals. Unknown flags are reported, never ignored.
 */
export interface Args {
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * @example
 * readArgs(['x', '--json', '--data', 'a.json'], { booleans: ['json'], values: ['data'] })
 * // { positionals: ['x'], flags: Map { json → true, data → 'a.json' } }
 */
export function readArgs(argv: readonly string[], spec: { booleans?: readonly string[]; values?: readonly string[] }): Args {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.booleans?.includes(name)) flags.set(name, true);
    else if (spec.values?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} cần một giá trị (needs a value)`);
      flags.set(name, value);
    } else throw new UsageError(`không có tuỳ chọn --${name} (unknown option)`);
  }
  return { positionals, flags };
}

/** The value of a flag, or undefined. */
export function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
