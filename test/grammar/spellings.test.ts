/**
 * The Vietnamese spellings used by the reference, the diagrams and the editor grammar
 * (scripts/grammar/spellings.ts) against the lexer: they cannot name a token that does not
 * exist, miss one that does, or spell one the lexer reads differently.
 */
import { describe, expect, it } from 'vitest';
import { allTokens, tokenize } from '../../src/tokens/index.js';
import { foldText } from '../../src/text/index.js';
import { TOKEN_SPELLINGS, tokenLabel } from '../../scripts/grammar/spellings.js';
import { isKeywordToken, literalAlternatives } from '../../scripts/grammar/token-pattern.js';

const lexed = allTokens.filter((t) => TOKEN_SPELLINGS[t.name]?.role !== 'category');

describe('TOKEN_SPELLINGS', () => {
  it('has an entry for every token of the lexer and for nothing else', () => {
    const names = allTokens.map((t) => t.name);
    const advice = 'a token was added or removed in src/tokens/tokens.ts: update scripts/grammar/spellings.ts, then npm run grammar';
    expect(names.filter((n) => !TOKEN_SPELLINGS[n]), advice).toEqual([]);
    expect(Object.keys(TOKEN_SPELLINGS).filter((n) => !names.includes(n)), advice).toEqual([]);
  });

  it('marks as categories exactly the tokens other tokens belong to', () => {
    const categories = new Set(allTokens.flatMap((t) => t.CATEGORIES ?? []).map((t) => t.name));
    const marked = Object.entries(TOKEN_SPELLINGS).filter(([, s]) => s.role === 'category').map(([n]) => n);
    expect(marked.sort()).toEqual([...categories].sort());
  });

  for (const token of lexed) {
    const { spellings, role } = TOKEN_SPELLINGS[token.name] ?? { spellings: [], role: undefined };
    it(`${token.name}: every spelling lexes to ${token.name} alone`, () => {
      expect(spellings.length, `no spellings for ${token.name} in scripts/grammar/spellings.ts`).toBeGreaterThan(0);
      for (const spelling of spellings) {
        const tokens = tokenize(foldText(spelling).text);
        if (role === 'skipped') expect(tokens).toEqual([]);
        else expect(tokens.map((t) => t.tokenType.name), spelling).toEqual([token.name]);
      }
    });
  }

  const literal = allTokens.filter((t) => literalAlternatives(t) && TOKEN_SPELLINGS[t.name]?.role !== 'skipped');
  it('covers every alternative of a literal token (a keyword spelled only partly would hide a word)', () => {
    expect(literal.length).toBeGreaterThan(40);
    for (const token of literal) {
      const folded = new Set(TOKEN_SPELLINGS[token.name]!.spellings.map((s) => foldText(s).text));
      expect([...folded].sort(), token.name).toEqual([...new Set(literalAlternatives(token))].sort());
    }
  });

  it('labels a diagram box by its spellings unless the token is a pattern', () => {
    expect(tokenLabel('Giam')).toBe('kéo giảm | giảm');
    expect(tokenLabel('NumberLit')).toBe('number');
    expect(tokenLabel('NoSuchToken')).toBe('NoSuchToken');
  });
});

describe('token patterns read back', () => {
  const byName = (name: string) => allTokens.find((t) => t.name === name)!;

  it('reads keyword and punctuation patterns as their literal alternatives', () => {
    expect(literalAlternatives(byName('Giam'))).toEqual(['keo giam', 'giam']);
    expect(literalAlternatives(byName('KhongVuotQua'))).toEqual(['khong vuot qua', 'khong qua']);
    expect(literalAlternatives(byName('Dot'))).toEqual(['./.', '.']);
    expect(literalAlternatives(byName('Gte'))).toEqual(['≥', '>=']);
  });

  it('does not read real patterns as literals', () => {
    for (const name of ['Quarter', 'NumberLit', 'DateLit', 'Per', 'HangKy', 'WhiteSpace', 'Word', 'Bullet', 'Any', 'Comparator']) {
      expect(literalAlternatives(byName(name)), name).toBeUndefined();
    }
  });

  it('tells keywords (letters up to a word boundary) from punctuation and figures', () => {
    const keywords = allTokens.filter(isKeywordToken).map((t) => t.name);
    expect(keywords).toContain('Giam');
    expect(keywords).toContain('Quarter');
    expect(keywords).toContain('Per');
    for (const name of ['Semicolon', 'NumberLit', 'Gte', 'Word', 'Other', 'Any']) expect(keywords).not.toContain(name);
  });
});
