/** The servers measured by bench/serve.ts, in their own process so the load generator does not share their event loop. */
import Fastify from 'fastify';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDataService } from '../src/server';

async function main(): Promise<void> {
  const bare = Fastify();
  const payload = { ok: true };
  bare.get('/', async () => payload);
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const service = await startDataService({ dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-bench-')), 'db.sqlite'), port: 0 });
  process.stdout.write(`${JSON.stringify({ bare: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/`, service: service.url })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
}

void main();
