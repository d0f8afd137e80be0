/**
 * The officials' whole path (issue 11, acceptance), on both source plans, through the CLI as the
 * README's section for officials walks it: the plan as a Word file → `chitieu import` → a
 * `.chitieu` plan → `chitieu template` → the .xlsx to fill → filled in (here from the sample
 * data, as an official types it) → `chitieu check` in text, md, html and docx, at mid-year and
 * at year end. Each check from the filled sheet gives the verdicts the same rows give as JSON.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../src/cli/commands/check.js';
import { collectingIo } from '../src/cli/commands/cli-io.fixture.js';
import { importCommand } from '../src/cli/commands/import.js';
import { templateCommand } from '../src/cli/commands/template.js';
import { camPhaDocx, haiDuongDocx } from '../src/docx/source-plans.fixture.js';
import { listTargets, parseObservationsJson, parsePlan, type Observation } from '../src/index.js';
import { fillTemplate } from '../src/xlsx/fill.fixture.js';
import { unzipText } from './helpers/unzip.js';

const examples = (name: string): string => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
const FORMATS = ['txt', 'md', 'html', 'docx'] as const;

/** The rows of sample files as one list, a row two files give (the baseline year) once. */
function rowsOf(files: readonly string[]): Observation[] {
  const seen = new Set<string>();
  return files
    .flatMap((f) => parseObservationsJson(examples(f)).observations)
    .filter((o) => {
      const key = o.kind === 'completion' ? `${o.task} ${o.completed}` : `${o.metric} ${o.period} ${o.unit ?? ''}`;
      return !seen.has(key) && seen.add(key);
    });
}

/** The same rows as written in the sample files (plain JSON), for `check --data rows.json`. */
function rawRowsOf(files: readonly string[]): unknown[] {
  const seen = new Set<string>();
  return files
    .flatMap((f) => (JSON.parse(examples(f)) as { observations: Record<string, unknown>[] }).observations)
    .filter((o) => {
      const key = o['task'] !== undefined ? `${String(o['task'])} ${String(o['completed'])}` : `${String(o['metric'])} ${String(o['period'])} ${String(o['unit'] ?? '')}`;
      return !seen.has(key) && seen.add(key);
    });
}

/** Each target's status as `check --format json` gives it, by STT. */
function statuses(json: string): string[] {
  const report = JSON.parse(json) as { groups: { entries: { stt: string; status?: string; outcome?: { status?: string } }[] }[] };
  return report.groups.flatMap((g) => g.entries.map((e) => `${e.stt} ${e.status ?? e.outcome?.status ?? JSON.stringify(e).match(/"status":"(\w+)"/)?.[1]}`));
}

/** A report file's visible text (docx: the text runs of its document.xml). */
function textOf(file: string): string {
  if (!file.endsWith('.docx')) return readFileSync(file, 'utf8');
  const xml = unzipText(readFileSync(file)).get('word/document.xml') ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}

async function run(command: { run(args: string[], io: ReturnType<typeof collectingIo>['io']): Promise<number> }, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const c = collectingIo();
  const code = await command.run(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe.each([
  ['Cẩm Phả 102/KH-UBND', camPhaDocx, 'cam-pha'],
  ['Hải Dương 2023', haiDuongDocx, 'hai-duong'],
] as const)('%s: Word plan → .chitieu → template → filled .xlsx → check', (_name, docx, data) => {
  const dir = mkdtempSync(join(tmpdir(), `chitieu-officials-${data}-`));
  const plan = join(dir, 'ke-hoach.chitieu');

  beforeAll(async () => {
    writeFileSync(join(dir, 'ke-hoach.docx'), await docx());
    const imported = await run(importCommand, [join(dir, 'ke-hoach.docx'), '--out', plan]);
    expect(imported.code, imported.err).toBe(0);
  });

  it('imports the Word file into a plan with its targets', () => {
    expect(listTargets(parsePlan(readFileSync(plan, 'utf8'))).length).toBeGreaterThan(10);
  });

  describe.each([
    ['mid-year', '2023-H1', '2023-06-30', [`${data}-2022.json`, `${data}-2023-H1.json`], /sơ kết 6 tháng đầu năm 2023/i],
    ['year end', '2023', '2023-12-31', [`${data}-2022.json`, `${data}-2023.json`], /tổng kết năm 2023/i],
  ] as const)('%s', (_when, period, asOf, files, review) => {
    const sheet = join(dir, `so-lieu-${period}.xlsx`);
    const filled = join(dir, `so-lieu-${period}-filled.xlsx`);
    const rows = rowsOf(files);

    beforeAll(async () => {
      const t = await run(templateCommand, [plan, '--out', sheet, '--period', period]);
      expect(t.code, t.err).toBe(0);
      writeFileSync(filled, await fillTemplate(new Uint8Array(readFileSync(sheet)), rows));
      writeFileSync(join(dir, `rows-${period}.json`), JSON.stringify({ observations: rawRowsOf(files) }));
    });

    it('checks the filled sheet with the verdicts the same rows give as JSON, and not only "no data"', async () => {
      const fromSheet = await run(checkCommand, [plan, '--data', filled, '--as-of', asOf, '--format', 'json']);
      const fromJson = await run(checkCommand, [plan, '--data', join(dir, `rows-${period}.json`), '--as-of', asOf, '--format', 'json']);
      expect([0, 1], fromSheet.err + fromSheet.out.slice(0, 500)).toContain(fromSheet.code);
      expect([0, 1], fromJson.err + fromJson.out.slice(0, 500)).toContain(fromJson.code);
      expect(statuses(fromSheet.out)).toEqual(statuses(fromJson.out));
      expect(statuses(fromSheet.out).join(' ')).toMatch(/ (met|exceeded|not_met)/);
    });

    it.each(FORMATS)('writes the %s report, titled with its review and listing every target', async (format) => {
      const out = join(dir, `bao-cao-${period}.${format}`);
      const r = await run(checkCommand, [plan, '--data', filled, '--as-of', asOf, '--out', out]);
      expect([0, 1], r.err).toContain(r.code);
      const text = textOf(out);
      expect(text).toMatch(review);
      for (const t of listTargets(parsePlan(readFileSync(plan, 'utf8')))) expect(text, t.stt).toContain(t.stt);
    });
  });
});
