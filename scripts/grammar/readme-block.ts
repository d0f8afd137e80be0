/**
 * Generated blocks inside grammar/README.md: the text between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` belongs to scripts/gen-grammar.ts;
 * everything else is written by hand.
 */

function markers(name: string): readonly [string, string] {
  return [`<!-- generated:${name} -->`, `<!-- /generated:${name} -->`];
}

/**
 * Replace the body of block `name` (the markers stay). Throws when the markers are missing,
 * so a README edit cannot silently drop the generated grammar.
 *
 * @example
 * replaceBlock('a\n<!-- generated:x -->\nold\n<!-- /generated:x -->\nb', 'x', 'new')
 * // "a\n<!-- generated:x -->\nnew\n<!-- /generated:x -->\nb"
 */
export function replaceBlock(readme: string, name: string, body: string): string {
  const [open, close] = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) throw new Error(`grammar/README.md has no ${open} … ${close} block`);
  return `${readme.slice(0, start + open.length)}\n${body}\n${readme.slice(end)}`;
}

/**
 * The README without any generated block: what its authors wrote.
 *
 * @example
 * handWritten('a\n<!-- generated:x -->\nold\n<!-- /generated:x -->\nb') // "a\n\nb"
 */
export function handWritten(readme: string): string {
  return readme.replace(/<!-- generated:([\w-]+) -->[\s\S]*?<!-- \/generated:\1 -->/g, '');
}
