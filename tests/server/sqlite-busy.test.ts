/**
 * Another process holds SQLite's write lock (as a command-line import does while it writes): the
 * service stays responsive, reads go on, and a write is answered 503 with Retry-After instead of a
 * 500 after a frozen wait. Once the lock is gone the same write goes through.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDataService } from '../../src/server';

const ROOT = path.resolve(__dirname, '..', '..');

/** A second process that takes the write lock of `file` and keeps it until its stdin closes. */
async function holdWriteLock(file: string): Promise<ChildProcessWithoutNullStreams> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE meta SET value = value WHERE key = 'change_seq'").run();
    process.stdout.write('locked\\n');
    process.stdin.resume();
    process.stdin.on('end', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: ROOT });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => b.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
  return child;
}

test('a write while another process holds the lock: 503 with Retry-After, and the service answers meanwhile', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-busy-')), 'db.sqlite');
  const s = await startDataService({ dbFile: file, port: 0 });
  const { token } = await s.store.addToken('department', 'Phòng Kinh tế', 'busy');
  const [cur] = await s.store.history('lua-gieo-cay', '2026-05', '2026-05');
  const put = (): Promise<Response> =>
    fetch(`${s.url}/api/indicators/lua-gieo-cay/values/2026-05`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ value: 515, version: cur.version }),
    });
  const holder = await holdWriteLock(file);
  try {
    let answered = false;
    const write = put().then((r) => ((answered = true), r));
    // While the write waits for the lock, other requests are answered one after another: the wait
    // does not block the event loop (a synchronous busy wait would answer at most the first).
    let meanwhile = 0;
    while (!answered) {
      const health = await fetch(`${s.url}/healthz`);
      expect(health.status).toBe(200);
      if (!answered) meanwhile++;
    }
    expect(meanwhile).toBeGreaterThanOrEqual(5);
    const busy = await write;
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await busy.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('busy');
    expect(body.error.message).toMatch(/đang bận/);
    // Reads are not held up by a writer (WAL).
    expect((await fetch(`${s.url}/api/periods/2026-05`)).status).toBe(200);
  } finally {
    holder.stdin.end();
    await new Promise((r) => holder.once('exit', r));
  }
  try {
    const after = await put();
    expect(after.status).toBe(200);
    expect(((await after.json()) as { value: number }).value).toBe(515);
  } finally {
    await s.close();
  }
}, 30000);
