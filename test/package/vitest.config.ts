/**
 * Tests of the packed package: run by scripts/pack-smoke.sh against the tarball it installed
 * (CHITIEU_PACKAGE_DIR, CHITIEU_TARBALL), not by `npm test`, which must pass on a fresh clone
 * before anything is built. The file suffix `.pack-test.ts` keeps them out of the main config.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/package/**/*.pack-test.ts'],
  },
});
