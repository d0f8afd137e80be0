/**
 * The reference cannot silently miss a keyword: every spelling of every keyword token of
 * src/tokens/tokens.ts appears in the hand-written part of grammar/README.md (the generated
 * grammar block lists them all, so it does not count).
 */
import { describe, expect, it } from 'vitest';
import { allTokens } from '../../src/tokens/index.js';
import { handWritten } from '../../scripts/grammar/readme-block.js';
import { TOKEN_SPELLINGS } from '../../scripts/grammar/spellings.js';
import { isKeywordToken } from '../../scripts/grammar/token-pattern.js';
import { readRepoFile } from './paths.js';

const prose = handWritten(readRepoFile('grammar/README.md')).normalize('NFC').toLowerCase();
const keywords = allTokens.filter(isKeywordToken);

describe('grammar/README.md names every keyword', () => {
  it('finds the keyword tokens of the lexer', () => {
    expect(keywords.length).toBeGreaterThan(40);
  });

  for (const token of keywords) {
    it(`${token.name}: ${TOKEN_SPELLINGS[token.name]?.spellings.join(', ')}`, () => {
      const spellings = TOKEN_SPELLINGS[token.name]?.spellings ?? [];
      expect(spellings.length, `no spellings for ${token.name} in scripts/grammar/spellings.ts`).toBeGreaterThan(0);
      const missing = spellings.filter((s) => !prose.includes(s.normalize('NFC').toLowerCase()));
      expect(missing, 'document these spellings in grammar/README.md (outside the generated block)').toEqual([]);
    });
  }

  it('does not count the generated block', () => {
    const readme = readRepoFile('grammar/README.md');
    expect(readme).toContain('<!-- generated:ebnf -->');
    expect(handWritten(readme)).not.toContain('Giam           ::=');
    expect(readme).toContain('Giam           ::=');
  });
});
