/**
 * Every printed list is bounded, with its true total, the same in every path (issue 10):
 * 100,000 bad rows gave 17 MB on stderr from JSON while NDJSON stopped at 1,000 and said
 * "(và 999 lỗi khác)"; a million unknown metric ids gave a million warning lines.
 */
import { describe, expect, it } from 'vitest';
import { miniData, miniPlan } from '../../test/report/mini.fixture.js';
import { DataError } from '../data/data-error.js';
import { parseObservationsJson } from '../data/parse-observations.js';
import { PRINT_LIMIT } from '../diagnostics/bounded-list.js';
import { parsePlan, safeParsePlan } from '../plan/parse-plan.js';
import { evaluatePlan } from './evaluate-plan.js';
import { renderReport } from './render/index.js';
import { checkPlanRows } from './stream/check-plan-rows.js';
import type { PlanReport } from './types.js';

const BAD = 100_000;
const badRow = (i: number) => `{"metric":"1","period":"2023-13","value":${i}}`;

async function caught(f: () => unknown): Promise<DataError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('bounded error lists', () => {
  it('JSON and NDJSON data print the same: 1000 issues, then the true count of the rest', async () => {
    const rows = Array.from({ length: BAD }, (_, i) => badRow(i));
    const fromJson = await caught(() => parseObservationsJson(`{"observations":[${rows.join(',')}]}`));
    const plan = parsePlan('Năm: 2023\nChỉ tiêu 1: Tỷ lệ\n  Chỉ tiêu thực hiện: Đạt trên 91%\n');
    const fromNdjson = await caught(() => checkPlanRows(plan, rows));
    expect([fromJson.total, fromNdjson.total]).toStrictEqual([BAD, BAD]);
    expect(fromNdjson.issues).toHaveLength(1000); // the streamed check keeps the first ones
    for (const e of [fromJson, fromNdjson]) {
      const lines = (e as DataError).format().split('\n');
      expect(lines).toHaveLength(PRINT_LIMIT + 1);
      expect(lines.at(-1)).toBe('(và 99.000 lỗi khác)');
      expect(e.message.endsWith('(và 99.999 lỗi khác)')).toBe(true);
      expect((e as DataError).format('en').split('\n').at(-1)).toBe('(and 99,000 more errors)');
    }
  }, 60_000);

  it('plan errors: the first 1000 with their code frames, then how many more', () => {
    const source = `Năm: 2023\n${Array.from({ length: 3000 }, (_, i) => `Chu tr ${i}: x\n`).join('')}`;
    const parsed = safeParsePlan(source, { file: 'bad.chitieu' });
    if (parsed.success) throw new Error('expected errors');
    const out = parsed.error.format();
    expect(out.match(/^bad\.chitieu:\d+:\d+: /gm)).toHaveLength(PRINT_LIMIT);
    expect(out.endsWith(`\n(và ${String(parsed.error.diagnostics.length - PRINT_LIMIT).replace(/\B(?=(\d{3})+$)/g, '.')} lỗi, cảnh báo khác)`)).toBe(true);
  });
});

describe('bounded warnings in every report format', () => {
  const base = evaluatePlan(miniPlan(), miniData(), { asOf: '2023-12-31' });
  const one = base.warnings[0]!;
  const report: PlanReport = { ...base, warnings: Array.from({ length: 1_000_000 }, (_, i) => ({ ...one, found: `x${i}` })) };

  it.each(['text', 'md', 'html'] as const)('%s: 1000 warnings, then "(và 999.000 cảnh báo khác)"', (format) => {
    // Markdown shows the backticks of plan and data text escaped (`mdText`): read them as written.
    const out = renderReport(report, format).replace(/\\`/g, '`');
    expect(out.match(/`x\d+`/g)?.length).toBe(PRINT_LIMIT);
    expect(out.includes('`x999`')).toBe(true);
    expect(out.includes('x1000`')).toBe(false);
    expect(out.includes('(và 999.000 cảnh báo khác)')).toBe(true);
  });
});
