/**
 * The CLI bundle's direct imports (scripts/direct-imports.ts): every value the CLI imports
 * from src/index.ts is traced to a file that really exports it, so the bundle means the same
 * as the source, only split finer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rewriteIndexImports } from '../../scripts/direct-imports.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const INDEX = join(SRC, 'index.ts');

function cliFiles(dir = join(SRC, 'cli')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cliFiles(join(dir, e.name)) : /(?<!\.test)\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('direct imports in the CLI bundle', () => {
  it('rewrites an index import into imports from the declaring files', () => {
    const out = rewriteIndexImports("import { parseTarget, type Lang, DataError } from '../index.js';", join(SRC, 'cli', 'x.ts'), INDEX);
    expect(out).toBe(`import { parseTarget } from ${JSON.stringify(join(SRC, 'api/parse.ts'))};\nimport { DataError } from ${JSON.stringify(join(SRC, 'data/data-error.ts'))};`);
  });

  it('traces every value the CLI imports to a module that exports it', async () => {
    const traced: string[] = [];
    for (const file of cliFiles()) {
      for (const m of rewriteIndexImports(readFileSync(file, 'utf8'), file, INDEX).matchAll(/import \{ ([^}]*) \} from ("[^"]+");/g)) {
        const module = (await import(JSON.parse(m[2]!) as string)) as Record<string, unknown>;
        for (const spec of m[1]!.split(', ')) {
          const local = spec.split(' as ')[0]!;
          expect(module[local], `${local} from ${m[2]}`).toBeDefined();
          traced.push(local);
        }
      }
    }
    expect(traced).toEqual(expect.arrayContaining(['evaluatePlan', 'renderReport', 'safeParsePlan', 'todayInVietnam', 'lintPlan']));
  });
});
