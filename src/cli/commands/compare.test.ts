import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectingIo } from './cli-io.fixture.js';
import { compareCommand } from './compare.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-compare-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const LOWER = file('lower.chitieu', `Số: 102/KH-UBND
Năm: 2023

Chỉ tiêu 2.2: Giải quyết tố giác, tin báo về tội phạm
  Chỉ tiêu thực hiện: Đạt trên 91%
Chỉ tiêu 2.3: Giảm tội phạm về trật tự xã hội
  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022
`);
const HIGHER = file('higher.chitieu', `Số: 56/KH-UBND
Năm: 2023

Chỉ tiêu 1: Giảm tội phạm
  Chỉ tiêu thực hiện: kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2022
Chỉ tiêu 2: Giải quyết tin báo
  Chỉ tiêu thực hiện: tỷ lệ giải quyết tố giác, tin báo đạt trên 95%
`);
const MAPPING = file('map.json', JSON.stringify({ pairs: [{ lower: '2.3', higher: '1' }, { lower: '2.2', higher: '2' }] }));

describe('chitieu compare', () => {
  it('judges each mapped pair and exits 1 when one is looser', async () => {
    const { io, out } = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--mapping', MAPPING, '--lang', 'en'], io)).toBe(1);
    expect(out()).toContain('2.2 `> 91%` LOOSER than 2 `> 95%`: 92% meets 2.2 but fails 2.');
    expect(out()).toContain('2.3 `cut ≥ 7% against 2022` stricter than 1 `cut ≥ 5% against 2022`');
    expect(out()).toContain('1 stricter, 0 equal, 1 looser, 0 not comparable');
  });

  it('exits 0 when nothing is looser', async () => {
    const only = file('only.json', JSON.stringify({ pairs: [{ lower: '2.3', higher: '1' }] }));
    const { io } = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--mapping', only], io)).toBe(0);
  });

  it('prints the comparison as JSON with the counterexample', async () => {
    const { io, out } = collectingIo();
    await compareCommand.run([LOWER, HIGHER, '--mapping', MAPPING, '--json'], io);
    const json = JSON.parse(out()) as { ok: boolean; counts: Record<string, number>; pairs: { strictness: string; counterexample?: { value: string }; message: string }[] };
    expect(json.ok).toBe(false);
    expect(json.counts).toEqual({ stricter: 1, equal: 0, looser: 1, not_comparable: 0 });
    expect(json.pairs.map((p) => [p.strictness, p.counterexample?.value])).toEqual([['looser', '92'], ['stricter', undefined]]);
  });

  it('flags mapping ids that name nothing', async () => {
    const wrong = file('wrong.json', JSON.stringify({ pairs: [{ lower: '2.3', higher: '9' }] }));
    const { io, out } = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--mapping', wrong], io)).toBe(1);
    expect(out()).toContain('không có chỉ tiêu mã `9`');
  });

  it('proposes a mapping with --suggest', async () => {
    const { io, out } = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--suggest'], io)).toBe(0);
    const json = JSON.parse(out()) as { pairs: { lower: string; higher: string }[] };
    expect(json.pairs.map((p) => `${p.lower}→${p.higher}`)).toEqual(['2.2→2', '2.3→1']);
  });

  it('rejects a malformed mapping and a wrong number of files as usage errors', async () => {
    const bad = file('bad.json', JSON.stringify({ pairs: [{ lower: '2.3' }] }));
    const malformed = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--mapping', bad], malformed.io)).toBe(2);
    expect(malformed.err()).toMatch(/pairs\.0\.higher/);
    const one = collectingIo();
    expect(await compareCommand.run([LOWER], one.io)).toBe(2);
    expect(one.err()).toContain('two plan files');
  });

  it('says when nothing pairs (no shared `Mã`, no mapping) and points to --suggest, exit 2 (issue 10)', async () => {
    const { io, out, err } = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toContain('không ghép được cặp chỉ tiêu nào');
    expect(err()).toContain('--suggest');
    const json = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--json'], json.io)).toBe(2);
    expect(JSON.parse(json.out()).error.code).toBe('nothing_paired');
    const empty = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--mapping', file('empty.json', '{"pairs": []}')], empty.io)).toBe(2);
    expect(empty.err()).toContain('the mapping has no pairs');
  });

  it('a mapping that is not JSON is bad input (invalid_json), never an internal error', async () => {
    const { io, out } = collectingIo();
    expect(await compareCommand.run([LOWER, HIGHER, '--mapping', file('broken.json', '{"pairs": ['), '--json'], io)).toBe(2);
    expect(JSON.parse(out()).error).toMatchObject({ code: 'invalid_json', file: join(dir, 'broken.json') });
  });
});
