/**
 * The sample observation files in examples/: marked as invented, well-formed rows, ids the
 * plans define, and together they reach every verdict status and every clause kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClauseKind } from '../../src/ast/types.js';
import { parseObservations } from '../../src/data/index.js';
import { evaluateTarget, type VerdictStatus } from '../../src/evaluate/index.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Plan } from '../../src/plan/types.js';
import { listTargets, listTasks } from '../../src/plan/walk.js';

type Row = { metric?: string; task?: string; period?: string; [k: string]: unknown };
interface SampleFile {
  _note: string;
  observations: Row[];
}

const read = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const sample = (name: string): SampleFile => JSON.parse(read(name)) as SampleFile;

const PLANS: Record<string, { plan: Plan; files: Record<string, { period: string; asOf: string }> }> = {
  'cam-pha': {
    plan: parsePlan(read('cam-pha-102-2023.chitieu')),
    files: {
      'cam-pha-2022.json': { period: '2022', asOf: '2022-12-31' },
      'cam-pha-2023.json': { period: '2023', asOf: '2023-12-31' },
      'cam-pha-2023-H1.json': { period: '2023-H1', asOf: '2023-06-30' },
    },
  },
  'hai-duong': {
    plan: parsePlan(read('hai-duong-2023.chitieu')),
    files: {
      'hai-duong-2022.json': { period: '2022', asOf: '2022-12-31' },
      'hai-duong-2023.json': { period: '2023', asOf: '2023-12-31' },
      'hai-duong-2023-H1.json': { period: '2023-H1', asOf: '2023-06-30' },
    },
  },
};

/** The rows without the `_note` key (which the observation format does not define yet). */
function observations(file: SampleFile) {
  return parseObservations({ observations: file.observations });
}

describe('sample observation files', () => {
  for (const [name, { plan, files }] of Object.entries(PLANS)) {
    const metricIds = new Set(listTargets(plan).flatMap((t) => t.metrics.map((m) => m.id)));
    const taskIds = new Set(listTasks(plan).map((t) => t.id));

    for (const file of Object.keys(files)) {
      it(`${file} says it is sample data, parses, and uses only ids of the ${name} plan`, () => {
        const data = sample(file);
        expect(Object.keys(data)[0]).toBe('_note');
        expect(data._note).toMatch(/^SAMPLE DATA/);
        expect(() => observations(data)).not.toThrow();
        for (const row of data.observations) {
          if (row.task !== undefined) expect(taskIds.has(row.task), row.task).toBe(true);
          else expect(metricIds.has(row.metric ?? ''), row.metric).toBe(true);
        }
      });
    }

    it(`the ${name} 2023 files carry the same baseline rows as the 2022 file`, () => {
      const y2022 = sample(`${name}-2022.json`).observations;
      for (const [file, prefix] of [[`${name}-2023.json`, '2022'], [`${name}-2023-H1.json`, '2022-H1']] as const) {
        const baselines = sample(file).observations.filter((r) => r.period?.startsWith('2022'));
        expect(baselines.length, file).toBeGreaterThan(0);
        expect(baselines.every((r) => r.period === prefix)).toBe(true);
        for (const r of baselines) {
          const same = y2022.find((x) => x.metric === r.metric && x.period === r.period);
          expect(same?.value ?? same?.numerator, `${file} ${r.metric}`).toEqual(r.value ?? r.numerator);
        }
      }
    });
  }

  it('reach every status, and every clause kind has data, over the 2023 and 2023-H1 files', () => {
    const statuses = new Set<VerdictStatus>();
    const kindsWithData = new Set<ClauseKind>();
    for (const { plan, files } of Object.values(PLANS)) {
      for (const [file, { period, asOf }] of Object.entries(files)) {
        if (period === '2022') continue;
        const raw = sample(file);
        const data = observations(raw);
        const rowIds = new Set(raw.observations.map((r) => r.metric ?? r.task));
        for (const t of listTargets(plan)) {
          for (const m of t.metrics) if (rowIds.has(m.id)) kindsWithData.add(m.clause.kind);
          const v = evaluateTarget(t.statement.target, data, { metric: t.metrics[0]!.id, year: 2023, period, asOf });
          for (const c of v.clauses) statuses.add(c.status);
        }
        for (const t of listTasks(plan)) {
          if (rowIds.has(t.id)) kindsWithData.add('task');
          statuses.add(evaluateTarget(t.timing.target, data, { metric: t.id, year: 2023, asOf }).status);
        }
      }
    }
    expect([...statuses].sort()).toEqual(['exceeded', 'met', 'no_data', 'not_due', 'not_met']);
    expect([...kindsWithData].sort()).toEqual(['change', 'compare', 'count', 'delegated', 'qualitative', 'rate', 'task', 'zero']);
  });

  it('give the verdicts the README describes for a few targets of the year-end file', () => {
    const { plan } = PLANS['cam-pha']!;
    const data = observations(sample('cam-pha-2023.json'));
    const status = (stt: string) => {
      const t = listTargets(plan).find((x) => x.stt === stt)!;
      return evaluateTarget(t.statement.target, data, { metric: t.metrics[0]!.id, year: 2023, period: '2023', asOf: '2023-12-31' }).clauses.map((c) => c.status);
    };
    expect(status('2.3')).toEqual(['exceeded']); // 412 → 380: −7,77% against ≥ 7%
    expect(status('2.6')).toEqual(['exceeded', 'not_met']); // 85% ≥ 80%, but 94% < 96%
    expect(status('1.3')).toEqual(['not_met']); // one school held 1 session, not 2
    expect(status('3.2')).toEqual(['no_data']);
  });
});
