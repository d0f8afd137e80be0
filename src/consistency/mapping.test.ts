import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { readMapping } from './mapping.js';

describe('readMapping messages', () => {
  const bad = { pairs: [{ lower: '2.3' }, { lower: '', higher: 'x', extra: 1 }] };
  const wanted = [
    { path: 'pairs.0.higher', message: 'Invalid input: expected string, received undefined' },
    { path: 'pairs.1.lower', message: 'Too small: expected string to have >=1 characters' },
    { path: 'pairs.1', message: 'Unrecognized key: "extra"' },
  ];

  // zod's message locale is one global setting, shared by every copy of zod in the process.
  const saved = { ...z.config() };
  afterEach(() => {
    z.config({ localeError: undefined, customError: undefined });
    z.config(saved);
  });

  it('are English whatever locale zod is set to (the CLI prints them)', () => {
    z.config({ localeError: undefined, customError: undefined });
    expect(readMapping(bad)).toEqual({ success: false, issues: wanted });
    z.config(z.locales.fr());
    expect(readMapping(bad)).toEqual({ success: false, issues: wanted });
  });

  it('say what was found at the root', () => {
    expect(readMapping(null)).toEqual({ success: false, issues: [{ path: '', message: 'Invalid input: expected object, received null' }] });
  });
});
