/**
 * Walking WordprocessingML with @xmldom/xmldom (pure JavaScript, no `node:` modules). Elements
 * are matched by local name in the `w:` namespace, transitional or strict.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { DocxError } from './docx-error.js';

const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Parse an XML part; a damaged one is a {@link DocxError}. */
export function parseXml(text: string): Element {
  let problem: string | undefined;
  let root: Element | null = null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problem ??= message;
      },
    }).parseFromString(text, 'application/xml');
    root = doc.documentElement;
  } catch (e) {
    problem ??= e instanceof Error ? e.message : String(e);
  }
  if (problem !== undefined || !root) throw new DocxError('invalid_xml', problem?.split('\n')[0]);
  return root;
}

/** Whether a node is the `w:` element `name`. */
export function isW(node: Node, name: string): boolean {
  return node.nodeType === 1 && (node as Element).localName === name && W.has((node as Element).namespaceURI ?? '');
}

/** The element children of a node. */
export function elements(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** The first `w:` child named `name`. */
export function child(node: Node, name: string): Element | undefined {
  for (let c = node.firstChild; c; c = c.nextSibling) if (isW(c, name)) return c as Element;
  return undefined;
}

/** A `w:` attribute (`w:val`), by local name. */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === name && W.has(a.namespaceURI ?? '')) return a.value;
  }
  return undefined;
}

/** An on/off property (`<w:tblHeader/>`, `<w:vanish w:val="0"/>`): present and not false. */
export function isOn(el: Element | undefined): boolean {
  if (!el) return false;
  const v = attr(el, 'val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}
