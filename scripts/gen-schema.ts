/**
 * Write schema.json at the repository root: the JSON Schema (draft 2020-12) of observed data,
 * generated from the zod schema that validates it (src/data/schema.ts), so the two cannot
 * drift. Shipped as `chitieu/schema.json`; data files may point at it with `"$schema"`.
 * Run by `npm run build`, or alone: `npx tsx scripts/gen-schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { observationSetSchema } from '../src/data/schema.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The schema document: zod's output with an `$id` for the published path.
 *
 * @example
 * observationsJsonSchema().properties.observations.type // "array"
 */
export function observationsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(observationSetSchema(), { target: 'draft-2020-12' });
  return { $id: 'https://unpkg.com/chitieu/schema.json', ...schema };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = resolve(ROOT, 'schema.json');
  writeFileSync(path, `${JSON.stringify(observationsJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
