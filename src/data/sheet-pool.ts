/**
 * Sheets are read off the caller's event loop: in a worker thread with a memory ceiling of its own,
 * one sheet at a time, the others waiting their turn in a short queue. The data service stays
 * responsive while a department imports, and eight large imports at once cost one sheet's memory.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { inspectZip, ZipFormatError, ZipLimitError } from '../core/zip/inspect';
import type { SheetRead } from './sheet';
import { SheetError } from './sheet';
import { XLSX_LIMITS } from './xlsx-guard';

export interface SheetJob {
  id: number;
  bytes: ArrayBuffer;
  kind: 'xlsx' | 'csv';
}

export type SheetReply = { id: number; ok: true; result: SheetRead } | { id: number; ok: false; refused: boolean; message: string };

/** Too many sheets already waiting: try again shortly (the service answers 503). */
export class SheetQueueFullError extends Error {
  constructor() {
    super('sheet queue full');
  }
}

/** Heap of the reading thread: a sheet at its limits needs about a third of it. */
const HEAP_MB = 256;
// Waiting jobs hold their bytes (at most the body limit each): 32 bodies of 5 MB.
const MAX_WAITING = 32;
/** A sheet at its limits reads in a few seconds; one that takes longer is not a department's sheet. */
const JOB_TIMEOUT_MS = 60_000;

// The worker runs the TypeScript source through tsx where the caller does (tsx, ts-jest), or the
// compiled file beside this one.
const WORKER_FILE = path.join(__dirname, `sheet-worker${path.extname(__filename)}`);
const BOOT = `
  const { workerData } = require('node:worker_threads');
  if (workerData.tsx) require(workerData.tsx);
  require(workerData.file);
`;

interface Pending {
  job: SheetJob;
  resolve(r: SheetRead): void;
  reject(e: unknown): void;
}

class SheetPool {
  private worker: Worker | null = null;
  private current: (Pending & { timer: NodeJS.Timeout }) | null = null;
  private readonly waiting: Pending[] = [];
  private nextId = 1;

  read(bytes: Uint8Array, kind: 'xlsx' | 'csv'): Promise<SheetRead> {
    if (this.waiting.length >= MAX_WAITING) return Promise.reject(new SheetQueueFullError());
    // A copy the worker owns: the caller's buffer may be a slice of a shared pool.
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job: { id: this.nextId++, bytes: copy.buffer, kind }, resolve, reject });
      this.pump();
    });
  }

  warm(): void {
    this.worker ??= this.spawn();
  }

  private spawn(): Worker {
    const tsx = WORKER_FILE.endsWith('.ts') ? require.resolve('tsx/cjs') : undefined;
    const w = new Worker(BOOT, { eval: true, workerData: { file: WORKER_FILE, tsx }, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 } });
    w.on('message', (reply: SheetReply) => this.finish(reply));
    // Only the thread in service counts: one retired after a refusal exits on its own time.
    w.on('error', (err: Error & { code?: string }) => {
      if (this.worker === w) this.crash(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new SheetError('Tệp quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ); chia tệp thành nhiều phần.') : err);
    });
    w.on('exit', () => {
      if (this.worker === w) this.crash(new Error('the sheet reader stopped'));
    });
    // An idle reader must not keep a process alive; after the listeners, since adding one refs it again.
    w.unref();
    return w;
  }

  private pump(): void {
    if (this.current) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.worker ??= this.spawn();
    const timer = setTimeout(() => this.crash(new SheetError('Đọc tệp quá lâu; tệp có thể quá lớn hoặc hỏng.')), JOB_TIMEOUT_MS);
    this.current = { ...next, timer };
    this.worker.ref();
    this.worker.postMessage(next.job, [next.job.bytes]);
  }

  private settle(): Pending | null {
    const done = this.current;
    if (!done) return null;
    clearTimeout(done.timer);
    this.current = null;
    this.worker?.unref();
    return done;
  }

  private finish(reply: SheetReply): void {
    if (this.current?.job.id !== reply.id) return;
    const done = this.settle()!;
    if (reply.ok) done.resolve(reply.result);
    else if (reply.refused) done.reject(new SheetError(reply.message));
    else {
      // Not a refusal but a failure: whatever state led to it goes with the thread.
      void this.retire();
      done.reject(new Error(reply.message));
    }
    this.pump();
  }

  private crash(err: unknown): void {
    const done = this.settle();
    void this.retire();
    done?.reject(err);
    this.pump();
  }

  private async retire(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }
}

const pool = new SheetPool();

/** Starts the reading thread ahead of the first import (the data service does, so that one is not slower). */
export function warmSheetReader(): void {
  pool.warm();
}

/** Reads a department's sheet in the reading thread; SheetError says, in Vietnamese, why it was refused. */
export async function parseSheet(bytes: Uint8Array, kind: 'xlsx' | 'csv'): Promise<SheetRead> {
  // The zip's directory is read here, in microseconds: a file its own headers condemn is refused
  // without a turn in the queue.
  if (kind === 'xlsx') {
    try {
      inspectZip(bytes, XLSX_LIMITS);
    } catch (err) {
      if (err instanceof ZipLimitError || err instanceof ZipFormatError) throw new SheetError(err.message);
      throw err;
    }
  }
  return pool.read(bytes, kind);
}
