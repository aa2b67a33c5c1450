/**
 * `npm run bench:serve`: requests/s and latency of "all values of a period" under 200 concurrent
 * connections on loopback, beside a bare fastify route in the same run as the baseline.
 * Goal: at least half the baseline's throughput, p99 under 20 ms.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

// autocannon ships no types; this is the part of its API used here.
interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (o: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<Result>;

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function measure(name: string, url: string, headers?: Record<string, string>): Promise<Result> {
  const r = await autocannon({ url, connections: 200, duration: DURATION, headers });
  console.log(`${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   non-2xx ${r.non2xx}, errors ${r.errors}`);
  return r;
}

async function main(): Promise<void> {
  // The servers run in a child process: on a 2-core machine the load generator must not share their event loop.
  const child = spawn(path.join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [path.join(__dirname, 'serve-target.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const urls = await new Promise<{ bare: string; service: string }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]) as { bare: string; service: string });
    });
    child.on('exit', () => reject(new Error('bench target exited')));
  });
  try {
    console.log(`200 connections, ${DURATION} s each, loopback, servers in their own process`);
    const base = await measure('bare fastify route (baseline)', urls.bare);
    const full = await measure('GET /api/periods/2026-05', `${urls.service}/api/periods/2026-05`);
    const etag = (await fetch(`${urls.service}/api/periods/2026-05`)).headers.get('etag') ?? '';
    await measure('same, If-None-Match (304)', `${urls.service}/api/periods/2026-05`, { 'if-none-match': etag });
    console.log(`throughput vs baseline: ${((full.requests.average / base.requests.average) * 100).toFixed(0)}% (goal ≥ 50%), p99 ${full.latency.p99} ms (goal < 20 ms)`);
  } finally {
    child.stdin.end();
    child.kill();
  }
}

void main();
