import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithSystem, probeSystemTool, SYSTEM_TOOLS, systemToolPath, type SystemTool } from './system.js';

it('every probe answers with a path that exists or a reason naming the Debian package', () => {
  for (const tool of Object.keys(SYSTEM_TOOLS) as SystemTool[]) {
    const probe = probeSystemTool(tool);
    if (probe.available) expect(existsSync(probe.path)).toBe(true);
    else expect(probe.reason).toContain(`apt-get install ${SYSTEM_TOOLS[tool].apt}`);
  }
});

describeWithSystem(['chromium'], 'a suite that needs chromium', () => {
  it('runs only where chromium is installed', () => {
    expect(existsSync(systemToolPath('chromium'))).toBe(true);
  });
});
