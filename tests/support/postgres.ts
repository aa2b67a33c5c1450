/**
 * A real PostgreSQL for tests: TEST_DATABASE_URL when given; otherwise a throwaway cluster from
 * Debian's postgresql package, started on a free port in a temporary folder and removed after.
 * Without PostgreSQL the suites that need it are skipped, loudly; with CI set that is a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './net';

export interface TestPostgres {
  url: string;
  stop(): void;
}

function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  return null;
}


export async function startTestPostgres(): Promise<TestPostgres | null> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: () => undefined };
  const bin = pgBin();
  if (!bin) {
    // CI installs PostgreSQL (.ci/run): there a missing server is a failure, not a skip.
    if (process.env.CI) throw new Error('PostgreSQL is not installed (no initdb under /usr/lib/postgresql): .ci/run installs Debian\'s postgresql package');
    console.warn('PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL tests are SKIPPED.');
    return null;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  // initdb refuses to run as root: run the server as the postgres system user then.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]): void => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    execFileSync(full[0] as string, full[1] as string[], { stdio: 'pipe' });
  };
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      const cmd = [path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'];
      if (asRoot) spawnSync('runuser', ['-u', 'postgres', '--', ...cmd]);
      else spawnSync(cmd[0], cmd.slice(1));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the test server: its URL. */
export async function freshDatabaseUrl(pg: TestPostgres): Promise<string> {
  const name = `baocao_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const c = new Client({ connectionString: pg.url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(pg.url);
  u.pathname = `/${name}`;
  return u.href;
}
