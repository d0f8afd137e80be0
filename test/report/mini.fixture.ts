/**
 * The small plan and data of the report tests (test/report/fixtures/mini.*): a part of the
 * Cẩm Phả plan with invented sample figures. Only tests import this file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseObservationsJson } from '../../src/data/parse-observations.js';
import type { ObservationSet } from '../../src/data/types.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Plan } from '../../src/plan/types.js';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export const MINI_PLAN_FILE = `${DIR}mini.chitieu`;
export const MINI_DATA_FILE = `${DIR}mini.data.json`;

export function miniPlan(): Plan {
  return parsePlan(readFileSync(MINI_PLAN_FILE, 'utf8'), { file: 'mini.chitieu' });
}

export function miniData(): ObservationSet {
  return parseObservationsJson(readFileSync(MINI_DATA_FILE, 'utf8'));
}
