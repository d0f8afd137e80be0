/**
 * Database servers for the adapters' tests, started as the tests' own processes (in a new
 * process group, under /tmp/sql-*) and stopped by them: the whole group, then a check that no
 * process is left.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A started server: where it listens, and how to stop it. */
export interface TestServer {
  readonly dir: string;
  stop(): Promise<void>;
}

/** Root cannot run PostgreSQL (nor should it run ClickHouse): run as the package's own user. */
function asUser(user: string): { prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
  return { prefix: ['runuser', '-u', user, '--'], uid, gid };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every process of the group stops: SIGINT (a fast shutdown), then SIGKILL if any is left. */
async function stopGroup(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const pgid = child.pid!;
  const groupAlive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pgid, signal);
  } catch {
    return;
  }
  for (let i = 0; i < 100 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive()) process.kill(-pgid, 'SIGKILL');
  for (let i = 0; i < 50 && (groupAlive() || alive(pgid)); i++) await new Promise((r) => setTimeout(r, 100));
}

/** A server process in a new process group (its own id), its output appended to `log`. */
function start(prefix: readonly string[], command: string, args: readonly string[], log: string): ChildProcess {
  const all = [...prefix, command, ...args];
  const out = openSync(log, 'a');
  return spawn(all[0]!, all.slice(1), { detached: true, stdio: ['ignore', out, out] });
}

/**
 * Debian's PostgreSQL on `port`, with a fresh cluster under /tmp/sql-pg-*; the user `postgres`
 * connects without a password over the socket in that directory.
 *
 * @example
 * const pg = await startPostgres('/usr/lib/postgresql/15/bin', 55432); ...; await pg.stop()
 */
export async function startPostgres(bin: string, port: number): Promise<TestServer & { url: Record<string, unknown> }> {
  const dir = mkdtempSync('/tmp/sql-pg-');
  const user = asUser('postgres');
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const data = join(dir, 'data');
  const initdb = [...user.prefix, join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'];
  execFileSync(initdb[0]!, initdb.slice(1), { stdio: 'ignore' });
  const child = start(user.prefix, join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', "listen_addresses=", '-c', 'fsync=off', '-c', 'max_connections=10', '-c', 'shared_buffers=32MB'], join(dir, 'log'));
  const url = { host: dir, port, user: 'postgres', database: 'postgres' };
  const { default: pg } = (await import('pg')) as unknown as { default: { Client: new (c: unknown) => { connect(): Promise<void>; end(): Promise<void> } } };
  for (let i = 0; ; i++) {
    try {
      const c = new pg.Client(url);
      await c.connect();
      await c.end();
      break;
    } catch (e) {
      if (i > 100 || child.exitCode !== null) throw new Error(`postgres did not start: ${String(e)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    dir,
    url,
    async stop() {
      await stopGroup(child, 'SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

