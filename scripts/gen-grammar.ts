/**
 * Regenerate everything in grammar/ that comes from the parser:
 * - grammar/grammar.json: the parser's serialized productions (chevrotain GAST)
 * - grammar/grammar.ebnf and its copy inside grammar/README.md: the readable grammar
 * - grammar/diagrams.html: railroad diagrams, one self-contained page (works offline)
 * - grammar/chitieu.tmLanguage.json: the TextMate grammar for editors
 * - src/parser/cst.ts: the CST's TypeScript types and visitor interface (chevrotain's
 *   `generateCstDts`), which the reading step (src/reading/visitor.ts) implements
 *
 * Run `npm run grammar` after changing src/tokens or src/parser; test/grammar/drift.test.ts
 * fails until the committed files match.
 */
import { generateCstDts } from 'chevrotain';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { grammarParser } from '../src/parser/parser.js';
import { allTokens } from '../src/tokens/index.js';
import { diagramsHtml } from './grammar/diagrams.js';
import { renderEbnf } from './grammar/ebnf.js';
import { replaceBlock } from './grammar/readme-block.js';
import { textMateJson } from './grammar/textmate.js';

/**
 * The repository root (this file lives in scripts/).
 *
 * @example
 * join(ROOT, 'grammar/README.md')
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One generated file: its path from the root and its full text.
 *
 * @example
 * ({ path: 'grammar/grammar.ebnf', content: '/* The target grammar ... *\/\n...' })
 */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** The CST's types, with a header saying where they come from. */
function cstTypes(): string {
  const dts = generateCstDts(grammarParser().getGAstProductions(), { visitorInterfaceName: 'TargetCstVisitor' });
  const header = [
    '/**',
    ' * The types of the statement CST and of a visitor over it, generated from the grammar',
    " * (src/parser/parser.ts) by chevrotain's `generateCstDts`: run `npm run grammar` after changing",
    ' * a rule; test/grammar/drift.test.ts fails until this file matches.',
    ' */',
    '/* eslint-disable */',
    '',
  ].join('\n');
  return header + dts.replace(/"/g, "'");
}

/**
 * Every generated file, in memory. The README is read from disk and only its generated block
 * is replaced.
 *
 * @example
 * generateGrammarFiles().map((f) => f.path)
 * // ["grammar/grammar.json", "grammar/grammar.ebnf", "grammar/README.md", "grammar/diagrams.html", "grammar/chitieu.tmLanguage.json"]
 */
export function generateGrammarFiles(root = ROOT): GeneratedFile[] {
  const rules = grammarParser().getSerializedGastProductions();
  const ebnf = renderEbnf(rules, allTokens);
  const readme = readFileSync(join(root, 'grammar/README.md'), 'utf8');
  return [
    { path: 'grammar/grammar.json', content: `${JSON.stringify(rules, null, 2)}\n` },
    { path: 'grammar/grammar.ebnf', content: ebnf },
    { path: 'grammar/README.md', content: replaceBlock(readme, 'ebnf', `\`\`\`ebnf\n${ebnf}\`\`\``) },
    { path: 'grammar/diagrams.html', content: diagramsHtml(rules) },
    { path: 'grammar/chitieu.tmLanguage.json', content: textMateJson() },
    { path: 'src/parser/cst.ts', content: cstTypes() },
  ];
}

function main(): void {
  for (const file of generateGrammarFiles()) {
    writeFileSync(join(ROOT, file.path), file.content);
    console.log(`wrote ${file.path} (${file.content.length} characters)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
