/** The offline copy for the command line: one JSON file per request under a cache folder. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CachedAnswer, OfflineCache } from './offline-cache';

export class FileCache implements OfflineCache {
  constructor(private readonly dir: string) {}
  private file(key: string): string {
    return path.join(this.dir, `${createHash('sha1').update(key).digest('hex')}.json`);
  }
  async get(key: string): Promise<CachedAnswer | null> {
    try {
      return JSON.parse(await readFile(this.file(key), 'utf8')) as CachedAnswer;
    } catch {
      return null;
    }
  }
  async set(key: string, value: CachedAnswer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.file(key)}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, this.file(key)); // never leave a half-written copy
  }
}
