/**
 * `chitieu import ke-hoach.docx` end to end: the CLI reads the Word file's bytes and imports
 * it through chitieu/docx (here rather than beside the command: the Word file is built by a
 * fixture of src/docx, and src/cli may import only the package's entries).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectingIo } from '../src/cli/commands/cli-io.fixture.js';
import { importCommand } from '../src/cli/commands/import.js';
import { camPhaDocx } from '../src/docx/source-plans.fixture.js';
import { listTargets, parsePlan } from '../src/index.js';

describe('chitieu import <file.docx>', () => {
  it('reads a Word file directly: the plan tables and its header, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-import-'));
    const docx = join(dir, 'ke-hoach.docx');
    const out = join(dir, 'cam-pha.chitieu');
    writeFileSync(docx, await camPhaDocx());
    const c = collectingIo();
    expect(await importCommand.run([docx, '--out', out], c.io)).toBe(0);
    expect(c.err()).toContain('25 chỉ tiêu, 11 nhiệm vụ, 5 mục');
    const plan = parsePlan(readFileSync(out, 'utf8'));
    expect([plan.header.number, plan.header.date, plan.header.issuer]).toEqual(['102/KH-UBND', '2023-04-05', 'Ủy ban nhân dân thành phố Cẩm Phả']);
    expect(listTargets(plan)).toHaveLength(25);
  });

});
