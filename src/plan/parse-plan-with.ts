/**
 * The plan parser with its statement parser as a parameter. The public `parsePlan` binds it to
 * `safeParseTarget`; tests of the file structure can bind it to something simpler.
 */
import type { Conventions } from '../reading/context.js';
import type { Lang } from '../diagnostics/index.js';
import { buildPlan } from './build-plan.js';
import type { PlanDiagnostic } from './diagnostics.js';
import { eachLine } from './lines.js';
import { PlanError } from './plan-error.js';
import type { StatementParser } from './statement.js';
import { buildStructure } from './structure.js';
import type { Plan } from './types.js';

/**
 * Options of `parsePlan`: a file name for messages, and the language of messages.
 *
 * @example
 * parsePlan(source, { file: 'cam-pha-102-2023.chitieu', lang: 'en' }) // errors name the file, in English
 */
export interface ParsePlanOptions {
  readonly file?: string;
  readonly lang?: Lang;
  /** How statements are read where the plan's header (`Quy ước:`) does not say (see `Conventions`). */
  readonly conventions?: Conventions;
}

/**
 * What `safeParsePlan` returns: the plan and its warnings, or a {@link PlanError} holding every error.
 *
 * @example
 * const r = safeParsePlan(source, { file: 'plan.chitieu' })
 * if (r.success) listTargets(r.plan); else console.error(r.error.format())
 */
export type SafeParsePlanResult =
  | { readonly success: true; readonly plan: Plan; readonly warnings: readonly PlanDiagnostic[] }
  | { readonly success: false; readonly error: PlanError };

/**
 * Parse a `.chitieu` file with the given statement parser; never throws.
 *
 * @example
 * const result = safeParsePlanWith(source, safeParseTarget, { file: 'plan.chitieu' });
 * if (!result.success) console.error(result.error.format());
 */
export function safeParsePlanWith(source: string, parse: StatementParser, options: ParsePlanOptions = {}): SafeParsePlanResult {
  const lang = options.lang ?? 'vi';
  // A byte order mark is skipped, not sliced off: every span then indexes `source` itself.
  const raw = buildStructure(eachLine(source, source.startsWith('\uFEFF') ? 1 : 0), lang);
  const { plan, diagnostics } = buildPlan(raw, parse, lang, options.file, options.conventions);
  if (diagnostics.some((d) => d.severity === 'error')) {
    return { success: false, error: new PlanError(source, diagnostics, options.file, lang) };
  }
  return { success: true, plan, warnings: diagnostics };
}

/**
 * Parse a `.chitieu` file with the given statement parser; throws {@link PlanError}.
 *
 * @example
 * const plan = parsePlanWith(source, safeParseTarget);
 */
export function parsePlanWith(source: string, parse: StatementParser, options: ParsePlanOptions = {}): Plan {
  const result = safeParsePlanWith(source, parse, options);
  if (!result.success) throw result.error;
  return result.plan;
}
