/**
 * Escape text for HTML and SVG (element content and quoted attributes).
 *
 * @example
 * escapeHtml('<b>"A & B"</b>') // "&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
