/**
 * grammar.ebnf against the parser: every rule of the parser is defined there and nothing else
 * is; every name a rule uses is a rule or a token of the lexer.
 */
import { describe, expect, it } from 'vitest';
import { grammarParser } from '../../src/parser/parser.js';
import { allTokens } from '../../src/tokens/index.js';
import { renderEbnf } from '../../scripts/grammar/ebnf.js';
import { readRepoFile } from './paths.js';

/** `name ::= body` definitions of an EBNF text, with continuation lines joined to their body. */
function definitions(ebnf: string): Map<string, string> {
  const defs = new Map<string, string>();
  let last: string | undefined;
  for (const line of ebnf.replace(/\/\*[\s\S]*?\*\//g, '').split('\n')) {
    const m = /^(\w+)\s*::=(.*)$/.exec(line);
    if (m) {
      last = m[1]!;
      defs.set(last, m[2]!);
    } else if (last && line.trim()) defs.set(last, `${defs.get(last)!} ${line.trim()}`);
  }
  return defs;
}

const ruleNames = Object.keys(grammarParser().getGAstProductions());
const tokenNames = allTokens.map((t) => t.name);

describe('grammar/grammar.ebnf', () => {
  const defs = definitions(readRepoFile('grammar/grammar.ebnf'));

  it('defines every rule of the parser, and no other rule', () => {
    const defined = [...defs.keys()].filter((n) => /^[a-z]/.test(n));
    expect(defined.sort()).toEqual([...ruleNames].sort());
  });

  it('defines every token of the lexer, and no other token', () => {
    const defined = [...defs.keys()].filter((n) => /^[A-Z]/.test(n));
    expect(defined.sort()).toEqual([...tokenNames].sort());
  });

  it('uses only names it defines in rule bodies', () => {
    const used = ruleNames.flatMap((r) => (defs.get(r) ?? '').match(/\b[A-Za-z]\w*\b/g) ?? []);
    expect(used.length).toBeGreaterThan(ruleNames.length);
    expect(used.filter((n) => !defs.has(n))).toEqual([]);
  });

  it('shows each rule as the parser defines it (spot checks against the parser source)', () => {
    expect(defs.get('statement')?.trim()).toBe('segment*');
    expect(defs.get('baseline')).toMatch(/SoVoi baselineRef\s+\| CungKy/);
    expect(defs.get('figure')).toMatch(/^\s*\( Comparator Any\* \| Tu \)\? NumberLit Percent\?/);
  });
});

describe('renderEbnf', () => {
  it('renders a rule with options, repetitions and a nested choice', () => {
    const rules = [
      {
        type: 'Rule',
        name: 'r',
        orgText: '',
        definition: [
          { type: 'Option', idx: 0, definition: [{ type: 'Terminal', name: 'Giam', label: 'Giam', idx: 0 }] },
          {
            type: 'RepetitionMandatory',
            idx: 0,
            definition: [
              {
                type: 'Alternation',
                idx: 0,
                definition: [
                  { type: 'Alternative', definition: [{ type: 'NonTerminal', name: 'figure', idx: 0 }] },
                  { type: 'Alternative', definition: [{ type: 'Terminal', name: 'Tang', label: 'Tang', idx: 0 }, { type: 'Terminal', name: 'Percent', label: 'Percent', idx: 0 }] },
                ],
              },
            ],
          },
        ],
      },
    ];
    const text = renderEbnf(rules as never, [allTokens.find((t) => t.name === 'Giam')!]);
    expect(text).toContain('r ::= Giam? ( figure | Tang Percent )+');
    expect(text).toContain('Giam ::= "kéo giảm" | "giảm"');
  });
});
