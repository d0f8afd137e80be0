/**
 * The `chitieu/vitest` matchers as a plain object for `expect.extend`: each wraps a `check*`
 * function of `assertions.ts` and words its message for `expect(x).not` as well.
 */
import type { Clause, Target } from '../ast/types.js';
import {
  checkAtLeastAsStrict,
  checkConsistent,
  checkMetBy,
  type Checked,
  type ConsistentOptions,
  type MetOptions,
  type StrictOptions,
} from './assertions.js';

/**
 * What `expect.extend` needs from a matcher's result: whether it passed, and the message
 * vitest prints when the assertion fails.
 *
 * @example
 * const r = chitieuMatchers.toBeConsistent.call({ isNot: false }, 'Đạt trên 100%')
 * r.pass      // false
 * r.message() // 'chỉ tiêu không nhất quán: 1 lỗi\n  - ...'
 */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/**
 * The part of vitest's matcher context the matchers read: `isNot` under `expect(x).not`.
 *
 * @example
 * chitieuMatchers.toBeConsistent.call({ isNot: true }, 'Đạt trên 91%').message()
 * // 'expected an inconsistency, found none\n...'
 */
export interface MatcherContext {
  readonly isNot: boolean;
}

function result(ctx: MatcherContext, outcome: { pass: boolean; message: string }, negated: string): MatcherResult {
  // With `.not`, a pass is the failure: say what passed and that it was expected not to.
  return { pass: outcome.pass, message: () => (ctx.isNot ? `${negated}\n${outcome.message}` : outcome.message) };
}

/**
 * The matchers, for `expect.extend(chitieuMatchers)` when not using the setup file.
 *
 * @example
 * import { expect } from 'vitest'
 * import { chitieuMatchers } from 'chitieu/vitest'
 * expect.extend(chitieuMatchers)
 */
export const chitieuMatchers = {
  toBeConsistent(this: MatcherContext, received: Checked, options?: ConsistentOptions): MatcherResult {
    return result(this, checkConsistent(received, options), 'expected an inconsistency, found none');
  },
  toBeAtLeastAsStrictAs(this: MatcherContext, received: Checked | Clause, higher: Checked | Clause, options?: StrictOptions): MatcherResult {
    return result(this, checkAtLeastAsStrict(received, higher, options), 'expected the lower not to be at least as strict as the higher');
  },
  toBeMetBy(this: MatcherContext, received: Target | string, data: unknown, options?: MetOptions): MatcherResult {
    return result(this, checkMetBy(received, data, options), 'expected the target not to be met');
  },
};
