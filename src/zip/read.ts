/**
 * Inflating a part of a zip while counting its bytes: a part whose headers understate its size is
 * stopped at its limit, not after it has filled the memory. Reading files is the adapters' work, not
 * core's: the .docx adapter and the data files share this one reader over JSZip's stream; the limits
 * and the byte checks it applies are core's (src/core/zip).
 */
import type JSZip from 'jszip';
import { megabytes, ZipLimitError } from '../core/zip/inspect';
import { decodeUtf8 } from '../core/zip/utf8';

/** JSZip's documented stream of a part's inflated bytes (ZipObject#internalStream; not in its typings). */
interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', fn: (err: unknown) => void): ChunkStream;
  on(event: 'end', fn: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** What inflating may still use: shared by the parts of one file, so their sum is bounded too. */
export class InflateBudget {
  private used = 0;
  constructor(
    readonly label: string,
    readonly maxTotalBytes: number,
  ) {}
  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.maxTotalBytes) throw new ZipLimitError(`${this.label} giải nén ra hơn ${megabytes(this.maxTotalBytes)}, quá giới hạn; không đọc tệp này.`);
  }
}

/**
 * Inflates `file`, handing each chunk to `onChunk`, and stops with ZipLimitError as soon as it has
 * given more than `maxBytes` (or the budget's total). Resolves with the number of bytes.
 */
export function drainLimited(file: JSZip.JSZipObject, maxBytes: number, budget: InflateBudget, onChunk?: (chunk: Uint8Array) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
    const fail = (err: unknown): void => {
      if (done) return;
      done = true;
      stream.pause();
      reject(err);
    };
    stream
      .on('data', (chunk) => {
        if (done) return;
        size += chunk.length;
        try {
          if (size > maxBytes) throw new ZipLimitError(`${budget.label} có phần “${file.name}” giải nén ra hơn ${megabytes(maxBytes)} (dù ghi là nhỏ hơn), quá giới hạn; không đọc tệp này.`);
          budget.take(chunk.length);
          onChunk?.(chunk);
        } catch (err) {
          fail(err);
        }
      })
      .on('error', fail)
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(size);
      })
      .resume();
  });
}

/**
 * The part as text (UTF-8), inflated under the limits of drainLimited. `decode` lets an adapter pass
 * a faster decoder of its platform (src/docx does); core's own is the default.
 */
export async function readTextLimited(file: JSZip.JSZipObject, maxBytes: number, budget: InflateBudget, decode: (bytes: Uint8Array) => string = decodeUtf8): Promise<string> {
  const chunks: Uint8Array[] = [];
  const size = await drainLimited(file, maxBytes, budget, (c) => chunks.push(c));
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return decode(all);
}
