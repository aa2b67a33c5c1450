/**
 * `npm run bench:busy`: a second process holds SQLite's write lock (as a command-line import does
 * while it writes) while a department's PUT arrives. Prints how long the PUT took and what it got,
 * and how many other requests the service answered meanwhile (one after another).
 * Goal: an answer (503 + Retry-After) within a few seconds, the service answering all along.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDataService } from '../src/server';

async function main(): Promise<void> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-busy-')), 'db.sqlite');
  const s = await startDataService({ dbFile: file, port: 0 });
  const { token } = await s.store.addToken('department', 'Phòng Kinh tế', 'bench');
  const [cur] = await s.store.history('lua-gieo-cay', '2026-05', '2026-05');
  const script = `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('BEGIN IMMEDIATE'); db.prepare("UPDATE meta SET value = value WHERE key = 'change_seq'").run(); console.log('locked'); process.stdin.resume(); process.stdin.on('end', () => { db.exec('COMMIT'); process.exit(0); });`;
  const holder = spawn(process.execPath, ['-e', script, file], { cwd: path.join(__dirname, '..') });
  await new Promise<void>((resolve) => holder.stdout.on('data', (b: Buffer) => b.toString().includes('locked') && resolve()));
  const t = performance.now();
  let done = false;
  const put = fetch(`${s.url}/api/indicators/lua-gieo-cay/values/2026-05`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ value: 515, version: cur.version }) }).then(async (r) => {
    done = true;
    return { ms: performance.now() - t, status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as { error?: { message: string } } };
  });
  let meanwhile = 0;
  while (!done) {
    await fetch(`${s.url}/healthz`);
    if (!done) meanwhile++;
  }
  const r = await put;
  console.log(`PUT while another process holds the write lock: ${r.status} after ${(r.ms / 1000).toFixed(2)} s, Retry-After ${r.retryAfter ?? '(none)'}; ${meanwhile} other requests answered meanwhile`);
  console.log(`  ${r.body.error?.message ?? ''}`);
  holder.stdin.end();
  await s.close();
  process.exit(0);
}

void main();
