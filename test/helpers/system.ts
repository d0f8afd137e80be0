/**
 * Tests that need a program from Debian's packages (a database server, a browser, an office
 * suite). On a machine without it, `npm test` skips them and says which and why (the skip
 * reporter lists them at the end); `.ci/run` installs the packages and sets
 * `CHITIEU_REQUIRE_SYSTEM=1`, under which a missing program fails the test instead, so CI can
 * never pass by skipping.
 */
import { execFileSync } from 'node:child_process';
import { describe, it } from 'vitest';

/** The programs a test may need, with the Debian package that brings each. */
export const SYSTEM_TOOLS = {
  chromium: { commands: ['chromium', 'chromium-browser'], apt: 'chromium' },
  postgres: { commands: ['/usr/lib/postgresql/15/bin/postgres', 'postgres'], apt: 'postgresql' },
  clickhouse: { commands: ['clickhouse-server', 'clickhouse'], apt: 'clickhouse-server' },
  libreoffice: { commands: ['soffice', 'libreoffice'], apt: 'libreoffice-writer' },
} as const;

/** One of {@link SYSTEM_TOOLS}. */
export type SystemTool = keyof typeof SYSTEM_TOOLS;

/** Where the tool's program is, or why it is not there. */
export type SystemProbe = { available: true; path: string } | { available: false; reason: string };

const probes = new Map<SystemTool, SystemProbe>();

/** Finds the tool's program on this machine (once per process). */
export function probeSystemTool(tool: SystemTool): SystemProbe {
  const known = probes.get(tool);
  if (known) return known;
  const found = SYSTEM_TOOLS[tool].commands.map(which).find((path) => path !== undefined);
  const probe: SystemProbe = found
    ? { available: true, path: found }
    : { available: false, reason: `${tool} is not installed (apt-get install ${SYSTEM_TOOLS[tool].apt})` };
  probes.set(tool, probe);
  return probe;
}

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v "${command}"`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** True when CI asked that no test be skipped for want of a system package. */
export const systemRequired = process.env.CHITIEU_REQUIRE_SYSTEM === '1';

/**
 * `describe` for a suite that needs `tools`: runs it when they are installed; otherwise skips it
 * with the reason in its name (`[needs postgres: …]`), or, under `CHITIEU_REQUIRE_SYSTEM=1`,
 * registers a failing test in its place.
 */
export function describeWithSystem(tools: readonly SystemTool[], name: string, body: () => void): void {
  const missing = tools.map(probeSystemTool).filter((p): p is Extract<SystemProbe, { available: false }> => !p.available);
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const reason = missing.map((m) => m.reason).join('; ');
  if (systemRequired) {
    describe(name, () => {
      it(`needs ${tools.join(', ')}`, () => {
        throw new Error(`CHITIEU_REQUIRE_SYSTEM=1 but ${reason}`);
      });
    });
    return;
  }
  describe.skip(`${name} ${SKIP_MARK}${reason}]`, body);
}

/** The mark the skip reporter looks for in a skipped suite's name. */
export const SKIP_MARK = '[skipped: ';

/** The path of a probed tool's program, for a suite that {@link describeWithSystem} let run. */
export function systemToolPath(tool: SystemTool): string {
  const probe = probeSystemTool(tool);
  if (!probe.available) throw new Error(probe.reason);
  return probe.path;
}
