/**
 * Every example of grammar/README.md, executed: a code span in a `written` (or `example`)
 * column is parsed, and every other known column of its row is what the parser must say.
 * The README's "Every example in this file is executed" paragraph describes the columns.
 */
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget, safeParseTarget } from '../../src/api/index.js';
import type { Clause, Target } from '../../src/ast/types.js';
import type { ParseErrorCode } from '../../src/diagnostics/index.js';
import { codeSpans, markdownTables, type MarkdownTable, type TableRow } from './markdown-tables.js';
import { readRepoFile } from './paths.js';

const README = readRepoFile('grammar/README.md');

/** Columns the test understands; any other header in an example table is a mistake. */
const CHECKED = ['written', 'example', 'canonical', 'kind', 'parts', 'op', 'each', 'schedule', 'code', 'column', 'suggestion'];
const PROSE = ['meaning'];

/** Every error code; the compiler fails here when a code is added without the README. */
const ERROR_CODES: Readonly<Record<ParseErrorCode, true>> = {
  empty_input: true,
  unexpected_token: true,
  unexpected_end: true,
  missing_closer: true,
  missing_baseline: true,
  missing_figure: true,
  invalid_number: true,
  invalid_date: true,
  invalid_year: true,
  invalid_period: true,
  inverted_range: true,
  unbalanced_paren: true,
  input_too_long: true,
};

const exampleTables = markdownTables(README).filter((t) => t.headers.includes('written') || t.headers.includes('example'));

/** The first code span of a cell, or undefined when the cell has none. */
function first(row: TableRow, column: string): string | undefined {
  return codeSpans(row.cells[column] ?? '')[0];
}

/** The comparator a clause applies, whatever its kind. */
function opOf(clause: Clause | undefined): string | undefined {
  if (!clause) return undefined;
  if ('bound' in clause) return clause.bound.op;
  if (clause.kind === 'compare') return clause.op;
  return undefined;
}

/** The canonical text given for example `i` of a row: one per example, or one for all. */
function canonicalFor(row: TableRow, count: number, i: number): string | undefined {
  const all = codeSpans(row.cells.canonical ?? '');
  if (all.length > 1 && all.length !== count) throw new Error(`line ${row.line}: ${count} examples but ${all.length} canonical forms`);
  return all.length === 1 ? all[0] : all[i];
}

function checkMeaning(target: Target, row: TableRow, canonical: string | undefined): void {
  const clause = target.clauses[0];
  if (canonical !== undefined) expect(formatTarget(target)).toBe(canonical);
  const kind = first(row, 'kind');
  if (kind !== undefined) expect(clause?.kind).toBe(kind);
  const parts = first(row, 'parts');
  if (parts !== undefined) expect(target.clauses.map((c) => c.part).join(', ')).toBe(parts);
  const op = first(row, 'op');
  if (op !== undefined) expect(opOf(clause)).toBe(op);
  const each = first(row, 'each');
  if (each !== undefined) expect(clause?.each).toBe(each);
  const schedule = first(row, 'schedule');
  if (schedule !== undefined) expect(target.schedule?.kind ?? 'none').toBe(schedule);
}

function checkError(text: string, row: TableRow): void {
  const result = safeParseTarget(text);
  expect(result.success, 'the example must fail to parse').toBe(false);
  if (result.success) return;
  expect(result.error.code).toBe(first(row, 'code'));
  const column = first(row, 'column');
  if (column !== undefined) expect(result.error.column).toBe(Number(column));
  const suggestion = first(row, 'suggestion');
  if (suggestion !== undefined) expect(result.error.suggestion).toBe(suggestion);
}

function describeTable(table: MarkdownTable): void {
  const source = table.headers.includes('written') ? 'written' : 'example';
  describe(`${table.heading} (README line ${table.line})`, () => {
    it('has only columns the test checks or prose', () => {
      expect(table.headers.filter((h) => !CHECKED.includes(h) && !PROSE.includes(h))).toEqual([]);
    });
    for (const row of table.rows) {
      const examples = codeSpans(row.cells[source] ?? '');
      examples.forEach((text, i) => {
        it(`line ${row.line}: ${JSON.stringify(text)}`, () => {
          if (table.headers.includes('code')) return checkError(text, row);
          const canonical = canonicalFor(row, examples.length, i);
          checkMeaning(parseTarget(text), row, canonical);
          // The reference's canonical forms are themselves canonical: they print unchanged.
          if (canonical !== undefined) expect(formatTarget(parseTarget(canonical))).toBe(canonical);
        });
      });
    }
  });
}

describe('grammar/README.md examples', () => {
  it('has example tables with many examples (the extractor is not silently finding nothing)', () => {
    const count = exampleTables.flatMap((t) => t.rows.flatMap((r) => codeSpans(r.cells.written ?? r.cells.example ?? ''))).length;
    expect(exampleTables.length).toBeGreaterThanOrEqual(7);
    expect(count).toBeGreaterThanOrEqual(100);
  });

  it('documents every error code in an errors table', () => {
    const documented = exampleTables.filter((t) => t.headers.includes('code')).flatMap((t) => t.rows.map((r) => first(r, 'code')));
    expect(Object.keys(ERROR_CODES).filter((c) => !documented.includes(c))).toEqual([]);
  });

  for (const table of exampleTables) describeTable(table);
});
