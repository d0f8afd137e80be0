// zod/mini, not `zod`: the classic API keeps its whole namespace in the bundle (~450 KB, ~50 ms
// of the cold start). Mini installs no message locale, so readMapping passes zod's English one
// to each parse; that also leaves zod's global config (shared with the user's own zod) alone.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Which metric of the lower plan implements which metric of the higher plan. Authors write it
 * as JSON next to the plans (`examples/cam-pha-vs-hai-duong.mapping.json`):
 *
 * ```json
 * { "lower": "102/KH-UBND", "higher": "HD-2023",
 *   "pairs": [{ "lower": "2.3", "higher": "I.3", "note": "tội phạm về TTXH" }] }
 * ```
 * `lower` / `higher` at the top name the plans (for readers; not checked). One lower metric may
 * implement several higher ones and the other way round.
 *
 * @example
 * ({ lower: '102/KH-UBND', higher: 'HD-2023', pairs: [{ lower: '2.3', higher: 'I.3', note: 'tội phạm về TTXH' }] })
 */
export interface PlanMapping {
  readonly lower?: string;
  readonly higher?: string;
  readonly pairs: readonly MetricLink[];
}

/**
 * One link of a mapping: a lower plan's metric id and the higher plan's metric id it implements.
 *
 * @example
 * ({ lower: '2.3', higher: 'I.3', note: 'tội phạm về TTXH' })
 */
export interface MetricLink {
  readonly lower: string;
  readonly higher: string;
  readonly note?: string;
}

/** The mapping format. Built on first use: zod schemas cost time to construct, few programs read a mapping. */
function buildSchema() {
  return z.object({
    lower: z.optional(z.string()),
    higher: z.optional(z.string()),
    pairs: z.array(z.strictObject({ lower: z.string().check(z.minLength(1)), higher: z.string().check(z.minLength(1)), note: z.optional(z.string()) })),
  });
}
/** The schema and zod's English messages (the CLI prints them), made by the first readMapping. */
let reader: { readonly schema: ReturnType<typeof buildSchema>; readonly english: z.core.$ZodErrorMap } | undefined;

/**
 * A problem in a mapping file: where (`pairs.3.higher`) and what, as data.
 *
 * @example
 * readMapping({ pairs: [{ lower: '2.3' }] })
 * // { success: false, issues: [{ path: 'pairs.0.higher', message: 'Invalid input: expected string, received undefined' }] }
 */
export interface MappingIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The outcome of reading a mapping: the mapping, or every issue found.
 *
 * @example
 * readMapping({ pairs: [{ lower: '2.3' }] }) // { success: false, issues: [{ path: 'pairs.0.higher', message: ... }] }
 */
export type MappingResult = { readonly success: true; readonly mapping: PlanMapping } | { readonly success: false; readonly issues: readonly MappingIssue[] };

/**
 * Check parsed JSON against the mapping format.
 *
 * @example
 * readMapping(JSON.parse(text)) // { success: true, mapping: { pairs: [...] } }
 * readMapping({ pairs: [{ lower: '2.3' }] }) // { success: false, issues: [{ path: 'pairs.0.higher', ... }] }
 */
export function readMapping(json: unknown): MappingResult {
  reader ??= { schema: buildSchema(), english: en().localeError };
  const r = reader.schema.safeParse(json, { error: reader.english });
  if (!r.success) return { success: false, issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  const { lower, higher, pairs } = r.data;
  const mapping: PlanMapping = {
    ...(lower === undefined ? {} : { lower }),
    ...(higher === undefined ? {} : { higher }),
    pairs: pairs.map((p) => ({ lower: p.lower, higher: p.higher, ...(p.note === undefined ? {} : { note: p.note }) })),
  };
  return { success: true, mapping };
}
