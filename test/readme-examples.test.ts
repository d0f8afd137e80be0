/**
 * The examples of README.md "Reading real plans", executed: each line
 * `formatTarget(parseTarget('…')); // '…'` must print what its comment says, so the README
 * cannot drift from the language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Reading real plans'), readme.indexOf('\n## ', readme.indexOf('## Reading real plans') + 5));
// A call, then (after an optional line break and `//`) its expected canonical text.
const EXAMPLE = /formatTarget\(parseTarget\('([^']+)'\)\);\s*(?:\n\s*)?\/\/ '([^']+)'/g;
const examples = [...section.matchAll(EXAMPLE)].map((m) => [m[1]!, m[2]!] as const);

describe('README "Reading real plans" examples', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });
  it.each(examples)('%s', (written, canonical) => {
    expect(formatTarget(parseTarget(written))).toBe(canonical);
  });
});
