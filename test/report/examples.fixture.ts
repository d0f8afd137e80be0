/**
 * The example plans with their sample data, as the report tests and `npm run examples` read
 * them. Only tests and the snapshot writer import this file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseObservationsJson } from '../../src/data/parse-observations.js';
import type { ObservationSet } from '../../src/data/types.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Plan } from '../../src/plan/types.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** One example report: which plan, which data, as of when, and where its Markdown snapshot lives. */
export interface ExampleReport {
  readonly plan: string;
  readonly data: string;
  readonly asOf: string;
  /** The snapshot file in examples/, for the year-end reports. */
  readonly snapshot?: string;
}

export const EXAMPLE_REPORTS: readonly ExampleReport[] = [
  { plan: 'cam-pha-102-2023.chitieu', data: 'cam-pha-2023.json', asOf: '2023-12-31', snapshot: 'cam-pha-102-2023.report.md' },
  { plan: 'cam-pha-102-2023.chitieu', data: 'cam-pha-2023-H1.json', asOf: '2023-06-30' },
  { plan: 'hai-duong-2023.chitieu', data: 'hai-duong-2023.json', asOf: '2023-12-31', snapshot: 'hai-duong-2023.report.md' },
  { plan: 'hai-duong-2023.chitieu', data: 'hai-duong-2023-H1.json', asOf: '2023-06-30' },
];

export function loadExamplePlan(name: string): Plan {
  return parsePlan(readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8'), { file: `examples/${name}` });
}

/** The sample data (its `"_note": "SAMPLE DATA ..."` is a comment the data format allows). */
export function loadExampleData(name: string): ObservationSet {
  return parseObservationsJson(readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8'));
}
