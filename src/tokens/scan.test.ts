/**
 * The runtime scanner against chevrotain's lexer: token for token the same type (the same
 * object), image, offset and `tokenTypeIdx`, on every corpus input, on the seed plans, and on
 * generated text that glues keyword spellings, figures, punctuation, white space and random
 * UTF-16 units together (so words touch, keywords are cut short and surrogates come alone).
 */
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { describe, expect, it, vi } from 'vitest';
import { foldText } from '../text/fold.js';
import { inputOf, loadCorpus, readSeed } from '../../test/helpers/corpus.js';
import { referenceTokenize } from './reference.js';
import { tokenize } from './scan.js';
import * as T from './tokens.js';

// Lexed before chevrotain has seen the token types: the numbers must already be chevrotain's.
const EARLY_TEXT = 'giam 07% so voi nam 2022; - hang quy >= 5 lan/nam, quy ii/2023 😀 khong de xay ra.';
const early = tokenize(EARLY_TEXT);

type Plain = readonly [name: string, image: string, startOffset: number, tokenTypeIdx: number];
const plain = (tokens: readonly IToken[]): Plain[] =>
  tokens.map((t) => [t.tokenType.name, t.image, t.startOffset, t.tokenTypeIdx] as const);

/** The first place where the two token lists differ, or undefined when they are the same. */
function difference(actual: readonly IToken[], expected: readonly IToken[]): string | undefined {
  if (actual.length !== expected.length) return `${actual.length} tokens instead of ${expected.length}`;
  for (let k = 0; k < actual.length; k++) {
    const a = actual[k]!;
    const e = expected[k]!;
    const keys = Object.keys(a).join();
    if (
      a.tokenType !== e.tokenType ||
      a.image !== e.image ||
      a.startOffset !== e.startOffset ||
      a.tokenTypeIdx !== e.tokenTypeIdx ||
      keys !== Object.keys(e).join()
    ) {
      return `token ${k}: ${JSON.stringify(plain([a]))} (${keys}) instead of ${JSON.stringify(plain([e]))} (${Object.keys(e).join()})`;
    }
  }
  return undefined;
}

function expectSame(text: string): void {
  const actual = tokenize(text);
  const expected = referenceTokenize(text);
  const diff = difference(actual, expected);
  if (diff !== undefined) expect(plain(actual), `${JSON.stringify(text)}: ${diff}`).toEqual(plain(expected));
}

describe('tokenize is chevrotain’s lexer', () => {
  it('gives the token types chevrotain’s numbers before chevrotain has seen them', () => {
    expect(early.length).toBeGreaterThan(15);
    const reference = referenceTokenize(EARLY_TEXT);
    expect(difference(early, reference)).toBeUndefined();
    // chevrotain has now numbered the types itself (own properties), with the same numbers.
    expect(Object.hasOwn(T.Giam, 'tokenTypeIdx')).toBe(true);
    expect(early.find((t) => t.tokenType === T.Giam)?.tokenTypeIdx).toBe(T.Giam.tokenTypeIdx);
  });

  it('follows chevrotain’s numbers when they differ from ours (another grammar numbered first)', async () => {
    // Fresh token types; chevrotain (not reloaded) has numbered ours already, so it will give
    // these higher numbers than ./tokens.ts does.
    vi.resetModules();
    const fresh = await import('./scan.js');
    const freshReference = await import('./reference.js');
    const freshT = await import('./tokens.js');
    expect(freshT.Giam).not.toBe(T.Giam);
    const before = fresh.tokenize(EARLY_TEXT);
    expect(before.find((t) => t.tokenType === freshT.Giam)?.tokenTypeIdx).toBe(T.Giam.tokenTypeIdx);
    const reference = freshReference.referenceTokenize(EARLY_TEXT);
    expect(freshT.Giam.tokenTypeIdx).not.toBe(T.Giam.tokenTypeIdx);
    expect(difference(fresh.tokenize(EARLY_TEXT), reference)).toBeUndefined();
  });

  it('on a few hand-picked texts', () => {
    expect(plain(tokenize('giam 07% so voi nam 2022'))).toEqual([
      ['Giam', 'giam', 0, T.Giam.tokenTypeIdx],
      ['NumberLit', '07', 5, T.NumberLit.tokenTypeIdx],
      ['Percent', '%', 7, T.Percent.tokenTypeIdx],
      ['SoVoi', 'so voi', 9, T.SoVoi.tokenTypeIdx],
      ['Nam', 'nam', 16, T.Nam.tokenTypeIdx],
      ['NumberLit', '2022', 20, T.NumberLit.tokenTypeIdx],
    ]);
    for (const text of [
      '', ' \t\r\n ', 'keo  giam\n7,5%', 'khong vuot qua 10%', 'khong qua', 'khong de ton tai', 'khongde',
      'quy iv/2023', 'quy vi', 'quy 12 / 2023', 'thang 4', 'thang4', '6 thang dau nam 2023', '6 thang cuoi nam',
      '16 thang dau nam', 'ngay 05 thang 4 nam 2023', '05 thang 4 nam 2023', '05\u00a0thang 4 nam 2023',
      '15/03/2023', '15/03/20234', '1/2/2023', '123/4/2023', '2 lan/nam', '2 lan / \u2028quy', '1.234.567,5',
      '1..2', '1,', '>=', '> =', '<=5', '≥≤≈~=', './.', '. / .', '- a', '-a', 'b -a', 'x. - y', 'x - y', '\n-a',
      '5-10%', 'a\u000bb', 'ABC', '😀', '\ud83d', '\ude00x', '中文 nam', 'hon', 'honx', 'nhieu hon', 'it hon', 'it nhat',
    ]) {
      expectSame(text);
    }
  });

  const cases = loadCorpus();
  it(`on all ${cases.length} corpus inputs, folded`, () => {
    for (const c of cases) expectSame(foldText(inputOf(c)).text);
  });

  it('on the seed plans, whole and line by line, folded', () => {
    const seeds = [...new Set(cases.flatMap((c) => (c.seed ? [c.seed] : [])))];
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) {
      const text = foldText(readSeed(seed)).text;
      expectSame(text);
      for (const line of text.split('\n')) expectSame(line);
    }
  });

  /** Every literal spelling and a sample of each timing pattern, so generated text is full of keywords. */
  const keywordSamples = [
    ...[...T.KEYWORD_SPELLINGS.values()].flat().filter((s) => /^[a-z0-9 ]+$/.test(s)),
    'quy i', 'quy iii', 'quy iv/2023', 'quy 2 / 2024', 'thang 12', 'thang 3/2023', '6 thang dau nam', '6 thang cuoi nam 2023',
    'ca nam', 'ca nam 2023', 'hang quy', 'tung thang', 'ngay 05 thang 4', 'ngay 5 thang 12 nam 2023',
  ];
  /** White space as `[ \t\r\n]` (keywords) and as `\s` (DateLit, Per) read it. */
  const blanks = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '');
  const pieces = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keywordSamples) },
    { weight: 3, arbitrary: fc.constantFrom(...keywordSamples).map((s) => s.slice(0, -1)) },
    { weight: 2, arbitrary: fc.constantFrom(...[...T.PUNCTUATION_SPELLINGS.values()].flat(), '%/.', ',', ';', ':', '–', '-') },
    { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '  ', '\n', '\t', '\r\n', ' \n ', '\u00a0', '\u000b', '\u2028', '\u3000', '\ufeff') },
    { weight: 3, arbitrary: fc.stringMatching(/^[0-9]{1,5}$/) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,6}$/) },
    { weight: 1, arbitrary: fc.constantFrom('15/03/2023', '05 thang 4 nam 2023', '1.234,5', 'lan/nam', '/ thang', '\n- ', '. - ', '-a') },
    { weight: 1, arbitrary: fc.tuple(fc.stringMatching(/^[0-9]{1,3}$/), blanks, blanks, fc.stringMatching(/^[0-9]{1,2}$/), blanks, fc.stringMatching(/^[0-9]{3,5}$/)).map(([d, a, b, m, c, y]) => `${d}${a}thang${b}${m}${c}nam ${y}`) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    { weight: 1, arbitrary: fc.constantFrom('😀', '中', 'Ă', 'A', 'đ', '≥', '\u0000') },
  );

  it('on generated text (keywords, figures, punctuation, white space, any UTF-16 unit)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(difference(tokenize(text), referenceTokenize(text)), JSON.stringify(text)).toBeUndefined();
      }),
      { numRuns: 4000 },
    );
  });

  it('on generated text of single characters from the interesting ones', () => {
    const chars = fc.constantFrom(...'abghmnoqtuvy0125679 \n\t./,%-:;()<>=≥≤≈~😀\u00a0\u000b'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        expect(difference(tokenize(text), referenceTokenize(text)), JSON.stringify(text)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
