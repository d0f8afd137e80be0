/**
 * The runtime parser (fast.ts) against the grammar of record (parser.ts, chevrotain): on every
 * corpus input, on named inputs that reach each rule and each error the grammar can stop at,
 * on generated text (keyword spellings, numbers, dates, punctuation) and on generated token
 * arrays (any token type with any image, which also reaches what the lexer never produces).
 * Both parsers must build the same CST (same node fields, same child keys in the same order,
 * the same token objects) and stop at the same error (same kind, message and token).
 */
import type { CstElement, CstNode, IToken, TokenType } from 'chevrotain';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOKEN_SPELLINGS } from '../../scripts/grammar/spellings.js';
import { inputOf, loadCorpus } from '../../test/helpers/corpus.js';
import { foldText } from '../text/fold.js';
import { allTokens, T, tokenize } from '../tokens/index.js';
import { EOF_TOKEN, LEAN_SEGMENT, parseStatement } from './fast.js';
import { referenceParse, targetParser } from './parser.js';

/** A CST as comparable data: node fields, child keys in order, tokens as their input index. */
type Shape = number | string | { readonly fields: string[]; readonly name: string; readonly children: [string, Shape[]][] };

function shape(el: CstElement, index: ReadonlyMap<IToken, number>): Shape {
  if (!('children' in el)) {
    if (el === EOF_TOKEN || el.tokenType.name === 'EOF') return 'EOF';
    const i = index.get(el);
    if (i === undefined) throw new Error(`token ${el.image} is not from the input`);
    return i;
  }
  const node = el as CstNode;
  return {
    fields: Object.keys(node),
    name: node.name,
    children: Object.keys(node.children).map((k) => [k, node.children[k]!.map((c) => shape(c, index))]),
  };
}

/** Where a token is: its index in the input, or `EOF`. */
function where(token: IToken | undefined, index: ReadonlyMap<IToken, number>): number | string | undefined {
  if (token === undefined) return undefined;
  return token.tokenType.name === 'EOF' ? `EOF:${token.image}:${token.startOffset}` : (index.get(token) ?? -1);
}

interface Outcome {
  readonly cst: Shape | undefined;
  readonly errors: { name: string; message: string; token: number | string | undefined; previous: number | string | undefined }[];
}

/** Run both parsers on the same tokens; chevrotain's `input` is a copy (it pads and unpads its array). */
function both(tokens: IToken[]): { fast: Outcome; ref: Outcome } {
  const index = new Map(tokens.map((t, i) => [t, i]));
  const ref = referenceParse([...tokens]);
  const fast = parseStatement(tokens);
  return {
    ref: {
      cst: ref.cst === undefined ? undefined : shape(ref.cst, index),
      errors: ref.errors.map((e) => ({ name: e.name, message: e.message, token: where(e.token, index), previous: where((e as { previousToken?: IToken }).previousToken, index) })),
    },
    fast: {
      // chevrotain gives no tree when a rule fails; ours is partial and documented as unusable.
      // Redundant input is reported after a complete tree, by both.
      cst: fast.errors.some((e) => e.name !== 'NotAllInputParsedException') ? undefined : shape(fast.cst, index),
      errors: fast.errors.map((e) => ({ name: e.name, message: e.message, token: where(e.token, index), previous: where(e.previousToken, index) })),
    },
  };
}

/** What the runs reached, for the coverage checks. */
const reached = { rules: new Set<string>(), keys: new Set<string>(), errors: new Set<string>() };

function record(o: Outcome): void {
  const walk = (s: Shape): void => {
    if (typeof s !== 'object') return;
    reached.rules.add(s.name);
    for (const [k, kids] of s.children) {
      reached.keys.add(`${s.name}.${k}`);
      kids.forEach(walk);
    }
  };
  if (o.cst) walk(o.cst);
  for (const e of o.errors) reached.errors.add(`${e.name}${errorSite(e.message)} at ${typeof e.token === 'string' ? 'EOF' : 'a token'}`);
}

/** Which CONSUME or OR failed: the expected token type, or the rule whose first alternative starts so. */
function errorSite(message: string): string {
  const expected = /--> (\w+) <--/.exec(message)?.[1];
  if (expected) return ` ${expected}`;
  const firstAlt = /1\. \[(\w+)\]/.exec(message)?.[1];
  if (firstAlt) return ` ${({ Quarter: 'scheduleItem', NumberLit: 'periodWord' } as Record<string, string>)[firstAlt] ?? firstAlt}`;
  return '';
}

function agree(tokens: IToken[]): void {
  const { fast, ref } = both(tokens);
  expect(fast).toStrictEqual(ref);
  record(fast);
  // What the error says was expected is what chevrotain's message names.
  for (const e of parseStatement(tokens).errors) for (const name of e.expected) expect(e.message).toContain(name);
}

const tokensOf = (text: string): IToken[] => tokenize(foldText(text).text);

describe('parseStatement builds the reference CST', () => {
  it('on every corpus input', () => {
    const cases = loadCorpus();
    expect(cases.length).toBeGreaterThan(200);
    for (const c of cases) agree(tokensOf(inputOf(c)));
  });

  it('builds nodes of exactly `name` and `children`, keyed by the grammar names', () => {
    const { cst, errors } = parseStatement(tokensOf('Tỷ lệ trên 91%; quý I và tháng 6 so với năm 2022'));
    expect(errors).toEqual([]);
    expect(Object.keys(cst)).toEqual(['name', 'children']);
    const segments = cst.children.segment as CstNode[];
    expect(segments.map((s) => Object.keys(s.children)[0])).toEqual(['word', 'word', 'core', 'separator', 'schedule', 'baseline']);
    const figure = ((segments[2]!.children.core![0] as CstNode).children.figure![0] as CstNode).children;
    // A category consumed by name: `trên` is a Tren token under the key `Comparator`.
    expect(Object.keys(figure)).toEqual(['Comparator', 'NumberLit', 'Percent']);
    expect((figure.Comparator![0] as IToken).tokenType).toBe(T.Tren);
  });

  it('says where each segment ends (the running count of its tokens) and which alternative it is', () => {
    const count = (el: CstElement): number =>
      'image' in el ? 1 : Object.values(el.children).reduce((n, list) => n + list.reduce((m, e) => m + count(e), 0), 0);
    for (const c of loadCorpus()) {
      const tokens = tokensOf(inputOf(c));
      const { cst, errors, segmentEnds, segmentKinds } = parseStatement(tokens);
      if (errors.length) continue;
      let at = 0;
      const segments = (cst.children.segment ?? []) as CstNode[];
      expect(segmentEnds).toEqual(segments.map((s) => (at += count(s))));
      expect(segmentKinds).toEqual(segments.map((s) => Object.keys(s.children)[0]));
      expect(segmentEnds.at(-1) ?? 0).toBe(tokens.length);
    }
  });

  it('in a lean parse, shares one node for one-token segments and builds every other segment in full', () => {
    for (const c of loadCorpus()) {
      const tokens = tokensOf(inputOf(c));
      const full = parseStatement(tokens);
      const lean = parseStatement(tokens, { lean: true });
      expect(lean.errors).toEqual(full.errors);
      expect(lean.segmentEnds).toEqual(full.segmentEnds);
      expect(lean.segmentKinds).toEqual(full.segmentKinds);
      const segments = (full.cst.children.segment ?? []) as CstNode[];
      const leanSegments = (lean.cst.children.segment ?? []) as CstNode[];
      expect(leanSegments.length).toBe(segments.length);
      segments.forEach((s, i) => {
        const oneToken = full.segmentKinds[i] === 'word' || full.segmentKinds[i] === 'separator';
        if (oneToken) expect(leanSegments[i]).toBe(LEAN_SEGMENT);
        else expect(leanSegments[i]).toStrictEqual(s);
      });
    }
  });

  it('gives an empty statement for no tokens', () => {
    agree([]);
    expect(parseStatement([]).cst).toEqual({ name: 'statement', children: {} });
  });

  it.each([
    // every rule and alternative
    'Giảm 07% so với năm 2022',
    'kéo giảm ít nhất 5% so với cùng kỳ; tăng từ 5-10%',
    'Tỷ lệ từ 80% trở lên, dưới 3% trở xuống, 5% - 10%, 91% - 550 hồ sơ, từ 5% đến 10%',
    'Không để xảy ra cháy nổ - riêng xã A: trong đó 550 hồ sơ',
    'nhiều hơn năm 2022, thấp hơn so với cùng kỳ, > năm trước, < hiện nay, ≥ đầu kỳ, <= so với năm 2021',
    'hơn so với năm, so với năm, so cùng kỳ năm trước, hiện nay',
    'Quý I năm 2023 và cả năm 2023, tháng 6/2023 và 6 tháng đầu năm',
    'Định kỳ hàng tháng, quý, năm báo cáo; hàng tháng, xã; hằng quý, năm 2023',
    'Định kỳ (6 tháng, 1 năm) báo cáo; định kỳ (quý; định kỳ ()',
    'trước ngày 15/03/2023 và trước ngày 05 tháng 4 năm 2023; hoàn thành trong quý II/2023',
    'hoàn thành trong hoàn thành trong tháng 5; hoàn thành trong xã; định kỳ báo cáo',
    'quý I và xã; quý I và',
    // the errors the grammar can stop at
    'Quý I và trước ngày',
    'quý I và trước ngày x',
    'quý I và định kỳ x',
    'quý I và định kỳ',
    'quý I và hoàn thành trong x',
    'quý I và hoàn thành trong',
    'quý I và hoàn thành trong trước ngày mai',
    // the first of two errors is the one reported
    'quý I và trước ngày x; quý II và định kỳ y',
  ])('%s', (text) => agree(tokensOf(text)));

  it('stops where chevrotain stops, with a token that gives the same diagnostic at the end', () => {
    const { errors } = parseStatement(tokensOf('Quý I và trước ngày'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.name).toBe('MismatchedTokenException');
    expect(errors[0]!.token).toBe(EOF_TOKEN);
    expect(errors[0]!.token.image).toBe('');
    expect(errors[0]!.token.startOffset).toBeNaN();
    // chevrotain's own EOF token, for the same input
    const ref = referenceParse(tokensOf('Quý I và trước ngày')).errors[0]!.token;
    expect({ ...EOF_TOKEN, tokenType: undefined, tokenTypeIdx: undefined }).toEqual({ ...ref, tokenType: undefined, tokenTypeIdx: undefined });
  });
});

describe('the runtime parser does not load chevrotain', () => {
  it.each(['fast.ts', 'lookahead.ts'])('%s imports chevrotain for types only, and not the reference parser', (file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)';/gms)].map((m) => m[0]);
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) {
      if (line.includes("'chevrotain'")) expect(line).toMatch(/^import type /);
      expect(line).not.toMatch(/'\.\/parser\.js'/);
    }
  });
});

// ── Generated inputs ────────────────────────────────────────────────────────

/** Every spelling of every token, and fragments that build (and half-build) the structured rules. */
const FRAGMENTS = [
  ...Object.values(TOKEN_SPELLINGS).flatMap((s) => s.spellings),
  'quý I', 'quý IV', 'quý 2/2023', 'năm 2022', 'năm', 'năm', '2022', 'tháng 6', 'tháng', 'quý',
  'cả năm', '6 tháng đầu năm', 'hàng tháng', 'hằng quý', 'từng năm', ', quý', ', năm', ', tháng',
  'so với', 'so với', 'cùng kỳ', 'năm trước', 'hiện nay', 'đầu kỳ',
  'định kỳ', 'định kỳ (', 'định kỳ hàng tháng', '(', ')', ',', 'và', 'và', 'và',
  'trước ngày', 'trước ngày', '15/03/2023', '05 tháng 4 năm 2023', 'hoàn thành trong', 'hoàn thành trong',
  'giảm', 'tăng', 'không để xảy ra', 'trên', 'ít nhất', 'nhiều hơn', 'thấp hơn', '>', '≥', '<=',
  'từ', 'đến', '-', '- ', 'trở lên', 'trở xuống', '5', '07', '7,5', '1.000', '550', '%', '%',
  ';', 'trong đó', 'riêng', 'xã', 'hồ sơ', 'đạt', ':', '.',
];

const textInput = fc
  .tuple(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }), fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n'), { minLength: 14, maxLength: 14 }))
  .map(([parts, gaps]) => parts.map((p, i) => p + gaps[i]!).join(''));

/** Token types the lexer produces (no categories), plus white space, which no rule accepts. */
const LEXED: TokenType[] = allTokens.filter((t) => t !== T.Any && t !== T.Comparator);
const IMAGES = ['nam', 'quy', 'thang', 'x', '2022', '%'];

/** Arbitrary token arrays: any type with any image, so rules see what the lexer never gives them. */
const tokenInput = fc.array(fc.tuple(fc.constantFrom(...LEXED), fc.constantFrom(...IMAGES)), { maxLength: 12 }).map((pairs) => {
  let offset = 0;
  return pairs.map(([type, image]): IToken => {
    const startOffset = offset;
    offset += image.length + 1;
    return {
      image,
      startOffset,
      endOffset: startOffset + image.length - 1,
      tokenType: type,
      // chevrotain matches tokens by this index, which it assigned to the types at construction.
      tokenTypeIdx: type.tokenTypeIdx!,
    };
  });
});

describe('parseStatement agrees with the reference on generated inputs', () => {
  it('text built from keyword spellings, numbers, dates and punctuation', () => {
    fc.assert(fc.property(textInput, (text) => agree(tokensOf(text))), { numRuns: 3000 });
  });

  it('arbitrary token arrays', () => {
    expect(targetParser).toBeDefined(); // constructed: the types carry their tokenTypeIdx
    fc.assert(fc.property(tokenInput, (tokens) => agree(tokens)), { numRuns: 3000 });
  });

  it('reach every rule, every child key and every error the grammar can stop at', () => {
    // Deterministic samples, so this check does not depend on the random runs above.
    for (const text of fc.sample(textInput, { numRuns: 2000, seed: 1 })) agree(tokensOf(text));
    for (const tokens of fc.sample(tokenInput, { numRuns: 2000, seed: 1 })) agree(tokens);
    expect([...reached.rules].sort()).toEqual(Object.keys(targetParser.getGAstProductions()).sort());
    expect([...reached.keys].sort()).toEqual(
      [
        'statement.segment',
        ...['separator', 'schedule', 'baseline', 'core', 'word'].map((k) => `segment.${k}`),
        ...['Semicolon', 'Bullet', 'TrongDo', 'Rieng'].map((k) => `separator.${k}`),
        'schedule.scheduleItem', 'schedule.Va',
        ...['Quarter', 'Nam', 'NumberLit', 'Month', 'Half', 'CaNam', 'HangKy', 'Comma', 'periodWord', 'TruocNgay', 'DateLit', 'HoanThanhTrong', 'scheduleItem', 'DinhKy', 'LParen', 'RParen'].map(
          (k) => `scheduleItem.${k}`,
        ),
        ...['NumberLit', 'Word', 'Nam', 'Comma'].map((k) => `periodWord.${k}`),
        'baseline.SoVoi', 'baseline.baselineRef', 'baseline.CungKy',
        ...['Nam', 'NumberLit', 'NamTruoc', 'CungKy', 'HienNay', 'DauKy'].map((k) => `baselineRef.${k}`),
        'core.KhongDe', 'core.change', 'core.figure', 'core.comparison',
        'change.Giam', 'change.Tang', 'change.figure',
        ...['Comparator', 'Tu', 'NumberLit', 'Percent', 'Dash', 'Den', 'TroLen', 'TroXuong'].map((k) => `figure.${k}`),
        ...['MoreThan', 'LessThan', 'Gt', 'Lt', 'Gte', 'Lte', 'SoVoi', 'baselineRef'].map((k) => `comparison.${k}`),
        'word.Any',
      ].sort(),
    );
    // Each place the grammar can fail, at a token and at the end of the input. Not listed: the
    // CONSUMEs and ORs that a GATE has already checked (the NumberLit of a figure or of
    // `năm 2022`, the alternatives of core, baseline and baselineRef), which no input reaches.
    expect([...reached.errors].sort()).toEqual(
      [
        'MismatchedTokenException DateLit at EOF',
        'MismatchedTokenException DateLit at a token',
        'MismatchedTokenException LParen at EOF',
        'MismatchedTokenException LParen at a token',
        'NoViableAltException scheduleItem at EOF',
        'NoViableAltException scheduleItem at a token',
        'NoViableAltException periodWord at a token',
        'NotAllInputParsedException at a token',
      ].sort(),
    );
  });
});
