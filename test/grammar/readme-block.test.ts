import { describe, expect, it } from 'vitest';
import { handWritten, replaceBlock } from '../../scripts/grammar/readme-block.js';

const doc = 'intro\n<!-- generated:ebnf -->\nold\nlines\n<!-- /generated:ebnf -->\noutro\n';

describe('replaceBlock', () => {
  it('replaces the body between the markers and keeps the rest', () => {
    expect(replaceBlock(doc, 'ebnf', 'new')).toBe('intro\n<!-- generated:ebnf -->\nnew\n<!-- /generated:ebnf -->\noutro\n');
  });

  it('is stable: replacing twice gives the same text', () => {
    const once = replaceBlock(doc, 'ebnf', 'x');
    expect(replaceBlock(once, 'ebnf', 'x')).toBe(once);
  });

  it('refuses a README without the block', () => {
    expect(() => replaceBlock('intro', 'ebnf', 'x')).toThrow(/generated:ebnf/);
  });
});

describe('handWritten', () => {
  it('drops generated blocks only', () => {
    expect(handWritten(doc)).toBe('intro\n\noutro\n');
    expect(handWritten('a <!-- generated:x --> b')).toBe('a <!-- generated:x --> b');
  });
});
