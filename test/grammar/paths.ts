/** Reading the committed grammar files from a test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/gen-grammar.js';

/**
 * A file of the repository as committed in the working tree.
 *
 * @example
 * readRepoFile('grammar/README.md').startsWith('# The chỉ tiêu language') // true
 */
export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
