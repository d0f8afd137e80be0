/**
 * The two source plans encoded in examples/: they parse, hold every target and task the issue
 * lists, with the ids data rows use, and their statements are the seeds' words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTable } from '../../src/plan/import/import-table.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { listEntries, listTargets, listTasks } from '../../src/plan/walk.js';

const read = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
/** The seeds, kept verbatim in the corpus. */
const seed = (name: string): string => readFileSync(new URL(`../corpus/seeds/${name}`, import.meta.url), 'utf8');
/** Whitespace-insensitive: the seeds wrap lines where the files do not, and vice versa. */
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('examples/cam-pha-102-2023.chitieu', () => {
  const plan = parsePlan(read('cam-pha-102-2023.chitieu'), { file: 'cam-pha-102-2023.chitieu' });

  it('has the header of 102/KH-UBND', () => {
    expect(plan.header).toMatchObject({ number: '102/KH-UBND', date: '2023-04-05', year: 2023, issuer: 'Ủy ban nhân dân thành phố Cẩm Phả' });
    expect(plan.header.implements[0]?.number).toBe('56/KH-UBND');
  });

  it('holds the 25 targets of appendix table I with 29 metric ids', () => {
    const targets = listTargets(plan);
    expect(targets.map((t) => t.stt)).toEqual([
      '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7',
      '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10',
      '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8',
    ]);
    const ids = targets.flatMap((t) => t.metrics.map((m) => m.id));
    expect(ids.filter((id) => /\.b$/.test(id))).toEqual(['1.4.b', '2.6.b', '2.9.b', '2.10.b']);
    expect(ids).toHaveLength(29);
  });

  it('holds the 11 key tasks of table II and the two dated duties of section IV', () => {
    expect(listTasks(plan).map((t) => t.id)).toEqual([
      'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8', 'II.9', 'II.10', 'II.11', 'IV.5.1', 'IV.13.1',
    ]);
  });

  it('copies every statement and every task content from the seed', () => {
    // Table rows broken across a page are not contiguous in the seed: compare them with the
    // appendix as `chitieu import` reads it (its own test checks those cells against the seed).
    const appendix = parsePlan(importTable(readFileSync(new URL('fixtures/cam-pha-appendix.tsv', import.meta.url), 'utf8')).source);
    const cells = new Map(listEntries(appendix).map(({ entry }) => [`${entry.kind} ${entry.stt}`, entry]));
    const source = flat(seed('000_02123d2a685d6d43.txt'));
    for (const { entry } of listEntries(plan)) {
      const row = cells.get(`${entry.kind} ${entry.stt}`);
      if (entry.kind === 'target') {
        expect(row?.kind === 'target' && flat(row.statement.text), entry.stt).toBe(flat(entry.statement.text));
      } else if (row?.kind === 'task' && entry.id.startsWith('II.')) {
        expect([flat(entry.description), entry.timing.text], entry.id).toEqual([flat(row.description), row.timing.text]);
      } else {
        expect(source, entry.id).toContain(flat(entry.description));
      }
    }
  });

  it('puts each lead unit under its own name, as the report groups them', () => {
    const leads = new Set(listEntries(plan).flatMap(({ entry }) => entry.lead));
    expect(leads.has('Công an thành phố')).toBe(true);
    expect(leads.has('Viện kiểm sát nhân dân thành phố')).toBe(true);
    expect([...leads].some((u) => u.includes(';') || u.endsWith('.'))).toBe(false);
  });
});

describe('examples/hai-duong-2023.chitieu', () => {
  const plan = parsePlan(read('hai-duong-2023.chitieu'), { file: 'hai-duong-2023.chitieu' });

  it('has the header of the Hải Dương plan', () => {
    expect(plan.header).toMatchObject({ year: 2023, issuer: 'Ban Chỉ đạo 138 tỉnh Hải Dương' });
    expect(plan.header.number).toBeUndefined();
    expect(plan.header.implements[0]?.number).toBe('26/KH-BCĐ138/CP');
  });

  it('holds the ten targets of section I.3, each its own, and the two counts of section II', () => {
    const targets = listTargets(plan);
    expect(targets.map((t) => t.metrics.map((m) => m.id).join('+'))).toEqual([
      'I.3.1', 'I.3.2', 'I.3.3', 'I.3.4', 'I.3.5', 'I.3.6', 'I.3.7', 'I.3.8', 'I.3.9', 'I.3.10', 'II.1.a.1', 'II.1.a.2',
    ]);
    const kinds = targets.map((t) => t.statement.target.clauses.map((c) => c.kind).join('+'));
    expect(kinds.slice(0, 10)).toEqual(['change', ...Array(9).fill('rate')]);
    expect(targets[10]?.statement.target.clauses[0]).toMatchObject({ kind: 'count', bound: { value: '1' }, each: 'cơ quan, tổ chức, đơn vị, địa phương' });
    expect(targets[11]?.statement.target.clauses[0]).toMatchObject({ kind: 'count', bound: { value: '2' }, unit: 'đợt' });
  });

  it('holds every deadline of sections II and III as a task', () => {
    expect(listTasks(plan).map((t) => [t.id, t.schedule.kind])).toEqual([
      ['II.1.c.1', 'recurring'],
      ['II.1.c.2', 'by'],
      ['II.1.c.3', 'by'],
      ['II.2.a.1', 'recurring'],
      ['II.2.a.2', 'by'],
      ['III.1.1', 'before'],
      ['III.1.2', 'recurring'],
    ]);
    const byId = new Map(listTasks(plan).map((t) => [t.id, t]));
    expect(byId.get('III.1.1')?.schedule).toEqual({ kind: 'before', date: '2023-03-15' });
    expect(byId.get('II.2.a.2')?.schedule).toEqual({ kind: 'by', period: { unit: 'quarter', index: 2, year: 2023 } });
    expect(byId.get('III.1.2')?.schedule).toEqual({ kind: 'recurring', every: ['half', 'year'] });
  });

  it('copies every statement from the seed', () => {
    const source = flat(seed('001_a50146c75ab3a92e.txt'));
    for (const t of listTargets(plan)) expect(source, t.stt).toContain(flat(t.statement.text));
  });
});
