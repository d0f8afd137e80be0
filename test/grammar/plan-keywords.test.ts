/**
 * The plan-file keywords the editor grammar highlights (scripts/grammar/plan-keywords.ts)
 * against the plan parser (src/plan/keywords.ts): every name is one the parser accepts, as the
 * kind of field the grammar treats it as, and every canonical name is there.
 */
import { describe, expect, it } from 'vitest';
import { ENTRY_FIELD_NAMES, ENTRY_KEYWORDS, HEADER_FIELD_NAMES, entryField, headerField } from '../../src/plan/keywords.js';
import { ENTRY_WORDS, HEADER_NAMES, STATEMENT_FIELDS, TEXT_FIELDS } from '../../scripts/grammar/plan-keywords.js';

describe('plan keywords of the editor grammar', () => {
  it('are header fields the plan parser accepts', () => {
    expect(HEADER_NAMES.filter((n) => headerField(n) === undefined)).toEqual([]);
  });

  it('highlight inside exactly the statement and timing fields', () => {
    for (const [name] of STATEMENT_FIELDS) expect(['statement', 'timing'], name).toContain(entryField(name));
    for (const [name] of TEXT_FIELDS) {
      const field = entryField(name);
      expect(field, name).toBeDefined();
      expect(['statement', 'timing'], name).not.toContain(field);
    }
  });

  it('take more words before the colon exactly when the parser does', () => {
    for (const [name, how] of [...STATEMENT_FIELDS, ...TEXT_FIELDS]) {
      expect(entryField(`${name} trong năm 2023`) !== undefined, name).toBe(how === 'prefix');
    }
  });

  it('include every canonical field name and entry keyword', () => {
    const fields = [...STATEMENT_FIELDS, ...TEXT_FIELDS].map(([n]) => n);
    expect(Object.values(ENTRY_FIELD_NAMES).filter((n) => !fields.includes(n))).toEqual([]);
    expect(Object.values(HEADER_FIELD_NAMES).filter((n) => !HEADER_NAMES.includes(n))).toEqual([]);
    expect(Object.values(ENTRY_KEYWORDS).filter((n) => !ENTRY_WORDS.includes(n))).toEqual([]);
  });
});
