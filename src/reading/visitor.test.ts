import { describe, expect, it } from 'vitest';
import { parseStatement } from '../parser/index.js';
import { grammarParser } from '../parser/parser.js';
import { tokenize } from '../tokens/index.js';
import { readItems } from './visitor.js';

/** The items of folded text, with each token shown by its image. */
function itemsOf(folded: string) {
  const tokens = tokenize(folded);
  const parsed = parseStatement(tokens);
  expect(parsed.errors).toEqual([]);
  return readItems(parsed.cst.children, { tokens, segmentEnds: parsed.segmentEnds });
}

describe('the CST visitor', () => {
  it('has a method for every rule of the grammar (validateVisitor passes when it is built)', () => {
    expect(() => itemsOf('dat 1%')).not.toThrow();
    expect(Object.keys(grammarParser().getGAstProductions()).length).toBeGreaterThan(15);
  });

  it('reads a change: its verb, its figure in labelled roles, and the baseline as an AST node', () => {
    const [change, baseline, word] = itemsOf('giam it nhat 5% so voi nam 2022 xa');
    expect(change).toMatchObject({ kind: 'measure', measure: { kind: 'change', verb: { image: 'giam' }, figure: { comparator: { image: 'it nhat' }, value: { image: '5' }, percent: { image: '%' } } } });
    expect(change && 'tokens' in change && change.tokens.map((t) => t.image)).toEqual(['giam', 'it nhat', '5', '%']);
    expect(baseline).toMatchObject({ kind: 'baseline', baseline: { kind: 'year', year: 2022 } });
    expect(word).toMatchObject({ kind: 'word', token: { image: 'xa' } });
  });

  it('reads a range and its closer', () => {
    const [range] = itemsOf('tu 5 - 10% tro len');
    expect(range).toMatchObject({ kind: 'measure', measure: { kind: 'figure', figure: { comparator: { image: 'tu' }, value: { image: '5' }, upper: { image: '10' }, upperPercent: { image: '%' }, closer: { image: 'tro len' } } } });
    expect(range && 'measure' in range && range.measure.kind === 'figure' && range.measure.figure.percent).toBeUndefined();
  });

  it('reads timings: a quarter with its year, a list after `định kỳ`, a recurrence', () => {
    expect(itemsOf('quy ii nam 2024')[0]).toMatchObject({ kind: 'timing', timing: [{ kind: 'quarter', token: { image: 'quy ii' }, year: { image: '2024' } }] });
    expect(itemsOf('dinh ky (6 thang, 1 nam)')[0]).toMatchObject({ kind: 'timing', timing: [{ kind: 'period_list', list: { open: { image: '(' }, close: { image: ')' } } }] });
    expect(itemsOf('dinh ky hang thang, quy')[0]).toMatchObject({ kind: 'timing', timing: [{ kind: 'periodic', inner: { kind: 'every', more: [{ image: 'quy' }] } }] });
  });

  it('reads a comparison with its baseline, and zero tolerance', () => {
    expect(itemsOf('cao hon so voi cung ky')[0]).toMatchObject({ kind: 'measure', measure: { kind: 'comparison', baseline: { kind: 'same_period_last_year' } } });
    expect(itemsOf('khong de xay ra')[0]).toMatchObject({ kind: 'measure', measure: { kind: 'zero' } });
  });
});
