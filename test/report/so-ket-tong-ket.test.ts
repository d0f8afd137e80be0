/**
 * Acceptance of the report out (issue 11): `chitieu check` in text, md, html and docx, at
 * mid-year and at year end, on both source plans with their sample data. Each says in its title
 * which review it is, lists every target, and prints the figures a sơ kết / tổng kết needs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/commands/check.js';
import { collectingIo } from '../../src/cli/commands/cli-io.fixture.js';
import { listTargets } from '../../src/plan/walk.js';
import { unzipText } from '../helpers/unzip.js';
import { EXAMPLE_REPORTS, EXAMPLES_DIR, loadExamplePlan } from './examples.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-so-ket-'));
const FORMATS = ['text', 'md', 'html', 'docx'] as const;

/** The report as text (docx: the visible text of its document.xml). */
async function run(plan: string, data: string, asOf: string, format: (typeof FORMATS)[number]): Promise<{ code: number; text: string }> {
  const c = collectingIo();
  const out = join(dir, `${plan}-${asOf}.${format === 'text' ? 'txt' : format}`);
  const code = await checkCommand.run([`${EXAMPLES_DIR}${plan}`, '--data', `${EXAMPLES_DIR}${data}`, '--as-of', asOf, '--out', out], c.io);
  if (format !== 'docx') return { code, text: readFileSync(out, 'utf8') };
  const xml = unzipText(readFileSync(out)).get('word/document.xml') ?? '';
  return { code, text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n') };
}

describe.each(EXAMPLE_REPORTS.map((r) => [r.plan, r.data, r.asOf] as const))('%s with %s as of %s', (plan, data, asOf) => {
  const midYear = asOf.endsWith('-06-30');
  const ids = listTargets(loadExamplePlan(plan)).map((t) => t.stt);

  it.each(FORMATS)('%s: the review in the title, every target, the figures columns', async (format) => {
    const { code, text } = await run(plan, data, asOf, format);
    expect([0, 1]).toContain(code); // 1: some targets are not met in the sample data
    const review = midYear ? /sơ kết 6 tháng đầu năm 2023/i : /tổng kết năm 2023/i;
    expect(text).toMatch(review);
    for (const id of ids) expect(text, id).toContain(id);
    if (format !== 'text') for (const column of ['Kế hoạch', 'Kết quả thực hiện', 'So với kế hoạch', 'Cùng kỳ năm trước', 'Đánh giá']) expect(text, column).toContain(column);
    // (the text format wraps its cells, so a phrase may break across lines: its figure lines start with `Kết quả:`)
    if (format === 'text') expect(text).toContain('│ Kết quả: ');
    else expect(text).toMatch(/đạt (≈ )?\d+(,\d+)?% kế hoạch/);
  });
});

describe('the mid-year review of Cẩm Phả', () => {
  it('shows an annual count’s progress, not a final failure, and the same period a year earlier', async () => {
    const { text } = await run('cam-pha-102-2023.chitieu', 'cam-pha-2023-H1.json', '2023-06-30', 'md');
    const row = text.split('\n').find((l) => l.startsWith('| 3.3 |')) ?? '';
    expect(row).toContain('đạt ≈ 47,27% kế hoạch năm'); // 260 of 550 hồ sơ
    expect(row).toContain('chưa đến hạn');
    expect(row).not.toContain('không đạt');
    expect(row).toContain('240 hồ sơ, 6 tháng đầu năm 2022; tăng ≈ 8,33%');
  });
});
