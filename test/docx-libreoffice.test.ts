/**
 * A Word file written by another program: the Cẩm Phả .docx saved by LibreOffice (through
 * .odt and back to .docx) imports to the same meaning as examples/cam-pha-102-2023.chitieu.
 * LibreOffice writes lists, merged cells and header rows its own way (a table's section rows
 * and STT cells as two lists of one numbering definition, for one).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithSystem, systemToolPath } from './helpers/system.js';
import { importDocx } from '../src/docx/index.js';
import { camPhaDocx, meaning } from '../src/docx/source-plans.fixture.js';
import { parsePlan } from '../src/index.js';

describeWithSystem(['libreoffice'], 'importDocx on a .docx that LibreOffice wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-docx-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** One headless conversion, with a profile of its own (no clash with another soffice). */
  function convert(file: string, to: string, out: string): void {
    const r = spawnSync(
      systemToolPath('libreoffice'),
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, file],
      { encoding: 'utf8', timeout: 180_000, killSignal: 'SIGKILL' },
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.error?.message ?? r.stderr}`);
  }

  it('reads the same plan from it', async () => {
    const original = join(dir, 'cam-pha.docx');
    writeFileSync(original, await camPhaDocx());
    convert(original, 'odt', join(dir, 'odt'));
    convert(join(dir, 'odt', 'cam-pha.odt'), 'docx:MS Word 2007 XML', join(dir, 'back'));
    const r = importDocx(readFileSync(join(dir, 'back', 'cam-pha.docx')));
    expect(r.warnings).toEqual([]);
    expect(r.counts).toEqual({ targets: 25, tasks: 11, sections: 5 });
    const example = parsePlan(readFileSync(new URL('../examples/cam-pha-102-2023.chitieu', import.meta.url), 'utf8'));
    const plan = parsePlan(r.source, example.header.conventions ? { conventions: example.header.conventions } : {});
    expect(meaning(plan)).toEqual(meaning(example, (id) => !id.startsWith('IV.')));
  }, 400_000);
});
