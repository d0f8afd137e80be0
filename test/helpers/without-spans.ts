/**
 * An AST value with every `span` key removed, at any depth: what two parses of differently
 * written text can agree on.
 */
export type WithoutSpans<T> = T extends readonly (infer U)[]
  ? WithoutSpans<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'span' ? never : K]: WithoutSpans<T[K]> }
    : T;

/**
 * Drop every `span` key recursively (arrays and plain objects); other values are kept as they
 * are. The input is not modified.
 *
 * @example
 * withoutSpans({ kind: 'target', span: { start: 0, end: 3, line: 1, column: 1 }, clauses: [] })
 * // { kind: 'target', clauses: [] }
 */
export function withoutSpans<T>(value: T): WithoutSpans<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutSpans(v)) as WithoutSpans<T>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'span') out[k] = withoutSpans(v);
    return out as WithoutSpans<T>;
  }
  return value as WithoutSpans<T>;
}
