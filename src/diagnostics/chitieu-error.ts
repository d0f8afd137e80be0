import type { Lang } from './types.js';

/**
 * The base of every error chitieu throws: {@link ParseError}, {@link PlanError},
 * {@link DataError} and {@link ChitieuAssertionError}. As in zod and Langium, an error is
 * data: a stable `code` to branch on, and readonly fields that say where and what (each
 * subclass's `diagnostics`, `issues` or `outcome`); rendering it as text is a separate step,
 * `format(lang)`, in Vietnamese (the default) or English. `message` is the short form, in the
 * language the call was made with.
 *
 * @typeParam Code - the stable codes this kind of error can carry.
 *
 * @example
 * try { parsePlan(source) } catch (e) {
 *   if (!(e instanceof ChitieuError)) throw e // a bug, not bad input
 *   console.error(e.name, e.code)             // 'PlanError' 'unknown_field'
 *   console.error(e.format('en'))             // every problem, in English
 * }
 */
export abstract class ChitieuError<Code extends string = string> extends Error {
  /** A stable code: the text of a message may change, a code does not. */
  abstract readonly code: Code;

  /** Every problem the error carries, rendered as text in `lang` (Vietnamese by default). */
  abstract format(lang?: Lang): string;
}
