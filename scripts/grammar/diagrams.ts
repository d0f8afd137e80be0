/**
 * Railroad diagrams of the parser as one self-contained HTML page. chevrotain's
 * `createSyntaxDiagramsCode` links its diagram scripts and CSS from unpkg.com; this module
 * passes placeholder URLs and inlines the same files from the installed chevrotain package
 * (node_modules/chevrotain/diagrams/), so the page opens offline and matches the chevrotain
 * version the parser runs on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSyntaxDiagramsCode, type ISerializedGast } from 'chevrotain';
import { tokenLabel } from './spellings.js';

const BASE = 'chitieu-inline:/';
const CSS = 'chitieu-inline:/diagrams.css';

/** The chevrotain package's `diagrams/` folder. */
function diagramsDir(): string {
  const api = createRequire(import.meta.url).resolve('chevrotain');
  // api = <pkg>/lib/src/api.js
  return join(dirname(api), '..', '..', 'diagrams');
}

/** A script body safe inside `<script>`: no `</script` can close the tag early. */
function scriptBody(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * Replace every terminal's label by the plan author's spelling (`kéo giảm | giảm` rather than
 * `Giam`); the token name stays as `name`, the folded pattern as the tooltip.
 *
 * @example
 * relabel([{ type: 'Terminal', name: 'TrongDo', label: 'TrongDo', idx: 0 }])[0].label // "trong đó"
 */
export function relabel(rules: readonly ISerializedGast[]): ISerializedGast[] {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value);
    if (copy.type === 'Terminal' && typeof copy.name === 'string') {
      copy.label = tokenLabel(copy.name);
      // A category has no pattern of its own; chevrotain would show `NOT_APPLICABLE` as tooltip.
      if (copy.pattern === 'NOT_APPLICABLE') delete copy.pattern;
    }
    return copy;
  };
  return visit(rules) as ISerializedGast[];
}

/**
 * The diagrams page: chevrotain's generated HTML with its CSS and scripts inlined.
 *
 * @example
 * const html = diagramsHtml(grammarParser().getSerializedGastProductions())
 * html.includes('unpkg.com') // false
 */
export function diagramsHtml(rules: readonly ISerializedGast[]): string {
  const dir = diagramsDir();
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
  let html = createSyntaxDiagramsCode(relabel(rules), { resourceBase: BASE, css: CSS });
  html = html.replace(`<link rel='stylesheet' href='${CSS}'>`, () => `<style>\n${read('diagrams.css')}\n</style>`);
  html = html.replace(new RegExp(`<script src='${BASE}([^']+)'></script>`, 'g'), (_, path: string) => `<script>\n${scriptBody(read(path))}\n</script>`);
  html = html.replace('<meta charset="utf-8">', () => '<meta charset="utf-8">\n<title>chitieu: railroad diagrams of the target grammar</title>');
  html = html.replace('<div id="diagrams"', () => `${INTRO}\n<div id="diagrams"`);
  if (html.includes(BASE)) throw new Error('a diagram resource was not inlined');
  return html;
}

const INTRO = `<p style="font-family: sans-serif; max-width: 50em; margin: 1em auto">
Railroad diagrams of the chỉ tiêu target grammar, generated from <code>src/parser/parser.ts</code> by
<code>scripts/gen-grammar.ts</code> (run <code>npm run grammar</code>; do not edit). Boxes show how plan authors
write each token; keywords also match without diacritics and in any case. Hover a box for the folded
pattern the lexer uses. The meaning of each construct is in <code>grammar/README.md</code>.
</p>`;
