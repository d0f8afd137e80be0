import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // The default output, then the suites skipped for want of a system package, by name.
    reporters: ['default', './test/helpers/skip-reporter.ts'],
  },
});
