/**
 * The worker thread that reads sheets (sheet-pool.ts starts it): one job at a time, the answer or the
 * reason it was refused posted back. A failure that is not a refusal makes the pool replace the thread.
 */
import { parentPort } from 'node:worker_threads';
import { readSheet, SheetError } from './sheet';
import type { SheetJob, SheetReply } from './sheet-pool';

const port = parentPort;
if (!port) throw new Error('sheet-worker.ts runs as a worker thread (see sheet-pool.ts)');

port.on('message', (job: SheetJob) => {
  readSheet(Buffer.from(job.bytes), job.kind).then(
    (result) => port.postMessage({ id: job.id, ok: true, result } satisfies SheetReply),
    (err: unknown) =>
      port.postMessage({
        id: job.id,
        ok: false,
        refused: err instanceof SheetError,
        message: err instanceof Error ? err.message : String(err),
      } satisfies SheetReply),
  );
});
