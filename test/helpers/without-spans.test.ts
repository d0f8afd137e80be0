import { describe, expect, it } from 'vitest';
import { withoutSpans } from './without-spans.js';

describe('withoutSpans', () => {
  it('drops span keys at every depth, including inside arrays', () => {
    const span = { start: 0, end: 1, line: 1, column: 1 };
    const input = {
      kind: 'target',
      span,
      clauses: [{ kind: 'rate', span, bound: { op: 'gt', value: '91' }, subject: { before: '', after: '' } }],
      schedule: { kind: 'all', parts: [{ kind: 'by', period: { unit: 'quarter', index: 1 }, span }] },
    };
    expect(withoutSpans(input)).toStrictEqual({
      kind: 'target',
      clauses: [{ kind: 'rate', bound: { op: 'gt', value: '91' }, subject: { before: '', after: '' } }],
      schedule: { kind: 'all', parts: [{ kind: 'by', period: { unit: 'quarter', index: 1 } }] },
    });
  });

  it('does not modify its input and keeps other falsy values', () => {
    const input = { span: 1, a: 0, b: '', c: null, d: [false] };
    expect(withoutSpans(input)).toStrictEqual({ a: 0, b: '', c: null, d: [false] });
    expect(input.span).toBe(1);
  });
});
