/**
 * The TextMate grammar against the plan parser, on whole plans (examples/*.chitieu and the plan
 * in grammar/plan-format.md): every line the parser reads as a comment, section, entry or known
 * field is highlighted as one, and the statement regions are exactly the parser's statements.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/plan/lines.js';
import { entryField, headerField } from '../../src/plan/keywords.js';
import { listTargets, listTasks, parsePlan } from '../../src/plan/index.js';
import type { TmGrammar } from '../../scripts/grammar/textmate.js';
import { readRepoFile } from './paths.js';
import { tokenizeLines, type ScopedText } from './textmate-engine.js';

const grammar = JSON.parse(readRepoFile('grammar/chitieu.tmLanguage.json')) as TmGrammar;

/** The first fenced block after `## A plan to copy` in plan-format.md. */
function planToCopy(): string {
  const doc = readRepoFile('grammar/plan-format.md');
  const from = doc.indexOf('## A plan to copy');
  const m = /```\n([\s\S]*?)```/.exec(doc.slice(from));
  if (from < 0 || !m) throw new Error('plan-format.md has no "A plan to copy" block');
  return m[1]!;
}

const plans: Array<[string, string]> = [
  ...readdirSync(new URL('../../examples/', import.meta.url))
    .filter((f) => f.endsWith('.chitieu'))
    .map((f): [string, string] => [`examples/${f}`, readRepoFile(`examples/${f}`)]),
  ['grammar/plan-format.md (A plan to copy)', planToCopy()],
];

const has = (tokens: readonly ScopedText[], scope: string, text?: string): boolean =>
  tokens.some((t) => t.scopes.includes(scope) && (text === undefined || t.text === text));

describe.each(plans)('%s', (_, source) => {
  const lines = source.split(/\r\n|\r|\n/);
  const tokens = tokenizeLines(grammar, lines);
  const classified = classifyLines(source);
  const plan = parsePlan(source);
  const statementLines = new Set([
    ...listTargets(plan).flatMap((t) => t.statement.segments.map((s) => s.line)),
    ...listTasks(plan).flatMap((t) => t.timing.segments.map((s) => s.line)),
  ]);

  it('is a plan with statements', () => {
    expect(lines.length).toBeGreaterThan(10);
    expect(statementLines.size).toBeGreaterThan(2);
  });

  it('highlights comments, sections, entries and field names as the parser reads them', () => {
    const wrong: string[] = [];
    for (const l of classified) {
      const t = tokens[l.line - 1]!;
      const ok =
        l.kind === 'comment'
          ? has(t, 'comment.line.number-sign.chitieu')
          : l.kind === 'section'
            ? has(t, 'constant.numeric.section.chitieu') && has(t, 'entity.name.section.chitieu', l.title.text)
            : l.kind === 'entry'
              ? has(t, 'keyword.control.entry.chitieu') && has(t, 'constant.numeric.stt.chitieu', l.stt.text)
              : l.kind === 'keyed' && (entryField(l.name.text) || headerField(l.name.text))
                ? has(t, 'support.type.property-name.chitieu', l.name.text)
                : !has(t, 'support.type.property-name.chitieu');
      if (!ok) wrong.push(`${l.line} (${l.kind}): ${l.raw}`);
    }
    expect(wrong).toEqual([]);
  });

  it('puts exactly the lines of statements and timings in statement regions', () => {
    // A comment does not end a field (an indented line after it still continues the statement),
    // so comments may sit inside a region; they do not count as statement text.
    const text = (x: ScopedText): boolean => x.scopes.includes('meta.statement.chitieu') && x.text.trim() !== '' && !x.scopes.some((s) => s.startsWith('comment.'));
    const inRegion = new Set(tokens.flatMap((t, i) => (t.some(text) ? [i + 1] : [])));
    expect([...statementLines].filter((n) => !inRegion.has(n)), 'statement lines not highlighted').toEqual([]);
    expect([...inRegion].filter((n) => !statementLines.has(n)), 'highlighted lines that are no statement').toEqual([]);
  });
});
