/** Optional peer dependencies (database drivers), loaded when an engine is asked for. */

/**
 * A database driver that is not installed: `npm install @duckdb/node-api` (or `pg`,
 * `@clickhouse/client`) next to chitieu.
 *
 * @example
 * try { await checkPlanDuckdb(plan, source) } catch (e) { if (e instanceof EngineMissingError) console.error(e.message) }
 */
export class EngineMissingError extends Error {
  override readonly name = 'EngineMissingError';
  constructor(
    readonly packageName: string,
    readonly engine: string,
  ) {
    super(`--engine ${engine} cần gói ${packageName}, chưa được cài: npm install ${packageName} (--engine ${engine} needs the package ${packageName}, which is not installed)`);
  }
}

/**
 * Import an optional dependency, or throw `EngineMissingError`.
 *
 * @example
 * const duckdb = await loadOptional<typeof import('@duckdb/node-api')>('@duckdb/node-api', 'duckdb')
 */
export async function loadOptional<T>(name: string, engine: string): Promise<T> {
  try {
    return (await import(/* @vite-ignore */ name)) as T;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new EngineMissingError(name, engine);
    throw e;
  }
}
