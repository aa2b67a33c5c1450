/**
 * One hostile file through the real code, in a process of its own so that its peak memory is its
 * own (bench/hostile-files.ts runs it). Prints one JSON line: how long, peak RSS, the longest the
 * event loop was held, and what came out.
 *   tsx bench/hostile-target.ts docx FILE          readDocxText, as `baocao check` reads a report
 *   tsx bench/hostile-target.ts import FILE [N]    N imports at once (default 1) to the data service
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readDocxText } from '../src/docx/read-text';
import { startDataService } from '../src/server';

async function main(): Promise<void> {
  const [kind, file, times = '1'] = process.argv.slice(2);
  const bytes = readFileSync(file);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let outcome = '';
  let ms = 0;
  if (kind === 'docx') {
    loop.enable();
    const t = performance.now();
    try {
      const doc = await readDocxText(new Uint8Array(bytes));
      outcome = `read, ${doc.blocks.length} paragraphs`;
    } catch (err) {
      outcome = `refused: ${err instanceof Error ? err.message : String(err)}`;
    }
    ms = performance.now() - t;
  } else {
    const s = await startDataService({ dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-bench-')), 'db.sqlite'), port: 0 });
    const { token } = await s.store.addToken('department', 'Phòng Kinh tế', 'bench');
    // A service that has been up a moment: its sheet reader has started.
    await new Promise((r) => setTimeout(r, 1500));
    loop.enable();
    const t = performance.now();
    const answers = await Promise.all(
      Array.from({ length: Number(times) }, async () => {
        const res = await fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', authorization: `Bearer ${token}` }, body: new Uint8Array(bytes) });
        const body = (await res.json()) as { error?: { message: string }; accepted?: number };
        return `${res.status} ${body.error?.message ?? `accepted ${body.accepted}`}`;
      }),
    );
    ms = performance.now() - t;
    outcome = [...new Set(answers)].join(' | ');
    await s.close();
  }
  loop.disable();
  const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), rssMB, loopMaxMs: Math.round(loop.max / 1e6), outcome: outcome.slice(0, 140) })}\n`);
  process.exit(0);
}

void main();
