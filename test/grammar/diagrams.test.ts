/**
 * grammar/diagrams.html works offline: it loads nothing, and its inlined scripts (chevrotain's
 * diagram builder and the railroad-diagrams library) draw one SVG per parser rule when run
 * with nothing but the page itself, here in a bare `node:vm` context standing in for a browser.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { grammarParser } from '../../src/parser/parser.js';
import { relabel } from '../../scripts/grammar/diagrams.js';
import { readRepoFile } from './paths.js';

const html = readRepoFile('grammar/diagrams.html');
const ruleNames = Object.keys(grammarParser().getGAstProductions());

/** Run every inline script of the page in one context with a minimal `document`. */
function render(page: string): string {
  const target = { innerHTML: '' };
  const document = {
    getElementById: (id: string) => (id === 'diagrams' ? target : null),
    getElementsByClassName: () => [],
    getElementsByTagName: () => [],
  };
  const context: Record<string, unknown> = { document };
  context.window = context;
  for (const [, body] of page.matchAll(/<script>([\s\S]*?)<\/script>/g)) runInNewContext(body!, context);
  return target.innerHTML;
}

describe('grammar/diagrams.html', () => {
  it('loads no external resource (no src/href to a URL, no stylesheet link)', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\b(?:src|href)=['"]?(?:https?:)?\/\//i);
    expect(html).toContain('<style>');
  });

  it('draws one diagram per parser rule from the inlined scripts alone', () => {
    const drawn = render(html);
    const headers = [...drawn.matchAll(/<h2 class="diagramHeader">(\w+)<\/h2>/g)].map((m) => m[1]);
    expect(headers).toEqual(ruleNames);
    expect(drawn.match(/<svg /g)?.length).toBe(ruleNames.length);
  });

  it('labels terminals with the plan author spelling', () => {
    const drawn = render(html);
    expect(drawn).toContain('kéo giảm | giảm');
    expect(drawn).toContain('so với');
    expect(drawn).toContain('trong đó');
  });
});

describe('relabel', () => {
  it('sets the label of every terminal, at any depth, without touching the input', () => {
    const rules = [
      {
        type: 'Rule',
        name: 'r',
        orgText: '',
        definition: [{ type: 'Option', idx: 0, definition: [{ type: 'Terminal', name: 'TrongDo', label: 'TrongDo', idx: 0, pattern: 'x' }] }],
      },
    ];
    const out = relabel(rules as never) as unknown as typeof rules;
    expect(out[0]!.definition[0]!.definition[0]).toEqual({ type: 'Terminal', name: 'TrongDo', label: 'trong đó', idx: 0, pattern: 'x' });
    expect(rules[0]!.definition[0]!.definition[0]!.label).toBe('TrongDo');
  });
});
