/**
 * Acceptance: a Word file of each source plan → a `.chitieu` plan equal in meaning to
 * examples/*.chitieu: the same targets (STT, metric ids, each clause in canonical form, lead and
 * coordinating units, note), the same key tasks (id, schedule, lead), the same header.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listTargets, listTasks, parsePlan, type Plan } from '../index.js';
import { importDocx, type ImportDocxResult } from './index.js';
import { camPhaDocx, haiDuongDocx, meaning } from './source-plans.fixture.js';

const example = (name: string): Plan => parsePlan(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

describe('importDocx: Cẩm Phả 102/KH-UBND', () => {
  let r: ImportDocxResult;
  let plan: Plan;
  const cp = example('cam-pha-102-2023.chitieu');
  beforeAll(async () => {
    r = importDocx(await camPhaDocx(), { from: 'cam-pha.docx' });
    // The reading convention is the example author's choice (`Quy ước:`), not in the Word file.
    plan = parsePlan(r.source, { file: 'cam-pha.chitieu', ...(cp.header.conventions ? { conventions: cp.header.conventions } : {}) });
  });

  it('reads both appendix tables, with nothing left over', () => {
    expect(r.warnings).toEqual([]);
    expect(r.tables).toBe(2);
    expect(r.counts).toEqual({ targets: 25, tasks: 11, sections: 5 });
  });

  it('equals examples/cam-pha-102-2023.chitieu in meaning (the two duties of section IV are prose, not a table)', () => {
    expect(meaning(plan)).toEqual(meaning(cp, (id) => !id.startsWith('IV.')));
  });

  it('reads the header from the document\'s first lines', () => {
    expect(r.header).toEqual({
      number: '102/KH-UBND',
      date: '05/04/2023',
      issuer: 'Ủy ban nhân dân thành phố Cẩm Phả',
      title: 'Công tác phòng, chống tội phạm năm 2023',
      year: 2023,
      implements: [
        '56/KH-UBND, ngày 27/02/2023 của UBND tỉnh Quảng Ninh về công tác phòng, chống tội phạm năm 2023',
        'Nghị quyết số 314/NQ-HĐND, ngày 07/12/2020 của HĐND tỉnh Quảng Ninh về một số nhiệm vụ, giải pháp nâng cao chất lượng công tác phòng chống tội phạm, tệ nạn xã hội trên địa bàn tỉnh Quảng Ninh giai đoạn 2021-2025',
      ],
    });
  });

  it('keeps a multi-paragraph cell as lines and a merged lead unit on every row it covers', () => {
    const t = listTargets(plan);
    expect(t.find((x) => x.stt === '2.9')?.statement.text.split('\n')).toHaveLength(2);
    expect(t.filter((x) => x.lead.join() === 'Công an thành phố').length).toBeGreaterThan(10);
    expect(listTasks(plan).filter((x) => x.timing.text === 'Cả năm').map((x) => x.id)).toEqual(['II.8', 'II.9', 'II.10', 'II.11']);
  });
});

describe('importDocx: Hải Dương 2023', () => {
  let r: ImportDocxResult;
  let plan: Plan;
  const hd = example('hai-duong-2023.chitieu');
  beforeAll(async () => {
    r = importDocx(await haiDuongDocx(), { from: 'hai-duong.docx' });
    plan = parsePlan(r.source, { file: 'hai-duong.chitieu' });
  });

  it('reads the target and task tables, with nothing left over', () => {
    expect(r.warnings).toEqual([]);
    expect(r.tables).toBe(2);
  });

  it('equals examples/hai-duong-2023.chitieu in meaning', () => {
    expect(meaning(plan)).toEqual(meaning(hd));
  });

  it('leaves out the number and date the source leaves blank, and reads the issuer from the header table', () => {
    expect(r.header.number).toBeUndefined();
    expect(r.header.date).toBeUndefined();
    expect(r.header.issuer).toBe('Ban chỉ đạo 138 tỉnh Hải Dương');
  });
});
