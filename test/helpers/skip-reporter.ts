/**
 * A vitest reporter that names, at the end of the run, every suite skipped for want of a system
 * package (see `system.ts`), with why, so `npm test` on a bare machine says what it did not test.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { SKIP_MARK } from './system.js';

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const skipped = new Set<string>();
    for (const module of modules) {
      for (const suite of module.children.allSuites()) {
        if (suite.name.includes(SKIP_MARK)) skipped.add(`${module.moduleId.replace(process.cwd() + '/', '')} › ${suite.name}`);
      }
    }
    if (skipped.size === 0) return;
    const lines = [...skipped].map((s) => `  - ${s}`);
    process.stdout.write(`\nSkipped for want of system packages (.ci/run installs them):\n${lines.join('\n')}\n`);
  }
}
