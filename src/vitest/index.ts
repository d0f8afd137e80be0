/**
 * `chitieu/vitest`: matchers for test suites that validate targets before data is collected.
 * Register them through `setupFiles` (importing this module extends `expect`):
 *
 * ```ts
 * // vitest.config.ts
 * export default defineConfig({ test: { setupFiles: ['chitieu/vitest'] } })
 * // a test
 * expect(parsePlan(source)).toBeConsistent()
 * expect(camPha).toBeAtLeastAsStrictAs(quangNinh, { mapping })
 * expect('Giảm 07% so với năm 2022').toBeMetBy(data)
 * ```
 *
 * Failure messages name the targets, the reason and, where looser, the counterexample. The
 * same checks without vitest are `checkConsistent` / `assertConsistent` etc. from `chitieu`.
 */
import { expect } from 'vitest';
import type { Clause } from '../ast/types.js';
import type { Checked, ConsistentOptions, MetOptions, StrictOptions } from './assertions.js';
import { chitieuMatchers } from './matchers.js';

expect.extend(chitieuMatchers);

export { chitieuMatchers, type MatcherContext, type MatcherResult } from './matchers.js';
export {
  assertAtLeastAsStrictAs,
  assertConsistent,
  assertMetBy,
  checkAtLeastAsStrict,
  checkConsistent,
  checkMetBy,
  ChitieuAssertionError,
  type AssertionErrorCode,
  type CheckOutcome,
  type Checked,
  type ConsistentOptions,
  type MetOptions,
  type StrictOptions,
} from './assertions.js';

/** The chitieu matchers on `expect(...)`. */
export interface ChitieuMatchers<R = unknown> {
  /** The plan (or target, or statement) has no error-level consistency finding. */
  toBeConsistent(options?: ConsistentOptions): R;
  /** The lower plan (target, statement, clause) is at least as strict as `higher` ("đạt và vượt"). */
  toBeAtLeastAsStrictAs(higher: Checked | Clause, options?: StrictOptions): R;
  /** The data (an `ObservationSet` or raw `{ observations: [...] }`) meets the target: đạt or vượt. */
  toBeMetBy(data: unknown, options?: MetOptions): R;
}

declare module 'vitest' {
  // Vitest's own declaration is `Matchers<T = any>`: the augmentation must repeat it exactly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends ChitieuMatchers<T> {}
}
